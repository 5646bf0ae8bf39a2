import type { CostModel } from '../../lib/domain/thresholds/choose-threshold.js';
import type { ReplayedTicket } from './replay.js';

/** The figures `triage simulate` reports for one replay (DESIGN.md contract). */

interface ReplayFigures {
  tickets: number;
  autoResolved: number;
  /** Error among auto-resolutions. */
  realizedError: number;
  automationRate: number;
  automationRateLastHalf: number;
  costPerTicket: number;
  allHumanCostPerTicket: number;
}

const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);

const replayFigures = (tickets: readonly ReplayedTicket[], cost: CostModel): ReplayFigures => {
  const autos = tickets.filter((t) => t.auto);
  const wrong = autos.filter((t) => t.predicted !== t.label).length;
  const lastHalf = tickets.slice(Math.floor(tickets.length / 2));
  const humans = tickets.length - autos.length;
  return {
    tickets: tickets.length,
    autoResolved: autos.length,
    realizedError: rate(wrong, autos.length),
    automationRate: rate(autos.length, tickets.length),
    automationRateLastHalf: rate(lastHalf.filter((t) => t.auto).length, lastHalf.length),
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
  const candidates = tickets.filter((t) => t.candidate).sort((a, b) => b.confidence - a.confidence);
  let best = { threshold: 1, coverage: 0 };
  let errors = 0;
  candidates.forEach((t, i) => {
    if (t.predicted !== t.label) errors += 1;
    const next = candidates[i + 1];
    // Only cut between distinct scores: a threshold takes every ticket at its score.
    if (next !== undefined && next.confidence === t.confidence) return;
    if (errors / (i + 1) <= targetError)
      best = { threshold: t.confidence, coverage: (i + 1) / tickets.length };
  });
  return best;
};

/** Realized error per predicted route, for the routes that auto-resolved anything. */
const perRouteFigures = (tickets: readonly ReplayedTicket[]) => {
  const routes = new Map<string, { tickets: number; auto: number; wrong: number }>();
  for (const t of tickets) {
    const r = routes.get(t.predicted) ?? { tickets: 0, auto: 0, wrong: 0 };
    routes.set(t.predicted, r);
    r.tickets += 1;
    if (t.auto) {
      r.auto += 1;
      if (t.predicted !== t.label) r.wrong += 1;
    }
  }
  return Object.fromEntries(
    [...routes].map(([id, r]) => [
      id,
      { tickets: r.tickets, automationRate: rate(r.auto, r.tickets), realizedError: rate(r.wrong, r.auto) },
    ]),
  );
};

export type { ReplayFigures };
export { oracleCoverage, perRouteFigures, replayFigures };
