import type { Outcome } from '../outcomes/outcome.schema.js';
import type { StoredTicket } from '../tickets/ticket-record.js';
import type { LabelledExample, LabelSource } from './labelled-example.schema.js';

/**
 * What a labelled ticket gives the route scorer to learn from: its redacted text and the route a
 * person confirmed. Every label counts here, not only the calibration candidates': training needs
 * no sampling design, only that no label certifies the model trained on it (cross-fit does that).
 */

interface ConfirmedRoute {
  route: string;
  neededPerson?: boolean;
  source: LabelSource;
}

/**
 * The route an outcome confirms: an agent's final route, QA's named route (or the ticket's own
 * when QA found it right); none from customers, nor from a QA verdict that names no route.
 */
const confirmedRoute = (
  outcome: Outcome,
  ticket: Pick<StoredTicket, 'routeId'>,
): ConfirmedRoute | undefined => {
  if (outcome.type === 'human_resolution')
    return {
      route: outcome.finalRoute,
      source: 'human',
      ...(outcome.neededPerson ? { neededPerson: true } : {}),
    };
  if (outcome.type !== 'qa_verdict') return undefined;
  const route = outcome.correctRoute ?? (outcome.correct ? ticket.routeId : undefined);
  if (route === undefined) return undefined;
  return { route, source: 'qa', ...(outcome.neededPerson ? { neededPerson: true } : {}) };
};

type LabelledTicket = Pick<
  StoredTicket,
  | 'ticketId'
  | 'customerId'
  | 'redactedText'
  | 'routeId'
  | 'classification'
  | 'llm'
  | 'decidedAt'
  | 'labelPropensity'
>;

/** The example, or none for a ticket stored without its redacted text or decision time. */
const labelledExample = (
  ticket: LabelledTicket,
  confirmed: ConfirmedRoute,
  labelledAt: string,
): LabelledExample | undefined => {
  if (ticket.redactedText === undefined || ticket.decidedAt === undefined) return undefined;
  const llmRoute = ticket.llm?.route ?? ticket.classification?.route;
  return {
    ticketId: ticket.ticketId,
    text: ticket.redactedText,
    route: confirmed.route,
    ...(llmRoute === undefined ? {} : { llmRoute }),
    ...(ticket.customerId === undefined ? {} : { customerId: ticket.customerId }),
    ...(confirmed.neededPerson ? { neededPerson: true } : {}),
    source: confirmed.source,
    weight: ticket.labelPropensity && ticket.labelPropensity > 0 ? 1 / ticket.labelPropensity : 1,
    decidedAt: ticket.decidedAt,
    labelledAt,
  };
};

export type { ConfirmedRoute };
export { confirmedRoute, labelledExample };
