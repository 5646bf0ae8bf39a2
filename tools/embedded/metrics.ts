/** Evaluation metrics for out-of-fold predictions; pure functions so benchmarks and tests share them. */

interface ScoredPrediction {
  label: string;
  predicted: string;
  confidence: number;
}

const accuracy = (predictions: readonly ScoredPrediction[]): number =>
  predictions.length === 0
    ? 0
    : predictions.filter((p) => p.label === p.predicted).length / predictions.length;

/** Unweighted mean of per-label F1 over every label that occurs as truth or prediction (as scikit-learn). */
const macroF1 = (predictions: readonly ScoredPrediction[]): number => {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const entry = (label: string) => {
    let c = counts.get(label);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      counts.set(label, c);
    }
    return c;
  };
  for (const p of predictions) {
    if (p.label === p.predicted) entry(p.label).tp += 1;
    else {
      entry(p.label).fn += 1;
      entry(p.predicted).fp += 1;
    }
  }
  if (counts.size === 0) return 0;
  let sum = 0;
  for (const { tp, fp, fn } of counts.values()) sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return sum / counts.size;
};

/**
 * Expected calibration error on the top-1 confidence with equal-width bins: the share-weighted gap between
 * each bin's accuracy and its mean confidence. 0 means "80% confident" is right 80% of the time.
 */
const expectedCalibrationError = (predictions: readonly ScoredPrediction[], bins = 15): number => {
  if (predictions.length === 0) return 0;
  const n = new Float64Array(bins);
  const correct = new Float64Array(bins);
  const confidence = new Float64Array(bins);
  for (const p of predictions) {
    const b = Math.min(bins - 1, Math.floor(p.confidence * bins));
    n[b]! += 1;
    correct[b]! += p.label === p.predicted ? 1 : 0;
    confidence[b]! += p.confidence;
  }
  let gap = 0;
  for (let b = 0; b < bins; b += 1) gap += Math.abs(correct[b]! - confidence[b]!);
  return gap / predictions.length;
};

export type { ScoredPrediction };
export { accuracy, expectedCalibrationError, macroF1 };
