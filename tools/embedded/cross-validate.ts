/**
 * Stratified k-fold cross-validation of the embedded classifier: every example is predicted exactly once by
 * a model that never saw it, and the metrics are pooled over those out-of-fold predictions.
 */

import { stratifiedFolds } from '../../lib/domain/scorer/stratify.js';
import type { LabelledExample } from '../data/labelled-csv.js';
import { accuracy, expectedCalibrationError, macroF1 } from './metrics.js';
import type { TrainOptions } from './text-classifier.js';
import { trainTextClassifier } from './text-classifier.js';

interface OutOfFoldPrediction {
  /** Index into the examples passed to crossValidate. */
  index: number;
  label: string;
  predicted: string;
  confidence: number;
}

interface CrossValidateOptions {
  /** Default 5. */
  folds?: number;
  /** Seeds the fold assignment, and training unless `train.seed` is set. Default 1. */
  seed?: number;
  train?: TrainOptions;
  /** Progress callback after each fold. */
  onFold?: (done: number, total: number) => void;
}

interface CrossValidationResult {
  accuracy: number;
  macroF1: number;
  /** Expected calibration error, 15 equal-width bins on the top-1 confidence. */
  ece: number;
  /** In example order. */
  outOfFold: OutOfFoldPrediction[];
  /** Wall-clock training time per fold (features, calibration and models). */
  trainSeconds: number[];
  /** Wall-clock time to predict each fold's held-out examples one by one. */
  predictSeconds: number[];
}

const crossValidate = (
  examples: readonly Pick<LabelledExample, 'text' | 'label'>[],
  options: CrossValidateOptions = {},
): CrossValidationResult => {
  const { folds: k = 5, seed = 1, train = {}, onFold } = options;
  const folds = stratifiedFolds(
    examples.map((e) => e.label),
    k,
    seed,
  );
  const outOfFold: OutOfFoldPrediction[] = [];
  const trainSeconds: number[] = [];
  const predictSeconds: number[] = [];
  folds.forEach((heldOut, f) => {
    const held = new Set(heldOut);
    const fitExamples = examples.filter((_, i) => !held.has(i));
    const started = performance.now();
    const classifier = trainTextClassifier(fitExamples, { seed, ...train });
    const trained = performance.now();
    for (const index of heldOut) {
      const example = examples[index]!;
      const { label, confidence } = classifier.predict(example.text);
      outOfFold.push({ index, label: example.label, predicted: label, confidence });
    }
    trainSeconds.push((trained - started) / 1000);
    predictSeconds.push((performance.now() - trained) / 1000);
    onFold?.(f + 1, k);
  });
  outOfFold.sort((a, b) => a.index - b.index);
  return {
    accuracy: accuracy(outOfFold),
    macroF1: macroF1(outOfFold),
    ece: expectedCalibrationError(outOfFold),
    outOfFold,
    trainSeconds,
    predictSeconds,
  };
};

export type { CrossValidateOptions, CrossValidationResult, OutOfFoldPrediction };
export { crossValidate, stratifiedFolds };
