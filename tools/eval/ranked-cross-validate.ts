import type { LabelledExample } from '../data/labelled-csv.js';
import { stratifiedFolds } from '../embedded/cross-validate.js';
import type { TrainOptions } from '../embedded/text-classifier.js';
import { trainTextClassifier } from '../embedded/text-classifier.js';
import type { EvalPrediction } from './evaluate.js';

/**
 * Stratified k-fold cross-validation that keeps each out-of-fold prediction's top labels, which
 * top-k recall and the narrowed prompt need. tools/embedded's crossValidate keeps only the top label;
 * this uses the same folds and the same training seed, so its predictions are the same ones.
 */

interface RankedOutOfFold extends EvalPrediction {
  index: number;
  topLabels: string[];
}

interface RankedCrossValidation {
  outOfFold: RankedOutOfFold[];
  trainSeconds: number[];
  predictSeconds: number[];
}

interface RankedCrossValidateOptions {
  folds?: number;
  seed?: number;
  train?: TrainOptions;
  /** How many of the best labels to keep per prediction. Default 5. */
  keep?: number;
  onFold?: (done: number, total: number) => void;
}

const rankedCrossValidate = (
  examples: readonly Pick<LabelledExample, 'text' | 'label'>[],
  options: RankedCrossValidateOptions = {},
): RankedCrossValidation => {
  const { folds: k = 5, seed = 1, train = {}, keep = 5, onFold } = options;
  const folds = stratifiedFolds(
    examples.map((e) => e.label),
    k,
    seed,
  );
  const outOfFold: RankedOutOfFold[] = [];
  const trainSeconds: number[] = [];
  const predictSeconds: number[] = [];
  folds.forEach((heldOut, f) => {
    const held = new Set(heldOut);
    const started = performance.now();
    const classifier = trainTextClassifier(
      examples.filter((_, i) => !held.has(i)),
      { seed, ...train },
    );
    const trained = performance.now();
    for (const index of heldOut) {
      const example = examples[index]!;
      const { label, confidence, ranked } = classifier.predict(example.text);
      const topLabels = ranked.slice(0, keep).map((r) => r.label);
      outOfFold.push({ index, label: example.label, predicted: label, confidence, topLabels });
    }
    trainSeconds.push((trained - started) / 1000);
    predictSeconds.push((performance.now() - trained) / 1000);
    onFold?.(f + 1, k);
  });
  outOfFold.sort((a, b) => a.index - b.index);
  return { outOfFold, trainSeconds, predictSeconds };
};

export type { RankedCrossValidateOptions, RankedCrossValidation, RankedOutOfFold };
export { rankedCrossValidate };
