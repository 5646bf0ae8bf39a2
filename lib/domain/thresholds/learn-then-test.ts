import { addOutcome, binomialPValue, clopperPearsonUpper, countsFromSums, emptySums } from './binomial.js';
import { estimateError } from './route-bound.js';

/**
 * Learn-then-Test (Angelopoulos et al., 2021) with fixed-sequence testing: each candidate threshold t
 * is a hypothesis H0(t): "error among auto-resolutions at t is ≥ targetError". Testing them from the
 * most conservative t downwards and stopping at the first non-rejection controls the family-wise
 * error at δ with no multiplicity correction, because the order is fixed before the data is seen.
 */

interface Observation {
  /** Classifier confidence in [0, 1]. */
  score: number;
  correct: boolean;
  /** 1 / sampling propensity, ≥ 1. */
  weight: number;
}

interface ThresholdTest {
  threshold: number;
  /** Raw number of labelled observations with score ≥ threshold. */
  n: number;
  /** Kish effective sample size of those observations. */
  nEff: number;
  /** Effective error count (weighted error rate · nEff). */
  errors: number;
  /** Weighted error rate. */
  errorRate: number;
  /**
   * The error rate's point estimate: the posterior mean under the prior the bound used, or the
   * Jeffreys estimate, (errors + ½) / (n + 1), without one. What the cost model prices errors at.
   */
  estimate: number;
  /** Clopper–Pearson upper bound at confidence 1 − δ. */
  upperBound: number;
  /** p-value of H0: error ≥ targetError. */
  pValue: number;
  certified: boolean;
}

interface LttOptions {
  targetError: number;
  delta: number;
  /** Candidate thresholds; tested in descending order whatever order they are given in. */
  grid?: readonly number[];
  /** Minimum Kish effective sample size before a threshold can be certified. */
  minSamples: number;
}

interface LttResult {
  /** Every tested threshold, highest first, including the one that failed (if any). */
  tests: ThresholdTest[];
  /** The lowest certified threshold, or undefined. */
  threshold?: number;
  certified: ThresholdTest[];
}

// 0.99, 0.985, …, 0.50: fine enough that the step costs little coverage, coarse enough to stay cheap.
const DEFAULT_GRID: readonly number[] = Object.freeze(
  Array.from({ length: 99 }, (_, i) => Math.round((0.99 - i * 0.005) * 1000) / 1000),
);

const learnThenTest = (observations: readonly Observation[], options: LttOptions): LttResult => {
  const { targetError, delta, minSamples } = options;
  if (!(targetError > 0 && targetError < 1))
    throw new RangeError(`targetError must be in (0, 1), got ${targetError}`);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`delta must be in (0, 1), got ${delta}`);
  if (!(minSamples >= 0)) throw new RangeError(`minSamples must be ≥ 0, got ${minSamples}`);
  // Sorting a caller's grid is data-independent, so the fixed sequence stays fixed.
  const grid = [...new Set(options.grid ?? DEFAULT_GRID)].sort((a, b) => b - a);
  // Sorted by score descending, the observations above t are a prefix of this array. A NaN score is
  // above no threshold, and left in it would break the sort order the prefix scan relies on.
  const sorted = observations.filter((o) => !Number.isNaN(o.score)).sort((a, b) => b.score - a.score);

  const tests: ThresholdTest[] = [];
  const sums = emptySums();
  let above = 0;
  for (const threshold of grid) {
    // Grow the running sums by the observations between the previous threshold and this one.
    while (above < sorted.length && sorted[above]!.score >= threshold) {
      addOutcome(sums, sorted[above]!);
      above += 1;
    }
    const { n, nEff, errors, errorRate } = countsFromSums(sums);
    const pValue = binomialPValue(errors, nEff, targetError);
    const estimate = estimateError({ n: nEff, errors });
    const upperBound = clopperPearsonUpper(errors, nEff, 1 - delta);
    // Too few labels above t to test it at all: skip it rather than end the sequence. Whether a
    // threshold is tested depends only on how many scores lie above it, never on whether their
    // labels are right, so skipping keeps the order fixed with respect to the errors. Going down
    // only adds labels, so skips can only happen before the first real test.
    if (nEff < minSamples && tests.every((t) => !t.certified)) {
      tests.push({ threshold, n, nEff, errors, errorRate, estimate, upperBound, pValue, certified: false });
      continue;
    }
    const certified = pValue <= delta;
    tests.push({ threshold, n, nEff, errors, errorRate, estimate, upperBound, pValue, certified });
    // The first non-rejection ends the sequence: the FWER guarantee only covers rejections made
    // before it, so a lower threshold passing later would be an uncontrolled second look.
    if (!certified) break;
  }
  const certified = tests.filter((t) => t.certified);
  return { tests, threshold: certified.at(-1)?.threshold, certified };
};

export type { LttOptions, LttResult, Observation, ThresholdTest };
export { DEFAULT_GRID, learnThenTest };
