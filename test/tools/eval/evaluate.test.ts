import { describe, expect, it } from 'vitest';
import { evaluatePredictions, topKRecall } from '../../../tools/eval/evaluate.js';

const p = (label: string, predicted: string, confidence: number, topLabels?: string[]) => ({
  label,
  predicted,
  confidence,
  ...(topLabels ? { topLabels } : {}),
});

describe('evaluatePredictions', () => {
  it('reports coverage at each contract risk level under its string key', () => {
    const metrics = evaluatePredictions([p('a', 'a', 0.9), p('b', 'b', 0.8), p('a', 'b', 0.3)]);
    expect(Object.keys(metrics.coverageAtRisk)).toEqual(['0.01', '0.02', '0.05']);
    expect(metrics.coverageAtRisk['0.01']).toBeCloseTo(2 / 3, 12);
  });

  it('counts out-of-scope tickets as errors, however confident the model was', () => {
    const metrics = evaluatePredictions(
      [p('a', 'a', 0.6), p('b', 'b', 0.6), p('lost_pet', 'a', 0.99), p('lost_pet', 'b', 0.98)],
      { knownLabels: ['a', 'b'] },
    );
    expect(metrics.outOfScope).toEqual({ examples: 2, labels: ['lost_pet'] });
    expect(metrics.accuracy).toBe(0.5);
    // The two most confident answers are the out-of-scope ones, so no coverage is safe.
    expect(metrics.coverageAtRisk['0.05']).toBe(0);
    expect(metrics.confusions).toEqual([
      { label: 'lost_pet', predicted: 'a', count: 1 },
      { label: 'lost_pet', predicted: 'b', count: 1 },
    ]);
  });

  it('keeps an out-of-scope label in macro-F1 with an F1 of 0', () => {
    const metrics = evaluatePredictions([p('a', 'a', 0.9), p('x', 'a', 0.9)], { knownLabels: ['a'] });
    // F1(a) = 2·1 / (2·1 + 1 false positive) = 2/3; F1(x) = 0.
    expect(metrics.macroF1).toBeCloseTo(1 / 3, 12);
  });

  it('has nothing out of scope when every label was seen in training', () => {
    const metrics = evaluatePredictions([p('a', 'b', 0.9), p('b', 'b', 0.9)], { knownLabels: ['a', 'b'] });
    expect(metrics.outOfScope.examples).toBe(0);
  });
});

describe('topKRecall', () => {
  it('counts a ticket as recalled when its label is anywhere in the top k', () => {
    const predictions = [
      p('a', 'b', 0.5, ['b', 'c', 'a']),
      p('a', 'a', 0.9, ['a', 'b', 'c']),
      p('d', 'b', 0.5, ['b', 'c', 'a']),
    ];
    expect(topKRecall(predictions, 1)).toBeCloseTo(1 / 3, 12);
    expect(topKRecall(predictions, 3)).toBeCloseTo(2 / 3, 12);
  });

  it('is unknown when the predictions carry no ranking', () => {
    expect(topKRecall([p('a', 'a', 0.9)], 5)).toBeNull();
  });
});
