import { describe, expect, it } from 'vitest';
import { mulberry32, shuffleInPlace } from '../../../../lib/domain/scorer/prng.js';

describe('prng', () => {
  it('returns the same sequence for the same seed and a different one for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('returns numbers in [0, 1) spread over the interval', () => {
    const random = mulberry32(7);
    const values = Array.from({ length: 10_000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('shuffles into a permutation that depends on the seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const once = shuffleInPlace([...items], mulberry32(1));
    expect([...once].sort((a, b) => a - b)).toEqual(items);
    expect(once).not.toEqual(items);
    expect(shuffleInPlace([...items], mulberry32(1))).toEqual(once);
  });
});
