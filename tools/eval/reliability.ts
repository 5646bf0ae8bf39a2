import type { ScoredOutcome } from './risk-coverage.js';

/**
 * The reliability table behind the expected calibration error: per equal-width confidence bin, how
 * many predictions fall in it, how confident they were on average, and how often they were right.
 * Binning matches tools/embedded/metrics.ts, so the table's ECE is the one reported.
 */

interface ReliabilityBin {
  lower: number;
  upper: number;
  count: number;
  /** null for an empty bin. */
  meanConfidence: number | null;
  accuracy: number | null;
}

const DEFAULT_BINS = 15;

const reliabilityTable = (predictions: readonly ScoredOutcome[], bins = DEFAULT_BINS): ReliabilityBin[] => {
  const count = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  for (const p of predictions) {
    const b = Math.min(bins - 1, Math.floor(p.confidence * bins));
    count[b]! += 1;
    correct[b]! += p.label === p.predicted ? 1 : 0;
    confidence[b]! += p.confidence;
  }
  return count.map((c, b) => ({
    lower: b / bins,
    upper: (b + 1) / bins,
    count: c,
    meanConfidence: c === 0 ? null : confidence[b]! / c,
    accuracy: c === 0 ? null : correct[b]! / c,
  }));
};

/** Share-weighted gap between accuracy and mean confidence over the bins. */
const calibrationErrorOf = (table: readonly ReliabilityBin[]): number => {
  const total = table.reduce((n, b) => n + b.count, 0);
  if (total === 0) return 0;
  return table.reduce(
    (gap, b) => gap + (b.count / total) * Math.abs((b.accuracy ?? 0) - (b.meanConfidence ?? 0)),
    0,
  );
};

export type { ReliabilityBin };
export { calibrationErrorOf, DEFAULT_BINS, reliabilityTable };
