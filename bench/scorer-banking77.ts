/**
 * The route scorer on BANKING77: accuracy and ECE on a seeded stratified 20% hold-out, the artifact's
 * size, load time and per-ticket score time, for each minimum term count k and model; then, for one
 * variant, training on all ~10k rows and the 5-fold cross-fit, timed, with the process's peak RSS.
 * Run: npx tsx bench/scorer-banking77.ts [--min-k 1,3,5] [--model linear,linear+network]
 *   [--full 3:linear+network | --full none] [--fold 0..4] [--test path/to/test.csv] [--json FILE]
 *   [path/to/train.csv]
 * --fold picks which of the five stratified folds is held out (default 0, the one the figures in
 * BENCHMARKS.md use); tune on another fold so fold 0 stays a check rather than a target.
 * --test trains on every row of the training file and tests on another file: BANKING77's published
 * test split (3,080 tickets, fetched for evaluation and kept outside the repo).
 * The data set lives outside the repo (../shared); when it is missing the benchmark skips and exits 0.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { crossFitScores } from '../lib/domain/scorer/cross-fit.js';
import { loadScorer } from '../lib/domain/scorer/load-scorer.js';
import type { ScorerArtifact } from '../lib/domain/scorer/scorer-artifact.schema.js';
import { stratifiedFolds } from '../lib/domain/scorer/stratify.js';
import type { TrainingExample, TrainScorerOptions } from '../lib/domain/scorer/train-scorer.js';
import { trainScorer } from '../lib/domain/scorer/train-scorer.js';
import { readLabelledCsv } from '../tools/data/labelled-csv.js';
import { accuracy, expectedCalibrationError } from '../tools/embedded/metrics.js';
import { BANKING77 } from '../tools/local/sample-data.js';
import { scenarioSplit } from './scenario-split.js';

const TRAINED_AT = '2026-12-07T00:00:00.000Z';

/** 'linear', 'linear+network' or 'linear+2networks' (two networks per training pass). */
type VariantModel = string;

const modelOptions = (model: VariantModel): Pick<TrainScorerOptions, 'model' | 'networkCount'> => {
  const networks = /^linear\+(\d*)networks?$/.exec(model);
  if (model === 'linear') return { model: 'linear' };
  if (networks) return { model: 'linear+network', networkCount: Number(networks[1] || 1) };
  throw new Error(`unknown model ${model}: linear, linear+network or linear+Nnetworks`);
};

interface VariantResult {
  minTermTickets: number;
  model: VariantModel;
  terms: number;
  accuracy: number;
  ece: number;
  trainSeconds: number;
  artifactBytes: number;
  /** JSON.parse + loadScorer, median of 5. */
  loadMs: number;
  scoreP50Ms: number;
  scoreP99Ms: number;
}

interface FullResult {
  minTermTickets: number;
  model: VariantModel;
  examples: number;
  trainSeconds: number;
  artifactBytes: number;
  crossFitSeconds: number;
  crossFitAccuracy: number;
  crossFitEce: number;
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
};

const loadMs = (json: string): number => {
  const times = Array.from(
    { length: 5 },
    () => timed(() => loadScorer(JSON.parse(json) as ScorerArtifact))[1],
  );
  return times.sort((a, b) => a - b)[2]!;
};

const runVariant = (
  train: readonly TrainingExample[],
  test: readonly TrainingExample[],
  minTermTickets: number,
  model: VariantModel,
): VariantResult => {
  const options = { trainedAt: TRAINED_AT, minTermTickets, ...modelOptions(model) };
  const [artifact, trainMs] = timed(() => trainScorer(train, options));
  const json = JSON.stringify(artifact);
  const scorer = loadScorer(JSON.parse(json) as ScorerArtifact);
  const predictions = test.map((e) => {
    const { route, probability } = scorer.score(e.text);
    return { label: e.route, predicted: route, confidence: probability };
  });
  const scoreTimes = test
    .slice(0, 1000)
    .map((e) => timed(() => scorer.score(e.text))[1])
    .sort((a, b) => a - b);
  return {
    minTermTickets,
    model,
    terms: artifact.features.terms.reduce((n, t) => n + t.length, 0),
    accuracy: accuracy(predictions),
    ece: expectedCalibrationError(predictions),
    trainSeconds: trainMs / 1000,
    artifactBytes: Buffer.byteLength(json),
    loadMs: loadMs(json),
    scoreP50Ms: quantile(scoreTimes, 0.5),
    scoreP99Ms: quantile(scoreTimes, 0.99),
  };
};

const runFull = (
  examples: readonly TrainingExample[],
  minTermTickets: number,
  model: VariantModel,
): FullResult => {
  const options = { trainedAt: TRAINED_AT, minTermTickets, ...modelOptions(model) };
  const [artifact, trainMs] = timed(() => trainScorer(examples, options));
  const [scores, crossFitMs] = timed(() =>
    crossFitScores(examples, {
      trainedAt: TRAINED_AT,
      train: (fit) => loadScorer(trainScorer(fit, options)),
    }),
  );
  const predictions = examples.map((e) => {
    const { route, probability } = scores.get(e.ticketId)!;
    return { label: e.route, predicted: route, confidence: probability };
  });
  return {
    minTermTickets,
    model,
    examples: examples.length,
    trainSeconds: trainMs / 1000,
    artifactBytes: Buffer.byteLength(JSON.stringify(artifact)),
    crossFitSeconds: crossFitMs / 1000,
    crossFitAccuracy: accuracy(predictions),
    crossFitEce: expectedCalibrationError(predictions),
  };
};

const formatVariants = (rows: readonly VariantResult[]): string =>
  [
    '| k | model | terms | accuracy | ECE | train s | artifact MB | load ms | score p50 / p99 ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.minTermTickets} | ${r.model} | ${r.terms} | ${(100 * r.accuracy).toFixed(2)}% | ${r.ece.toFixed(4)} | ` +
        `${r.trainSeconds.toFixed(1)} | ${(r.artifactBytes / 1e6).toFixed(2)} | ${r.loadMs.toFixed(0)} | ` +
        `${r.scoreP50Ms.toFixed(3)} / ${r.scoreP99Ms.toFixed(3)} |`,
    ),
  ].join('\n');

const formatFull = (r: FullResult): string =>
  [
    `all ${r.examples} rows, k=${r.minTermTickets}, ${r.model}: train ${r.trainSeconds.toFixed(1)} s, ` +
      `artifact ${(r.artifactBytes / 1e6).toFixed(2)} MB`,
    `5-fold grouped cross-fit: ${r.crossFitSeconds.toFixed(1)} s, out-of-fold accuracy ` +
      `${(100 * r.crossFitAccuracy).toFixed(2)}%, ECE ${r.crossFitEce.toFixed(4)}`,
  ].join('\n');

const asExamples = (rows: readonly { text: string; label: string }[], prefix: string): TrainingExample[] =>
  rows.map((e, i) => ({ ticketId: `${prefix}-${i}`, text: e.text, route: e.label }));

/**
 * 'stratified': fold `fold` (default 0) of stratifiedFolds(labels, 5, seed 1) is held out, as the stand-in's
 * BANKING77 test does. 'scenario': the scenario suite's split (bench/scenario-split.ts), its stream held out.
 */
const splitOf = (path: string, split: string, fold = 0, testPath?: string) => {
  if (testPath !== undefined) {
    const examples = asExamples(readLabelledCsv(path), 'b77');
    return { examples, train: examples, test: asExamples(readLabelledCsv(testPath), 'test') };
  }
  if (split === 'scenario') {
    const { rows, train, stream } = scenarioSplit();
    return {
      examples: asExamples(rows, 'all'),
      train: asExamples(train, 'train'),
      test: asExamples(stream, 'test'),
    };
  }
  if (split !== 'stratified') throw new Error(`unknown split ${split}: stratified or scenario`);
  if (!Number.isInteger(fold) || fold < 0 || fold > 4) throw new Error(`unknown fold ${fold}: 0 to 4`);
  const examples = asExamples(readLabelledCsv(path), 'b77');
  const held = new Set(
    stratifiedFolds(
      examples.map((e) => e.route),
      5,
      1,
    )[fold],
  );
  return {
    examples,
    train: examples.filter((_, i) => !held.has(i)),
    test: examples.filter((_, i) => held.has(i)),
  };
};

const main = (): void => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'min-k': { type: 'string', default: '1,3,5' },
      model: { type: 'string', default: 'linear,linear+network' },
      full: { type: 'string', default: '3:linear+network' },
      split: { type: 'string', default: 'stratified' },
      fold: { type: 'string', default: '0' },
      test: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const path = resolve(positionals[0] ?? BANKING77.train);
  if (!existsSync(path)) {
    console.log(`scorer-banking77: skipped — data set not found at ${path}`);
    return;
  }
  const testPath = values.test === undefined ? undefined : resolve(values.test);
  if (testPath !== undefined && !existsSync(testPath)) {
    console.log(`scorer-banking77: skipped — test set not found at ${testPath}`);
    return;
  }
  const fold = Number(values.fold);
  const { examples, train, test } = splitOf(path, values.split, fold, testPath);
  const which =
    testPath !== undefined
      ? `all of ${path} trains, ${testPath} is held out`
      : values.split === 'stratified'
        ? `stratified split, fold ${fold}`
        : `${values.split} split`;
  console.log(`scorer-banking77: ${train.length} training rows, ${test.length} held out (${which})`);
  const variants: VariantResult[] = [];
  for (const model of values.model.split(',')) {
    for (const k of values['min-k'].split(',').map(Number)) {
      variants.push(runVariant(train, test, k, model));
      console.log(formatVariants(variants.slice(-1)).split('\n').at(-1));
    }
  }
  console.log(formatVariants(variants));
  let full: FullResult | undefined;
  if (values.full !== 'none') {
    const [k, model] = values.full.split(':');
    full = runFull(examples, Number(k), model!);
    console.log(formatFull(full));
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`peak RSS ${peakRssMb.toFixed(0)} MB (the whole run)`);
  if (values.json)
    writeFileSync(values.json, `${JSON.stringify({ path, variants, full, peakRssMb }, null, 2)}\n`);
};

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main();

export type { FullResult, VariantResult };
export { runFull, runVariant };
