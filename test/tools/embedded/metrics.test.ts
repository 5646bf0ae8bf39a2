import { describe, expect, it } from 'vitest';
import { accuracy, expectedCalibrationError, macroF1 } from '../../../tools/embedded/metrics.js';

const p = (label: string, predicted: string, confidence = 0.9) => ({ label, predicted, confidence });

describe('metrics', () => {
  it('computes accuracy as the share of matching predictions', () => {
    expect(accuracy([p('a', 'a'), p('a', 'b'), p('b', 'b'), p('c', 'b')])).toBe(0.5);
    expect(accuracy([])).toBe(0);
  });

  it('averages per-label F1 without weighting by support', () => {
    // a: tp1 fn1 → F1 2/3; b: tp1 fp2 → 2/4; c: fn1 → 0.
    const f1 = macroF1([p('a', 'a'), p('a', 'b'), p('b', 'b'), p('c', 'b')]);
    expect(f1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3, 10);
  });

  it('reports zero calibration error when confidence equals the hit rate in each bin', () => {
    const preds = [p('a', 'a', 0.75), p('a', 'a', 0.75), p('a', 'a', 0.75), p('a', 'b', 0.75)];
    expect(expectedCalibrationError(preds)).toBeCloseTo(0, 12);
  });

  it('reports the confidence gap when a model is overconfident', () => {
    const preds = [p('a', 'a', 0.95), p('a', 'b', 0.95)];
    expect(expectedCalibrationError(preds)).toBeCloseTo(0.45, 12);
  });
});
