import type { LttResult, ThresholdTest } from './learn-then-test.js';
import { DEFAULT_GRID } from './learn-then-test.js';
import type { Prior, RouteCounts } from './route-bound.js';
import { estimateError, fitPrior, NO_PRIOR, routeUpperBound } from './route-bound.js';

/**
 * The fixed-sequence test of one route's thresholds, from the most conservative down, on a bound
 * that is the route's own (see route-bound.ts). A threshold is skipped, not failed, while the
 * route has fewer own labels above it than could certify it even with no error: that rule looks
 * only at counts and at the other routes' labels, so the order stays fixed with respect to the
 * route's errors. The first threshold tested and not certified ends the sequence.
 */

/**
 * A route's grid: 0.999, 0.998, …, 0.991 by thousandths, then DEFAULT_GRID (0.99, 0.985, …, 0.50).
 * A model's confident tickets crowd above 0.99: there a route may hold most of its labels, and one
 * error among them would end a sequence that began at 0.99 before any threshold passed, where a
 * step above it can still certify. The grid is fixed before any label is seen.
 */
const ROUTE_GRID: readonly number[] = Object.freeze([
  ...Array.from({ length: 9 }, (_, i) => Math.round((0.999 - i * 0.001) * 1000) / 1000),
  ...DEFAULT_GRID,
]);

interface Label {
  score: number;
  correct: boolean;
}

interface RouteTestOptions {
  targetError: number;
  delta: number;
  /** Fewest own labels above a threshold before it can be certified. */
  minOwnLabels: number;
  /** Most labels' worth of evidence the pool may lend a route. */
  maxPriorStrength: number;
  grid?: readonly number[];
}

interface RouteTestResult extends LttResult {
  /** The prior each tested threshold used (empty when the pool lent nothing). */
  priors: Map<number, Prior>;
}

/** Counts above every grid threshold, in grid order (descending), in one sweep of sorted labels. */
const countsAbove = (labels: readonly Label[], grid: readonly number[]): RouteCounts[] => {
  const sorted = labels.filter((l) => !Number.isNaN(l.score)).sort((a, b) => b.score - a.score);
  const out: RouteCounts[] = [];
  let i = 0;
  let errors = 0;
  for (const threshold of grid) {
    while (i < sorted.length && sorted[i]!.score >= threshold) {
      if (!sorted[i]!.correct) errors += 1;
      i += 1;
    }
    out.push({ n: i, errors });
  }
  return out;
};

/**
 * Whether n own labels above a threshold could certify it with no error, for the prior the other
 * routes alone give. It reads counts only, never the route's errors, so the sequence stays fixed.
 */
const couldCertify = (n: number, rest: readonly RouteCounts[], options: RouteTestOptions) =>
  n >= options.minOwnLabels &&
  routeUpperBound({ n, errors: 0 }, fitPrior(rest, options.maxPriorStrength), options.delta) <=
    options.targetError;

const testRouteThresholds = (
  own: readonly Label[],
  others: readonly (readonly Label[])[],
  options: RouteTestOptions,
): RouteTestResult => {
  const grid = [...new Set(options.grid ?? ROUTE_GRID)].sort((a, b) => b - a);
  const ownCounts = countsAbove(own, grid);
  const otherCounts = others.map((labels) => countsAbove(labels, grid));
  const tests: ThresholdTest[] = [];
  const priors = new Map<number, Prior>();
  for (const [i, threshold] of grid.entries()) {
    const mine = ownCounts[i]!;
    const rest = otherCounts.map((c) => c[i]!);
    // With the route itself: a route whose labels stand out widens the prior and borrows less.
    const prior = rest.length > 0 ? fitPrior([...rest, mine], options.maxPriorStrength) : NO_PRIOR;
    const upperBound = routeUpperBound(mine, prior, options.delta);
    const estimate = estimateError(mine, prior);
    const base = { threshold, n: mine.n, nEff: mine.n, errors: mine.errors, estimate };
    const errorRate = mine.n > 0 ? mine.errors / mine.n : 0;
    if (tests.every((t) => !t.certified) && !couldCertify(mine.n, rest, options)) {
      tests.push({ ...base, errorRate, upperBound, pValue: 1, certified: false });
      continue;
    }
    const certified = mine.n >= options.minOwnLabels && upperBound <= options.targetError;
    priors.set(threshold, prior);
    tests.push({ ...base, errorRate, upperBound, pValue: certified ? options.delta : 1, certified });
    if (!certified) break;
  }
  const certified = tests.filter((t) => t.certified);
  return { tests, certified, threshold: certified.at(-1)?.threshold, priors };
};

export type { Label, RouteTestOptions, RouteTestResult };
export { countsAbove, ROUTE_GRID, testRouteThresholds };
