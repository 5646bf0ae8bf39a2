import type { ThresholdTest } from './learn-then-test.js';

/**
 * The cost model and coverage: every certified threshold is safe; which one to run is an economic
 * choice (plan-stream.ts makes it). A lower threshold automates more tickets (saving human
 * handling) but admits more, and riskier, auto-resolutions.
 */

interface CostModel {
  /** Paid on every ticket: the classifier runs whether or not the ticket is auto-resolved. */
  llmCostPerTicket: number;
  /** Paid on each ticket routed to a human. */
  humanCostPerTicket: number;
  /** Paid on each wrong auto-resolution (rework, refunds, churn). */
  wrongAutoCost: number;
}

/**
 * llm + (1 − coverage)·human + coverage·estimate·wrongAutoCost: the expected cost. The threshold
 * is already certified, so the bound has done its work; pricing errors at the bound as well would
 * charge every certified threshold for its uncertainty a second time, and at the break-even price
 * a threshold whose bound nears the target would look no cheaper than people, however few errors
 * it shows. The estimate is shrunk toward the pool (or off zero), so a lucky clean sample is not
 * taken at its word.
 */
const expectedCostPerTicket = (test: ThresholdTest, coverage: number, cost: CostModel): number =>
  cost.llmCostPerTicket +
  (1 - coverage) * cost.humanCostPerTicket +
  coverage * test.estimate * cost.wrongAutoCost;

/** A ticket's score and how many live tickets it stands for (1 / its sampling propensity). */
interface WeightedScore {
  score: number;
  weight: number;
}

/** Index of the first score ≥ target in an ascending array. */
const lowerBound = (ascending: readonly WeightedScore[], target: number): number => {
  let lo = 0;
  let hi = ascending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ascending[mid]!.score < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Coverage at t: the (weighted) share of the population with score ≥ t. A plain score counts once;
 * a weighted one stands for `weight` live tickets, so a propensity-weighted labelled sample
 * estimates the live distribution without bias.
 */
const coverageOf = (population: readonly (number | WeightedScore)[]) => {
  const sorted = population
    .map((p) => (typeof p === 'number' ? { score: p, weight: 1 } : p))
    .filter((p) => !Number.isNaN(p.score) && p.weight > 0)
    .sort((a, b) => a.score - b.score);
  const suffix = new Float64Array(sorted.length + 1);
  for (let i = sorted.length - 1; i >= 0; i -= 1) suffix[i] = suffix[i + 1]! + sorted[i]!.weight;
  const total = suffix[0]!;
  return {
    empty: total === 0,
    at: (t: number) => (total === 0 ? 0 : suffix[lowerBound(sorted, t)]! / total),
  };
};

/** Coverage at one threshold, from a population as `chooseThreshold` takes it. */
const coverageAt = (population: readonly (number | WeightedScore)[], threshold: number): number =>
  coverageOf(population).at(threshold);

export type { CostModel, WeightedScore };
export { coverageAt, expectedCostPerTicket };
