import { fitPrior, NO_PRIOR, routeUpperBound } from '../../lib/domain/thresholds/route-bound.js';
import type { Label } from '../../lib/domain/thresholds/route-test.js';
import { countsAbove, ROUTE_GRID } from '../../lib/domain/thresholds/route-test.js';

/**
 * How much a per-route bound could certify at best, with a given set of labels: each route at
 * the lowest threshold its bound certifies, chosen in hindsight and tested alone, with no
 * sequence to run and no exploration to pay. No procedure that certifies each route on that bound
 * and those labels can automate more, so it separates what the labels allow from what the loop
 * leaves on the table. Pooling follows plan-route.ts: the route's team when it has at least three
 * other routes, else every other route.
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

const MIN_POOL_ROUTES = 3;

const certificationCeiling = (
  labels: ReadonlyMap<string, readonly Label[]>,
  teams: ReadonlyMap<string, string>,
  population: readonly PopulationTicket[],
  options: CeilingOptions,
): Ceiling => {
  const grid = [...new Set(options.grid ?? ROUTE_GRID)].sort((a, b) => b - a);
  const counts = new Map([...labels].map(([route, own]) => [route, countsAbove(own, grid)]));
  const thresholds = new Map<string, number>();
  for (const [route, own] of counts) {
    const team = [...counts.keys()].filter((r) => r !== route && teams.get(r) === teams.get(route));
    const pool = team.length >= MIN_POOL_ROUTES ? team : [...counts.keys()].filter((r) => r !== route);
    for (let i = grid.length - 1; i >= 0; i -= 1) {
      const mine = own[i]!;
      if (mine.n < options.minOwnLabels) continue;
      const rest = pool.map((r) => counts.get(r)![i]!);
      const prior = rest.length > 0 ? fitPrior([...rest, mine], options.maxPriorStrength) : NO_PRIOR;
      if (routeUpperBound(mine, prior, options.delta) <= options.targetError) {
        thresholds.set(route, grid[i]!);
        break;
      }
    }
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
