/**
 * The need-a-person detector: a binary linear model on the route scorer's own TF-IDF rows that learns,
 * from the tickets agents and QA marked `neededPerson`, how this stack's customers say they need a
 * person. It can only send tickets to people, so its threshold is set by what it costs: the lowest
 * score whose out-of-fold flag rate among unmarked tickets stays within a budget (1% by default).
 * Out-of-fold means each ticket scored by a detector trained without its fold (cross-fit's folds:
 * a customer's tickets and same-text tickets share one), so the rate is not an in-sample one.
 */
import { groupFolds } from './fold-groups.js';
import type { ArtifactNeedDetector } from './scorer-artifact.schema.js';
import { softmaxInPlace } from './softmax.js';
import type { LinearModel } from './softmax-regression.js';
import { trainSoftmax } from './softmax-regression.js';
import type { SparseMatrix } from './sparse-matrix.js';
import { rowOf, selectRows } from './sparse-matrix.js';

/**
 * Fewer marked tickets than this train no detector. With five folds each holds about four, so the
 * out-of-fold recall would move by a quarter with one ticket, and a model fitted on a dozen texts
 * learns their words, not the need (it would flag the routine tickets that happen to share them).
 */
const MIN_NEED_POSITIVES = 20;

/** Share of unmarked tickets the detector may send to a person, out of fold. */
const DEFAULT_NEED_FLAG_BUDGET = 0.01;

interface NeedExample {
  ticketId: string;
  text: string;
  route: string;
  customerId?: string;
  neededPerson?: boolean;
}

interface NeedDetectorOptions {
  /** Default 5, as cross-fit's. */
  folds?: number;
  /** Seeds the folds and the training. Default 1. */
  seed?: number;
  /** Default DEFAULT_NEED_FLAG_BUDGET. */
  flagBudget?: number;
}

/** Why no detector: too few marked tickets, or none of them found out of fold at the budget. */
type NeedSkipReason = 'too_few_positives' | 'no_out_of_fold_recall';

interface NeedDetectorStats {
  positives: number;
  negatives: number;
  /** Scores strictly above this flag a ticket. */
  threshold: number;
  flagBudget: number;
  /** Share of marked tickets flagged out of fold at the threshold. */
  oofRecall: number;
  /** Share of unmarked tickets flagged out of fold at the threshold (≤ flagBudget). */
  oofFlagRate: number;
}

type NeedDetectorResult =
  | ({ trained: true; model: LinearModel } & NeedDetectorStats)
  | { trained: false; reason: NeedSkipReason; positives: number; negatives: number };

/** What a training run says of the detector: its figures, or why there is none. */
type NeedDetectorReport =
  | {
      trained: true;
      positives: number;
      negatives: number;
      threshold: number;
      oofRecall: number;
      /** Out of fold, among unmarked tickets. */
      flagRate: number;
    }
  | { trained: false; reason: NeedSkipReason; positives: number; minPositives: number };

/**
 * The report for an artifact's detector block, given how many training examples were marked: with
 * no block and enough marks, the marked tickets were not found out of fold within the budget.
 */
const needDetectorReport = (
  detector: ArtifactNeedDetector | undefined,
  positives: number,
): NeedDetectorReport =>
  detector
    ? {
        trained: true,
        positives: detector.positives,
        negatives: detector.negatives,
        threshold: detector.threshold,
        oofRecall: detector.oofRecall,
        flagRate: detector.oofFlagRate,
      }
    : {
        trained: false,
        reason: positives < MIN_NEED_POSITIVES ? 'too_few_positives' : 'no_out_of_fold_recall',
        positives,
        minPositives: MIN_NEED_POSITIVES,
      };

/** The detector's probability that a row's ticket needs a person. */
const needProbability = (model: LinearModel, indices: ArrayLike<number>, values: ArrayLike<number>): number =>
  softmaxInPlace(model.logits(indices, values))[1]!;

/**
 * The lowest threshold (flagging scores strictly above it) that flags at most `budget` of the
 * negatives: the (m+1)-th highest negative score, m = ⌊budget · n⌋. With no negatives, nothing bounds
 * it and the threshold is 0.
 */
const thresholdForBudget = (negativeScores: readonly number[], budget: number): number => {
  if (!(budget >= 0 && budget <= 1)) throw new RangeError(`flag budget must be in [0, 1], got ${budget}`);
  const sorted = [...negativeScores].sort((a, b) => b - a);
  const allowed = Math.floor(budget * sorted.length + 1e-9);
  return allowed < sorted.length ? sorted[allowed]! : 0;
};

/** Class-balanced training: positives and negatives weigh the same in total. */
const trainBinary = (x: SparseMatrix, y: Int32Array, seed: number): LinearModel => {
  const positives = y.reduce((n, v) => n + v, 0);
  const weight = (count: number) => y.length / (2 * Math.max(1, count));
  return trainSoftmax(x, y, 2, { seed, classWeights: [weight(y.length - positives), weight(positives)] });
};

/** Each example's detector score from a detector trained without its fold. */
const outOfFoldScores = (
  x: SparseMatrix,
  y: Int32Array,
  examples: readonly NeedExample[],
  folds: number,
  seed: number,
): Float64Array => {
  const assignment = groupFolds(examples, folds, seed);
  const scores = new Float64Array(examples.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const held = examples.flatMap((_, i) => (assignment[i] === fold ? [i] : []));
    if (held.length === 0) continue;
    const fit = examples.flatMap((_, i) => (assignment[i] === fold ? [] : [i]));
    const model = trainBinary(
      selectRows(x, fit),
      Int32Array.from(fit, (i) => y[i]!),
      seed + fold,
    );
    for (const i of held) {
      const row = rowOf(x, i);
      scores[i] = needProbability(model, row.indices, row.values);
    }
  }
  return scores;
};

const share = (scores: readonly number[], threshold: number): number =>
  scores.length === 0 ? 0 : scores.filter((s) => s > threshold).length / scores.length;

/**
 * Trains the detector on `x` (one TF-IDF row per example, the scorer's features) when enough examples
 * are marked: threshold and figures from out-of-fold scores, the model from every example.
 */
const trainNeedDetector = (
  x: SparseMatrix,
  examples: readonly NeedExample[],
  options: NeedDetectorOptions = {},
): NeedDetectorResult => {
  const { folds = 5, seed = 1, flagBudget = DEFAULT_NEED_FLAG_BUDGET } = options;
  const y = Int32Array.from(examples, (e) => (e.neededPerson === true ? 1 : 0));
  const positives = y.reduce((n, v) => n + v, 0);
  const negatives = examples.length - positives;
  if (positives < MIN_NEED_POSITIVES)
    return { trained: false, reason: 'too_few_positives', positives, negatives };
  const oof = Array.from(outOfFoldScores(x, y, examples, folds, seed));
  const threshold = thresholdForBudget(
    oof.filter((_, i) => y[i] === 0),
    flagBudget,
  );
  const oofRecall = share(
    oof.filter((_, i) => y[i] === 1),
    threshold,
  );
  if (oofRecall === 0) return { trained: false, reason: 'no_out_of_fold_recall', positives, negatives };
  return {
    trained: true,
    model: trainBinary(x, y, seed + folds),
    positives,
    negatives,
    threshold,
    flagBudget,
    oofRecall,
    oofFlagRate: share(
      oof.filter((_, i) => y[i] === 0),
      threshold,
    ),
  };
};

export type {
  NeedDetectorOptions,
  NeedDetectorReport,
  NeedDetectorResult,
  NeedDetectorStats,
  NeedExample,
  NeedSkipReason,
};
export {
  DEFAULT_NEED_FLAG_BUDGET,
  MIN_NEED_POSITIVES,
  needDetectorReport,
  needProbability,
  thresholdForBudget,
  trainNeedDetector,
};
