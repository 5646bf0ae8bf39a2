import { describe, expect, it } from 'vitest';
import { isScreenLabel, SCREEN_SHARE } from '../../../../lib/domain/thresholds/label-fold.js';

describe('isScreenLabel', () => {
  it('puts a ticket in the same fold every time, from its id alone', () => {
    for (const id of ['T-1', 'zen-48213', 'bnpl-0001']) expect(isScreenLabel(id)).toBe(isScreenLabel(id));
  });

  it('screens close to its share of tickets', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `ticket-${i}`);
    const share = ids.filter((id) => isScreenLabel(id)).length / ids.length;
    expect(Math.abs(share - SCREEN_SHARE)).toBeLessThan(0.02);
    expect(ids.filter((id) => isScreenLabel(id, 0.1)).length / ids.length).toBeCloseTo(0.1, 1);
  });
});
