import { describe, expect, it } from 'vitest';
import { scoreCuts } from '../../../tools/simulate/score-cuts.js';

describe('scoreCuts', () => {
  it('counts items and errors at or above each distinct score, most confident first, never splitting ties', () => {
    const items = [
      { confidence: 0.5, wrong: true },
      { confidence: 0.9, wrong: false },
      { confidence: 0.7, wrong: true },
      { confidence: 0.7, wrong: false },
    ];
    expect(scoreCuts(items, (i) => i.wrong)).toEqual([
      { confidence: 0.9, count: 1, errors: 0 },
      { confidence: 0.7, count: 3, errors: 1 },
      { confidence: 0.5, count: 4, errors: 2 },
    ]);
  });

  it('has no cut without items', () => {
    expect(scoreCuts([], () => false)).toEqual([]);
  });
});
