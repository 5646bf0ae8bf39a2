/**
 * Accuracy, calibration and speed of the embedded classifier on BANKING77 by stratified 5-fold
 * cross-validation. Run: npx tsx bench/embedded-accuracy.ts [path/to/train.csv] [--networks 2]
 *   [--calibration refit|holdout|none] [--folds 5] [--seed 1]
 * The data set lives outside the repo (../shared); when it is missing the benchmark skips and exits 0.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLabelledCsv } from '../tools/data/labelled-csv.js';
import { crossValidate } from '../tools/embedded/cross-validate.js';
import type { TrainOptions } from '../tools/embedded/text-classifier.js';

const DEFAULT_DATA_PATH = fileURLToPath(new URL('../../shared/data/banking77/train.csv', import.meta.url));

interface EmbeddedAccuracyOptions {
  path?: string;
  folds?: number;
  seed?: number;
  train?: TrainOptions;
  /** Progress and result lines; defaults to console.log. */
  log?: (line: string) => void;
}

interface EmbeddedAccuracyReport {
  path: string;
  examples: number;
  labels: number;
  folds: number;
  accuracy: number;
  macroF1: number;
  ece: number;
  trainSeconds: number[];
  meanTrainSeconds: number;
  predictionsPerSecond: number;
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** Runs the cross-validation; returns undefined (after logging why) when the data file is missing. */
const runEmbeddedAccuracy = (options: EmbeddedAccuracyOptions = {}): EmbeddedAccuracyReport | undefined => {
  const { path = DEFAULT_DATA_PATH, folds = 5, seed = 1, train, log = console.log } = options;
  if (!existsSync(path)) {
    log(`embedded-accuracy: skipped — data set not found at ${path}`);
    return undefined;
  }
  const examples = readLabelledCsv(path);
  const labels = new Set(examples.map((e) => e.label)).size;
  log(`embedded-accuracy: ${examples.length} examples, ${labels} labels, ${folds}-fold stratified CV`);
  let foldStarted = performance.now();
  const result = crossValidate(examples, {
    folds,
    seed,
    ...(train ? { train } : {}),
    onFold: (done, total) => {
      const now = performance.now();
      log(`  fold ${done}/${total} done in ${((now - foldStarted) / 1000).toFixed(1)} s (train + predict)`);
      foldStarted = now;
    },
  });
  const predictSeconds = result.predictSeconds.reduce((a, b) => a + b, 0);
  return {
    path,
    examples: examples.length,
    labels,
    folds,
    accuracy: result.accuracy,
    macroF1: result.macroF1,
    ece: result.ece,
    trainSeconds: result.trainSeconds,
    meanTrainSeconds: mean(result.trainSeconds),
    predictionsPerSecond: result.outOfFold.length / predictSeconds,
  };
};

const formatReport = (r: EmbeddedAccuracyReport): string =>
  [
    `accuracy            ${(100 * r.accuracy).toFixed(2)}%`,
    `macro-F1            ${(100 * r.macroF1).toFixed(2)}%`,
    `ECE (15 bins)       ${r.ece.toFixed(4)}`,
    `train s per fold    ${r.trainSeconds.map((s) => s.toFixed(2)).join(', ')} (mean ${r.meanTrainSeconds.toFixed(2)})`,
    `predictions/second  ${Math.round(r.predictionsPerSecond)}`,
  ].join('\n');

/** CLI: [path] [--networks N] [--calibration refit|holdout|none] [--folds K] [--seed S]. */
const parseArgs = (args: readonly string[]): EmbeddedAccuracyOptions => {
  const options: EmbeddedAccuracyOptions = {};
  const train: TrainOptions = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = args[i + 1] ?? '';
    if (arg === '--networks') train.networkCount = Number(args[++i]);
    else if (arg === '--calibration') {
      if (value !== 'refit' && value !== 'holdout' && value !== 'none')
        throw new Error(`bad --calibration ${value}`);
      train.calibration = value;
      i += 1;
    } else if (arg === '--folds') options.folds = Number(args[++i]);
    else if (arg === '--seed') options.seed = Number(args[++i]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.path = resolve(arg);
  }
  return { ...options, train };
};

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const report = runEmbeddedAccuracy(parseArgs(process.argv.slice(2)));
  if (report) console.log(formatReport(report));
}

export type { EmbeddedAccuracyOptions, EmbeddedAccuracyReport };
export { DEFAULT_DATA_PATH, formatReport, runEmbeddedAccuracy };
