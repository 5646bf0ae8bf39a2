import { accuracy, expectedCalibrationError, macroF1 } from '../embedded/metrics.js';
import type { ConfusionPair } from './confusion.js';
import { topConfusions } from './confusion.js';
import type { ReliabilityBin } from './reliability.js';
import { DEFAULT_BINS, reliabilityTable } from './reliability.js';
import type { ScoredOutcome } from './risk-coverage.js';
import { aurc, coverageAtRisk, optimalAurc } from './risk-coverage.js';

/**
 * Every quality figure of `triage eval` from one list of scored predictions. Pure, so the CLI, the
 * benchmark's cross-validation and the tests compute them the same way.
 */

interface EvalPrediction extends ScoredOutcome {
  /** The model's best labels, most probable first; needed only for top-k recall. */
  topLabels?: readonly string[];
}

/** The error rates automation is judged at: the `coverageAtRisk` keys of `triage eval --json`. */
const RISK_LEVELS = [0.01, 0.02, 0.05] as const;
type RiskKey = '0.01' | '0.02' | '0.05';

interface EvalMetrics {
  examples: number;
  accuracy: number;
  macroF1: number;
  coverageAtRisk: Record<RiskKey, number>;
  aurc: number;
  /** AURC of a perfect ranking at the same accuracy: the floor `aurc` can reach by ranking alone. */
  aurcOptimal: number;
  ece: number;
  reliability: ReliabilityBin[];
  confusions: ConfusionPair[];
  /** Share of tickets whose true label is among the model's top k; null without `topLabels`. */
  topKRecall: { k: number; recall: number } | null;
  /**
   * Tickets whose label the model was never trained on. Any prediction for them is an error, and
   * their labels count in macro-F1 with an F1 of 0.
   */
  outOfScope: { examples: number; labels: string[] };
}

interface EvaluateOptions {
  /** Labels the model knows; labels outside it are out of scope. Default: every predicted label. */
  knownLabels?: Iterable<string>;
  topK?: number;
  bins?: number;
  confusions?: number;
}

const topKRecall = (predictions: readonly EvalPrediction[], k: number): number | null => {
  if (predictions.length === 0 || predictions.some((p) => p.topLabels === undefined)) return null;
  const hits = predictions.filter((p) => p.topLabels?.slice(0, k).includes(p.label)).length;
  return hits / predictions.length;
};

const evaluatePredictions = (
  predictions: readonly EvalPrediction[],
  options: EvaluateOptions = {},
): EvalMetrics => {
  const { topK = 5, bins = DEFAULT_BINS } = options;
  const known = new Set(options.knownLabels ?? predictions.map((p) => p.predicted));
  const outOfScope = predictions.filter((p) => !known.has(p.label));
  const errors = predictions.filter((p) => p.label !== p.predicted).length;
  const recall = topKRecall(predictions, topK);
  return {
    examples: predictions.length,
    accuracy: accuracy(predictions),
    macroF1: macroF1(predictions),
    coverageAtRisk: Object.fromEntries(
      RISK_LEVELS.map((r) => [String(r), coverageAtRisk(predictions, r)]),
    ) as Record<RiskKey, number>,
    aurc: aurc(predictions),
    aurcOptimal: optimalAurc(predictions.length, errors),
    ece: expectedCalibrationError(predictions, bins),
    reliability: reliabilityTable(predictions, bins),
    confusions: topConfusions(predictions, options.confusions ?? 10),
    topKRecall: recall === null ? null : { k: topK, recall },
    outOfScope: {
      examples: outOfScope.length,
      labels: [...new Set(outOfScope.map((p) => p.label))].sort(),
    },
  };
};

export type { EvalMetrics, EvalPrediction, EvaluateOptions, RiskKey };
export { evaluatePredictions, RISK_LEVELS, topKRecall };
