import type { CostModel } from '../../lib/domain/thresholds/choose-threshold.js';
import type { ReplayedTicket } from './replay.js';
import { scoreCuts } from './score-cuts.js';

/** The figures `triage simulate` reports for one replay (the `triage simulate --json` contract). */

interface ReplayFigures {
  tickets: number;
  autoResolved: number;
  /** Error among auto-resolutions. */
  realizedError: number;
  automationRate: number;
  automationRateLastHalf: number;
  /** Error among the auto-resolutions of the stream's second half. */
  secondHalfError: number;
  wrongAutoResolutions: number;
  /** Wrong auto-resolutions on drifted routes from the drift point on. */
  wrongAfterDrift: number;
  costPerTicket: number;
  allHumanCostPerTicket: number;
}

const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);

const isWrong = (t: ReplayedTicket) => t.auto && t.predicted !== t.label;

const replayFigures = (
  tickets: readonly ReplayedTicket[],
  cost: CostModel,
  driftRoutes: ReadonlySet<string> = new Set(),
): ReplayFigures => {
  const autos = tickets.filter((t) => t.auto);
  const wrong = autos.filter(isWrong).length;
  const lastHalf = tickets.slice(Math.floor(tickets.length / 2));
  const lastHalfAutos = lastHalf.filter((t) => t.auto);
  const humans = tickets.length - autos.length;
  return {
    tickets: tickets.length,
    autoResolved: autos.length,
    realizedError: rate(wrong, autos.length),
    automationRate: rate(autos.length, tickets.length),
    automationRateLastHalf: rate(lastHalfAutos.length, lastHalf.length),
    secondHalfError: rate(lastHalfAutos.filter(isWrong).length, lastHalfAutos.length),
    wrongAutoResolutions: wrong,
    wrongAfterDrift: tickets.filter((t) => t.afterDrift && driftRoutes.has(t.predicted) && isWrong(t)).length,
    costPerTicket:
      cost.llmCostPerTicket +
      rate(humans * cost.humanCostPerTicket + wrong * cost.wrongAutoCost, tickets.length),
    allHumanCostPerTicket: cost.llmCostPerTicket + cost.humanCostPerTicket,
  };
};

/**
 * The best fixed threshold in hindsight: the lowest single threshold whose error among the
 * candidates above it stays within target on these very scores, and the share of all tickets it
 * would automate. No online method can be expected to beat it on the same stream.
 */
const oracleCoverage = (
  tickets: readonly ReplayedTicket[],
  targetError: number,
): { threshold: number; coverage: number } => {
  let best = { threshold: 1, coverage: 0 };
  for (const cut of scoreCuts(
    tickets.filter((t) => t.candidate),
    (t) => t.predicted !== t.label,
  ))
    if (cut.errors / cut.count <= targetError)
      best = { threshold: cut.confidence, coverage: cut.count / tickets.length };
  return best;
};

/**
 * The per-route oracle in hindsight: each predicted route at its own best threshold (the global
 * oracle's rule applied route by route), and the share of all tickets they would automate together.
 */
const perRouteOracleCoverage = (tickets: readonly ReplayedTicket[], targetError: number): number => {
  const byRoute = new Map<string, ReplayedTicket[]>();
  for (const t of tickets) byRoute.set(t.predicted, [...(byRoute.get(t.predicted) ?? []), t]);
  let covered = 0;
  for (const routeTickets of byRoute.values())
    covered += oracleCoverage(routeTickets, targetError).coverage * routeTickets.length;
  return rate(covered, tickets.length);
};

interface RouteCounts {
  tickets: number;
  autoResolved: number;
  wrong: number;
}

/** Counts per predicted route: tickets, auto-resolutions and the wrong ones. */
const perRouteFigures = (tickets: readonly ReplayedTicket[]): Record<string, RouteCounts> => {
  const routes: Record<string, RouteCounts> = {};
  for (const t of tickets) {
    const r = routes[t.predicted] ?? { tickets: 0, autoResolved: 0, wrong: 0 };
    routes[t.predicted] = r;
    r.tickets += 1;
    if (t.auto) r.autoResolved += 1;
    if (isWrong(t)) r.wrong += 1;
  }
  return routes;
};

export type { ReplayFigures, RouteCounts };
export { oracleCoverage, perRouteFigures, perRouteOracleCoverage, replayFigures };
