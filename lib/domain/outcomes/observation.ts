import type { StoredTicket } from '../tickets/ticket-record.js';
import type { Outcome } from './outcome.schema.js';
import { OUT_OF_SCOPE, outcomeTime } from './outcome.schema.js';

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
  /**
   * The route scorer version whose certified score `score` is; absent: the model's own confidence.
   * A retune certifies a scorer version on that version's scores alone.
   */
  scorerVersion?: string;
  correct?: boolean;
  weight?: number;
  /**
   * A human label that disagreed with the model: `pending` while QA has not ruled (the label
   * counts as an error, so a pending disagreement never helps a route certify), `done` once QA's
   * verdict replaced it. Absent on labels nobody disputed: an agent who agrees with a wrong model
   * is not caught here, only by QA audits and reopens of what the route then automates.
   */
  adjudication?: 'pending' | 'done';
  /**
   * A label of a ticket the route would have auto-resolved: a QA audit of an auto-resolution or
   * the human label of an exploration holdout. The circuit breaker tests these.
   */
  automatable?: boolean;
  reopened?: boolean;
  csat?: number;
  observedAt: string;
}

const observationId = (decidedAt: string, ticketId: string, kind: string) =>
  `${decidedAt}#${ticketId}#${kind}`;

/**
 * Whether a label says the model's route was right, and so automating the ticket would have been.
 * `out_of_scope` never is, nor a ticket marked `neededPerson`: its route may be right, but it
 * should have reached a person, so it counts as an error of the route, for the retune and the
 * breaker alike. A QA verdict is read conservatively: `correct` with a `correctRoute` other than
 * the model's is a contradiction, and counts as an error.
 */
const labelCorrect = (outcome: Outcome & { type: 'human_resolution' | 'qa_verdict' }, routeId: string) => {
  if (outcome.neededPerson === true) return false;
  if (outcome.type === 'human_resolution') return outcome.finalRoute === routeId;
  const named = outcome.correctRoute;
  return outcome.correct && named !== OUT_OF_SCOPE && (named === undefined || named === routeId);
};

/**
 * Where a label stands in adjudication: a human label that disagrees with the model waits for QA;
 * a QA verdict on a ticket a person handled is QA's ruling on it. Audits of auto-resolutions are
 * QA's own labels and need none.
 */
const adjudicationOf = (
  outcome: Outcome,
  ticket: StoredTicket,
  correct: boolean,
): Observation['adjudication'] => {
  if (ticket.action === 'AUTO') return undefined;
  if (outcome.type === 'qa_verdict') return 'done';
  // A mark that the ticket needed a person is no dispute of the route for QA to rule on: it stands.
  return correct || (outcome.type === 'human_resolution' && outcome.neededPerson === true)
    ? undefined
    : 'pending';
};

/**
 * The observations one outcome yields.
 * - a human resolution or QA verdict of a calibration candidate: a label, weighted by propensity;
 *   a human label that disagrees with the model is an error pending QA's adjudication, and QA's
 *   verdict lands on the same observation id, replacing it;
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
    ...(ticket.scorer ? { scorerVersion: ticket.scorer.version } : {}),
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
  const correct = labelCorrect(outcome, routeId);
  const calibrates =
    ticket.candidate === true && ticket.labelPropensity !== undefined && ticket.labelPropensity > 0;
  // A human label of an auto-resolved ticket (say, after a reopen) is not from the sampling
  // design; only the audit's verdict on it counts. So does its `neededPerson` mark: only an
  // audit's mark is drawn blind to how the ticket went (a customer's return shows as a reopen).
  if (!calibrates || (outcome.type === 'human_resolution' && ticket.action === 'AUTO')) return [];
  const adjudication = adjudicationOf(outcome, ticket, correct);
  return [
    {
      ...base,
      observationId: observationId(decidedAt, ticket.ticketId, 'label'),
      kind: 'label',
      source: outcome.type === 'qa_verdict' ? 'qa' : 'human',
      score,
      correct,
      weight: 1 / (ticket.labelPropensity as number),
      // Only labels drawn blind to the outcome: the audit draw or the exploration draw. A verdict
      // on an auto-resolution nobody drew (say, one QA looked at after a reopen) may follow the error.
      automatable:
        (ticket.action === 'AUTO' && ticket.audited !== false) || ticket.reason === 'exploration_holdout',
      ...(adjudication ? { adjudication } : {}),
    },
  ];
};

export type { Observation };
export { labelCorrect, observationId, observationsFor };
