import { describe, expect, it } from 'vitest';
import { uniformDraw } from '../../../../lib/domain/policy/exploration.js';

describe('uniformDraw', () => {
  it('draws the same value for the same ticket and purpose, and spreads ids uniformly over [0, 1)', () => {
    expect(uniformDraw('t-1', 'exploration-v1')).toBe(uniformDraw('t-1', 'exploration-v1'));
    const draws = Array.from({ length: 4000 }, (_, i) => uniformDraw(`t-${i}`, 'exploration-v1'));
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    expect(draws.reduce((a, d) => a + d, 0) / draws.length).toBeCloseTo(0.5, 1);
    expect(draws.filter((d) => d < 0.05).length).toBeGreaterThan(150);
    expect(draws.filter((d) => d < 0.05).length).toBeLessThan(250);
  });

  it('draws independently for each purpose', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `t-${i}`);
    const same = ids.filter((id) => uniformDraw(id, 'exploration-v1') === uniformDraw(id, 'audit-v1'));
    expect(same).toEqual([]);
  });
});
