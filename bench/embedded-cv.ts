/**
 * The embedded classifier on BANKING77 by stratified 5-fold cross-validation, scored with the same
 * functions as `triage eval` (coverage at risk, AURC, ECE, reliability, confusions, top-5 recall).
 * The folds and seeds are those of bench/embedded-accuracy.ts and tools/embedded's crossValidate.
 */
import { existsSync } from 'node:fs';
import type { LabelledExample } from '../tools/data/labelled-csv.js';
import { readLabelledCsv } from '../tools/data/labelled-csv.js';
import type { EvalMetrics } from '../tools/eval/evaluate.js';
import { evaluatePredictions } from '../tools/eval/evaluate.js';
import type { RankedOutOfFold } from '../tools/eval/ranked-cross-validate.js';
import { rankedCrossValidate } from '../tools/eval/ranked-cross-validate.js';
import { DEFAULT_DATA_PATH } from './embedded-accuracy.js';

interface EmbeddedReport extends EvalMetrics {
  dataset: string;
  labels: number;
  folds: number;
  meanTrainSeconds: number;
  predictionsPerSecond: number;
}

interface EmbeddedRun {
  report: EmbeddedReport;
  /** Kept for the narrowed-prompt cost: each ticket's out-of-fold top-5. */
  examples: LabelledExample[];
  outOfFold: RankedOutOfFold[];
}

const measureEmbedded = (
  options: { path?: string; folds?: number; log?: (line: string) => void } = {},
): EmbeddedRun | undefined => {
  const { path = DEFAULT_DATA_PATH, folds = 5, log = () => undefined } = options;
  if (!existsSync(path)) {
    log(`  skipped: BANKING77 not found at ${path}`);
    return undefined;
  }
  const examples = readLabelledCsv(path);
  const labels = new Set(examples.map((e) => e.label)).size;
  log(`  ${examples.length} examples, ${labels} labels, ${folds}-fold stratified CV`);
  const cv = rankedCrossValidate(examples, {
    folds,
    onFold: (done, total) => log(`  fold ${done}/${total}`),
  });
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return {
    report: {
      dataset: 'BANKING77 train.csv (PolyAI, CC BY 4.0)',
      labels,
      folds,
      ...evaluatePredictions(cv.outOfFold, { topK: 5 }),
      meanTrainSeconds: sum(cv.trainSeconds) / cv.trainSeconds.length,
      predictionsPerSecond: cv.outOfFold.length / sum(cv.predictSeconds),
    },
    examples,
    outOfFold: cv.outOfFold,
  };
};

export type { EmbeddedReport, EmbeddedRun };
export { measureEmbedded };
