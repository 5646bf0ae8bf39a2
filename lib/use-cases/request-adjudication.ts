import { buildQaAdjudicationItem } from '../domain/outbound/build-outbound.js';
import type { QaAdjudicationItem } from '../domain/outbound/outbound.schema.js';
import type { Observation } from '../domain/outcomes/observation.js';
import type { Outcome } from '../domain/outcomes/outcome.schema.js';
import { payloadHash } from '../domain/outcomes/outcome-identity.js';
import type { StoredTicket } from '../domain/tickets/ticket-record.js';

/**
 * The adjudication step of recording an outcome. A human label that disagrees with the model on a
 * calibration candidate is stored as an error pending adjudication (domain/outcomes/observation.ts);
 * this step asks QA to rule on it. It runs inside the outcome's claim, after the label is stored
 * (so QA's verdict can only land after it) and before the claim completes: a redelivery of a
 * completed outcome is a duplicate and sends nothing. A crash between the send and the completion
 * sends it again, with the same `adjudicationId` (the ticket and the agent's payload hash), so QA
 * tooling can drop the repeat: delivery is at least once. In that same case, should QA already
 * have ruled when the agent's outcome is applied again, the label goes back to pending and stays
 * an error (a second ruling is a second qa_verdict for the ticket, kept aside as a conflict):
 * conservative, never a false pass.
 */

/** Puts one item on the QA queue. */
type SendToQa = (item: QaAdjudicationItem) => Promise<void>;

const adjudicationId = (outcome: Outcome) => `${outcome.ticketId}#${payloadHash(outcome)}`;

/** Sends the QA item for a label this outcome left pending; true when one was sent. */
const requestAdjudication = async (
  sendToQa: SendToQa,
  ticket: StoredTicket,
  outcome: Outcome,
  observations: readonly Observation[],
): Promise<boolean> => {
  const pending = observations.find((o) => o.adjudication === 'pending');
  if (!pending || outcome.type !== 'human_resolution') return false;
  await sendToQa(
    buildQaAdjudicationItem({
      adjudicationId: adjudicationId(outcome),
      ticketId: ticket.ticketId,
      modelRoute: pending.routeId,
      confidence: pending.score ?? 0,
      redactedText: ticket.redactedText ?? '',
      decidedAt: ticket.decidedAt ?? pending.observedAt,
      agentRoute: outcome.finalRoute,
      resolvedAt: outcome.resolvedAt,
    }),
  );
  return true;
};

export type { SendToQa };
export { adjudicationId, requestAdjudication };
