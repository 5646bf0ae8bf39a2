import type { LttResult, ThresholdTest } from './learn-then-test.js';

/**
 * Every certified threshold is safe; which one to run is an economic choice. A lower threshold
 * automates more tickets (saving human handling) but admits more, and riskier, auto-resolutions.
 */

interface CostModel {
  /** Paid on every ticket: the classifier runs whether or not the ticket is auto-resolved. */
  llmCostPerTicket: number;
  /** Paid on each ticket routed to a human. */
  humanCostPerTicket: number;
  /** Paid on each wrong auto-resolution (rework, refunds, churn). */
  wrongAutoCost: number;
}

interface ThresholdChoice {
  threshold: number;
  test: ThresholdTest;
  /** Share of the population with score ≥ threshold. */
  coverage: number;
  costPerTicket: number;
}

/**
 * llm + (1 − coverage)·human + coverage·upperBound·wrongAutoCost. The upper bound, not the point
 * estimate, prices the errors so a noisy threshold is not chosen on a lucky low error rate.
 */
const expectedCostPerTicket = (test: ThresholdTest, coverage: number, cost: CostModel): number =>
  cost.llmCostPerTicket +
  (1 - coverage) * cost.humanCostPerTicket +
  coverage * test.upperBound * cost.wrongAutoCost;

/** Index of the first element ≥ target in an ascending array. */
const lowerBound = (ascending: readonly number[], target: number): number => {
  let lo = 0;
  let hi = ascending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ascending[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * The cheapest certified threshold. `population` holds the scores of all recent tickets, labelled or
 * not: coverage must be estimated on the live distribution, not on the (biased) labelled sample.
 * Undefined when nothing is certified or the population is empty (coverage is then unknown, and
 * not automating is the safe answer). Ties go to the higher, more conservative threshold.
 */
const chooseThreshold = (
  ltt: LttResult,
  population: readonly number[],
  cost: CostModel,
): ThresholdChoice | undefined => {
  const scores = population.filter((s) => !Number.isNaN(s)).sort((a, b) => a - b);
  if (scores.length === 0) return undefined;
  let best: ThresholdChoice | undefined;
  const byThresholdDescending = [...ltt.certified].sort((a, b) => b.threshold - a.threshold);
  for (const test of byThresholdDescending) {
    const coverage = (scores.length - lowerBound(scores, test.threshold)) / scores.length;
    const costPerTicket = expectedCostPerTicket(test, coverage, cost);
    if (best === undefined || costPerTicket < best.costPerTicket) {
      best = { threshold: test.threshold, test, coverage, costPerTicket };
    }
  }
  return best;
};

export type { CostModel, ThresholdChoice };
export { chooseThreshold, expectedCostPerTicket };
