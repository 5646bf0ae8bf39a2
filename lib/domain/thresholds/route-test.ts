import type { LttResult, ThresholdTest } from './learn-then-test.js';
import { DEFAULT_GRID } from './learn-then-test.js';
import type { RouteCounts } from './route-bound.js';
import { cleanLabelsToCertify, estimateError, routeUpperBound } from './route-bound.js';

/**
 * The route level of the guarantee: one route's thresholds tested in a fixed sequence, from the
 * most conservative down, each on the exact Clopper–Pearson bound of the route's own labels above
 * it against the route's cap. H0(t): the route's error above t exceeds the cap. The order is fixed
 * before any label is seen and the first threshold tested and not certified ends the sequence, so
 * with probability at least 1 − δ every certified threshold of the route has error at most the cap
 * (learn-then-test's fixed-sequence argument): whichever of them is then chosen, on any rule, the
 * promise holds for that route alone.
 *
 * A threshold is skipped, not failed, while the route has fewer own labels above it than could
 * certify it with no error. That rule reads counts only, never whether a label is right, so the
 * sequence stays fixed with respect to the errors.
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
  /** The route's cap: the most its error may be at a certified threshold. */
  cap: number;
  delta: number;
  /** Fewest own labels above a threshold before it can be certified. */
  minOwnLabels: number;
  grid?: readonly number[];
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

/** Fewest own labels above a threshold that could certify it: the larger of the two floors. */
const minLabelsToCertify = (options: RouteTestOptions): number =>
  Math.max(options.minOwnLabels, cleanLabelsToCertify(options.cap, options.delta));

const testRouteThresholds = (own: readonly Label[], options: RouteTestOptions): LttResult => {
  const grid = [...new Set(options.grid ?? ROUTE_GRID)].sort((a, b) => b - a);
  const floor = minLabelsToCertify(options);
  const tests: ThresholdTest[] = [];
  for (const [i, counts] of countsAbove(own, grid).entries()) {
    const upperBound = routeUpperBound(counts, options.delta);
    const certified = counts.n >= floor && upperBound <= options.cap;
    tests.push({
      threshold: grid[i]!,
      n: counts.n,
      nEff: counts.n,
      errors: counts.errors,
      errorRate: counts.n > 0 ? counts.errors / counts.n : 0,
      estimate: estimateError(counts),
      upperBound,
      pValue: certified ? options.delta : 1,
      certified,
    });
    if (counts.n < floor && tests.every((t) => !t.certified)) continue;
    if (!certified) break;
  }
  const certified = tests.filter((t) => t.certified);
  return { tests, certified, threshold: certified.at(-1)?.threshold };
};

export type { Label, RouteTestOptions };
export { countsAbove, minLabelsToCertify, ROUTE_GRID, testRouteThresholds };
