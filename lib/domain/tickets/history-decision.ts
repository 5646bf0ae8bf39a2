import type { Observation } from '../outcomes/observation.js';
import { observationId } from '../outcomes/observation.js';
import { OUT_OF_SCOPE } from '../taxonomy/taxonomy.schema.js';
import type { StoredTicket } from './ticket-record.js';

/**
 * Labelled history through the deployed classifier. A backfill ticket is scored like any other,
 * but its known route is the outcome: it becomes one label of the route the model chose, the same
 * observation `triage run`'s warm start used to write from an out-of-fold score (weight 1, every
 * past ticket labelled, never automatable). Live labels then confirm or overturn it, and it ages
 * out of the retune's window like any label.
 */

/** Whether the model's route is the history's; `out_of_scope` is never right. */
const historyCorrect = (modelRoute: string | undefined, label: string): boolean =>
  modelRoute !== undefined && label !== OUT_OF_SCOPE && modelRoute === label;

/** Whether a history label names a route of the taxonomy, or `out_of_scope` (an error of any route). */
const knownHistoryRoute = (label: string, hasRoute: (routeId: string) => boolean): boolean =>
  label === OUT_OF_SCOPE || hasRoute(label);

type HistoryRecord = Pick<
  StoredTicket,
  'ticketId' | 'routeId' | 'classification' | 'scorer' | 'decidedAt' | 'history'
>;

/**
 * The one observation a history decision writes, derived from the stored record alone, so a
 * redelivery writes the same item. None when the model gave no route (a model failure) or when
 * the route has no team (a route the taxonomy no longer has).
 */
const historyObservation = (
  record: HistoryRecord,
  teamOf: (routeId: string) => string | undefined,
): Observation | undefined => {
  const { routeId, classification, decidedAt, history } = record;
  if (!routeId || !classification || !decidedAt || !history) return undefined;
  const team = teamOf(routeId);
  if (team === undefined) return undefined;
  return {
    routeId,
    observationId: observationId(decidedAt, record.ticketId, 'label'),
    ticketId: record.ticketId,
    kind: 'label',
    source: 'history',
    team,
    autoResolved: false,
    score: classification.confidence,
    ...(record.scorer ? { scorerVersion: record.scorer.version } : {}),
    correct: historyCorrect(routeId, history.route),
    weight: 1,
    automatable: false,
    observedAt: decidedAt,
  };
};

export { historyCorrect, historyObservation, knownHistoryRoute };
