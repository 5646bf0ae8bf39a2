import type { LabelledExample } from '../data/labelled-csv.js';
import type { TrainOptions } from '../embedded/text-classifier.js';
import { trainTextClassifier } from '../embedded/text-classifier.js';
import type { EvalMetrics, EvalPrediction } from './evaluate.js';
import { evaluatePredictions } from './evaluate.js';

/**
 * `triage eval`'s use case.
 * 1. train the embedded classifier on the training examples;
 * 2. predict every test example one at a time, as the stand-in endpoint would, timing only that;
 * 3. score the predictions; test labels the model never saw are out of scope and always wrong.
 */

type Example = Pick<LabelledExample, 'text' | 'label'>;

interface EvalReport extends EvalMetrics {
  trainExamples: number;
  labels: number;
  trainSeconds: number;
  /** Prediction throughput of the trained model, one ticket per call. */
  ticketsPerSecond: number;
}

interface EvaluateClassifierOptions {
  train?: TrainOptions;
  topK?: number;
}

const evaluateClassifier = (
  train: readonly Example[],
  test: readonly Example[],
  options: EvaluateClassifierOptions = {},
): EvalReport => {
  const { topK = 5 } = options;
  const trainStarted = performance.now();
  const classifier = trainTextClassifier(train, options.train);
  const trainSeconds = (performance.now() - trainStarted) / 1000;

  const predictions: EvalPrediction[] = [];
  const predictStarted = performance.now();
  for (const example of test) {
    const { label, confidence, ranked } = classifier.predict(example.text);
    predictions.push({
      label: example.label,
      predicted: label,
      confidence,
      topLabels: ranked.slice(0, topK).map((r) => r.label),
    });
  }
  const predictSeconds = (performance.now() - predictStarted) / 1000;

  return {
    ...evaluatePredictions(predictions, { knownLabels: classifier.labels, topK }),
    trainExamples: train.length,
    labels: classifier.labels.length,
    trainSeconds,
    ticketsPerSecond: predictSeconds > 0 ? test.length / predictSeconds : 0,
  };
};

export type { EvalReport, EvaluateClassifierOptions };
export { evaluateClassifier };
