import { betaQuantile, regularizedBeta } from './beta.js';

/**
 * Exact (Clopper–Pearson) binomial bounds, extended to real-valued counts so that inverse-propensity
 * weighted labels can be plugged in through their Kish effective counts.
 */

interface WeightedOutcome {
  correct: boolean;
  /** Inverse sampling propensity; only ratios matter, so any positive scale works. */
  weight: number;
}

interface EffectiveCounts {
  /** Raw number of observations. */
  n: number;
  /** Kish effective sample size (Σw)² / Σw². */
  nEff: number;
  /** Weighted error rate Σw·err / Σw (0 when there are no observations). */
  errorRate: number;
  /** errorRate · nEff: the error count of an unweighted sample carrying the same information. */
  errors: number;
}

/**
 * One-sided upper confidence bound on the error probability: the `confidence` quantile of
 * Beta(errors + 1, n − errors). With no evidence nothing is bounded, hence 1.
 */
const clopperPearsonUpper = (errors: number, n: number, confidence = 0.95): number => {
  if (!(errors >= 0)) throw new RangeError(`errors must be ≥ 0, got ${errors}`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  // errors ≥ n also absorbs the float case r·nEff = nEff(1 + ε) for an all-error weighted sample.
  if (!(n > 0) || errors >= n) return 1;
  return betaQuantile(confidence, errors + 1, n - errors);
};

/**
 * p-value of H0: p ≥ alpha against H1: p < alpha, i.e. P(X ≤ errors | n, alpha) written as
 * I_{1−alpha}(n − errors, errors + 1) so real-valued counts work. pValue ≤ δ exactly when
 * clopperPearsonUpper(errors, n, 1 − δ) ≤ alpha.
 */
const binomialPValue = (errors: number, n: number, alpha: number): number => {
  if (!(errors >= 0)) throw new RangeError(`errors must be ≥ 0, got ${errors}`);
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError(`alpha must be in [0, 1], got ${alpha}`);
  if (!(n > 0) || errors >= n) return 1;
  return regularizedBeta(1 - alpha, n - errors, errors + 1);
};

/** Running sums behind the Kish counts, so a score-sorted sample can be swept in one pass. */
interface OutcomeSums {
  n: number;
  sumW: number;
  sumW2: number;
  sumWErr: number;
  rawErrors: number;
  firstWeight: number | undefined;
  equalWeights: boolean;
}

const emptySums = (): OutcomeSums => ({
  n: 0,
  sumW: 0,
  sumW2: 0,
  sumWErr: 0,
  rawErrors: 0,
  firstWeight: undefined,
  equalWeights: true,
});

/** Adds one outcome to `sums` in place. */
const addOutcome = (sums: OutcomeSums, { correct, weight }: WeightedOutcome): void => {
  if (!(weight > 0 && Number.isFinite(weight)))
    throw new RangeError(`weight must be finite and > 0, got ${weight}`);
  sums.n += 1;
  sums.sumW += weight;
  sums.sumW2 += weight * weight;
  if (!correct) {
    sums.sumWErr += weight;
    sums.rawErrors += 1;
  }
  sums.firstWeight ??= weight;
  if (weight !== sums.firstWeight) sums.equalWeights = false;
};

/**
 * Kish effective counts from running sums. Equal weights short-circuit to the raw counts so an
 * unweighted sample gets the exact binomial test, not one perturbed by rounding in (Σw)² / Σw².
 */
const countsFromSums = ({
  n,
  sumW,
  sumW2,
  sumWErr,
  rawErrors,
  equalWeights,
}: OutcomeSums): EffectiveCounts => {
  if (n === 0) return { n: 0, nEff: 0, errorRate: 0, errors: 0 };
  if (equalWeights) return { n, nEff: n, errorRate: rawErrors / n, errors: rawErrors };
  const nEff = (sumW * sumW) / sumW2;
  const errorRate = sumWErr / sumW;
  return { n, nEff, errorRate, errors: errorRate * nEff };
};

/** Kish effective counts of a weighted sample: nEff = (Σw)² / Σw², errors = weighted rate · nEff. */
const effectiveCounts = (observations: readonly WeightedOutcome[]): EffectiveCounts => {
  const sums = emptySums();
  for (const observation of observations) addOutcome(sums, observation);
  return countsFromSums(sums);
};

export type { EffectiveCounts, OutcomeSums, WeightedOutcome };
export { addOutcome, binomialPValue, clopperPearsonUpper, countsFromSums, effectiveCounts, emptySums };
