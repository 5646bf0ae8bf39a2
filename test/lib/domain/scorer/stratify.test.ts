import { describe, expect, it } from 'vitest';
import { stratifiedFolds } from '../../../../lib/domain/scorer/stratify.js';

const labels = [...Array.from({ length: 23 }, () => 'a'), ...Array.from({ length: 7 }, () => 'b'), 'c', 'c'];

describe('stratifiedFolds', () => {
  it('puts every index in exactly one fold', () => {
    const folds = stratifiedFolds(labels, 5, 3);
    expect(folds).toHaveLength(5);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
  });

  it('spreads each label evenly, so per-fold counts differ by at most one', () => {
    const folds = stratifiedFolds(labels, 5, 3);
    for (const label of ['a', 'b', 'c']) {
      const counts = folds.map((fold) => fold.filter((i) => labels[i] === label).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
    const sizes = folds.map((f) => f.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(stratifiedFolds(labels, 4, 9)).toEqual(stratifiedFolds(labels, 4, 9));
    expect(stratifiedFolds(labels, 4, 9)).not.toEqual(stratifiedFolds(labels, 4, 10));
  });

  it('rejects fewer than two folds', () => {
    expect(() => stratifiedFolds(labels, 1, 1)).toThrow(RangeError);
  });
});
