import { MIN_POOL_ROUTES } from '../../lib/domain/thresholds/plan-route.js';
import type { Label } from '../../lib/domain/thresholds/route-test.js';
import { ROUTE_GRID, testRouteThresholds } from '../../lib/domain/thresholds/route-test.js';

/**
 * How much a per-route bound could certify at best, with a given set of labels: each route at
 * the lowest threshold its bound certifies, chosen in hindsight and tested alone, with no
 * sequence to run and no exploration to pay. No procedure that certifies each route on that bound
 * and those labels can automate more, so it separates what the labels allow from what the loop
 * leaves on the table. Each threshold is the retune's own test (route-test.ts) on a grid of that
 * one threshold, and pooling follows plan-route.ts: the route's team when it has at least
 * MIN_POOL_ROUTES other routes, else every other route.
 */

interface CeilingOptions {
  targetError: number;
  delta: number;
  minOwnLabels: number;
  /** 0 for the route's own labels alone (Clopper–Pearson). */
  maxPriorStrength: number;
  grid?: readonly number[];
}

interface PopulationTicket {
  route: string;
  score: number;
  wrong: boolean;
}

interface Ceiling {
  /** Route id to the lowest threshold it certifies; routes that certify none are absent. */
  thresholds: Map<string, number>;
  /** Share of the population the certified routes would automate at those thresholds. */
  coverage: number;
  /** Error among those tickets. */
  error: number;
}

const certificationCeiling = (
  labels: ReadonlyMap<string, readonly Label[]>,
  teams: ReadonlyMap<string, string>,
  population: readonly PopulationTicket[],
  options: CeilingOptions,
): Ceiling => {
  const grid = [...new Set(options.grid ?? ROUTE_GRID)].sort((a, b) => a - b);
  const routes = [...labels.keys()];
  const thresholds = new Map<string, number>();
  for (const [route, own] of labels) {
    const team = routes.filter((r) => r !== route && teams.get(r) === teams.get(route));
    const pool = team.length >= MIN_POOL_ROUTES ? team : routes.filter((r) => r !== route);
    const others = pool.map((r) => labels.get(r)!);
    const lowest = grid.find(
      (t) => testRouteThresholds(own, others, { ...options, grid: [t] }).threshold === t,
    );
    if (lowest !== undefined) thresholds.set(route, lowest);
  }
  let covered = 0;
  let wrong = 0;
  for (const t of population) {
    const threshold = thresholds.get(t.route);
    if (threshold === undefined || t.score < threshold) continue;
    covered += 1;
    if (t.wrong) wrong += 1;
  }
  return {
    thresholds,
    coverage: population.length === 0 ? 0 : covered / population.length,
    error: covered === 0 ? 0 : wrong / covered,
  };
};

export type { Ceiling, CeilingOptions, PopulationTicket };
export { certificationCeiling };
