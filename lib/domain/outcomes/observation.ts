import type { StoredTicket } from '../../adapters/dynamodb/ticket-record.js';
import type { Outcome } from './outcome.schema.js';
import { outcomeTime } from './outcome.schema.js';

/**
 * A labelled observation of one route's classifier: the score it gave and whether the route was
 * right, with the weight (1 / propensity) that keeps estimates unbiased. Feedback on
 * auto-resolutions (reopens, CSAT) is kept too, as a drift signal; it never calibrates.
 */

interface Observation {
  routeId: string;
  /**
   * Sort key: the decision time first, so a route's window is one range query, then the ticket and
   * kind. Derived from the ticket, not the report, so a repeated report lands on the same item.
   */
  observationId: string;
  ticketId: string;
  kind: 'label' | 'feedback';
  source: 'human' | 'qa' | 'history' | 'customer';
  team: string;
  /** Whether the ticket was auto-resolved (audits and feedback of auto-resolutions drive the breaker). */
  autoResolved: boolean;
  score?: number;
  correct?: boolean;
  weight?: number;
  reopened?: boolean;
  csat?: number;
  observedAt: string;
}

const observationId = (decidedAt: string, ticketId: string, kind: string) =>
  `${decidedAt}#${ticketId}#${kind}`;

/**
 * The observations one outcome yields.
 * - a human resolution or QA verdict of a calibration candidate: a label, weighted by propensity;
 * - a QA verdict of an auto-resolution: also what the circuit breaker watches;
 * - customer feedback on an auto-resolution: a feedback observation.
 */
const observationsFor = (ticket: StoredTicket, outcome: Outcome, team: string): Observation[] => {
  const routeId = ticket.routeId;
  const score = ticket.classification?.confidence;
  if (!routeId || score === undefined) return [];
  const observedAt = outcomeTime(outcome);
  const decidedAt = ticket.decidedAt ?? observedAt;
  const base = {
    routeId,
    ticketId: ticket.ticketId,
    team,
    autoResolved: ticket.action === 'AUTO',
    observedAt,
  };
  if (outcome.type === 'customer_feedback') {
    if (ticket.action !== 'AUTO') return [];
    return [
      {
        ...base,
        observationId: observationId(decidedAt, ticket.ticketId, 'feedback'),
        kind: 'feedback',
        source: 'customer',
        reopened: outcome.reopened,
        csat: outcome.csat,
      },
    ];
  }
  const correct = outcome.type === 'qa_verdict' ? outcome.correct : outcome.finalRoute === routeId;
  const calibrates =
    ticket.candidate === true && ticket.labelPropensity !== undefined && ticket.labelPropensity > 0;
  // A human label of an auto-resolved ticket (say, after a reopen) is not from the sampling
  // design; only the audit's verdict on it counts.
  if (!calibrates || (outcome.type === 'human_resolution' && ticket.action === 'AUTO')) return [];
  return [
    {
      ...base,
      observationId: observationId(decidedAt, ticket.ticketId, 'label'),
      kind: 'label',
      source: outcome.type === 'qa_verdict' ? 'qa' : 'human',
      score,
      correct,
      weight: 1 / (ticket.labelPropensity as number),
    },
  ];
};

export type { Observation };
export { observationId, observationsFor };
