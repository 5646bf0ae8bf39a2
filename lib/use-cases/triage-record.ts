import { randomUUID } from 'node:crypto';
import type {
  LabelledExampleStore,
  MessageSender,
  ObservationRepository,
  QuarantineRepository,
  RouteScorerSource,
  TicketClassifier,
  TicketRepository,
} from '../domain/ports.js';
import type { RouteConfig } from '../domain/route-config/route-config.schema.js';
import { labelledExample } from '../domain/scorer/labelled-example.js';
import type { Route, Taxonomy } from '../domain/taxonomy/taxonomy.schema.js';
import { historyObservation, knownHistoryRoute } from '../domain/tickets/history-decision.js';
import { parseTicketMessage, QuarantineError } from '../domain/tickets/parse-message.js';
import type { QuarantineConflict } from '../domain/tickets/quarantine-entry.js';
import type { Ticket } from '../domain/tickets/ticket.schema.js';
import type { TicketClaim } from '../domain/tickets/ticket-claim.js';
import { TicketBusyError } from '../domain/tickets/ticket-errors.js';
import { hashTicket } from '../domain/tickets/ticket-hash.js';
import type { StoredTicket, TicketDecisionRecord } from '../domain/tickets/ticket-record.js';
import type { TriageOutcome } from '../domain/tickets/triage-outcome.js';
import type { Limiter } from './concurrency.js';
import type { Invocation } from './decide-claimed.js';
import { decideClaimed } from './decide-claimed.js';

interface TriageDeps {
  taxonomy: Taxonomy;
  routeConfigs: () => Promise<ReadonlyMap<string, RouteConfig>>;
  classifier: TicketClassifier;
  /** The route scorer whose probability is certified; absent: the model's own confidence is. */
  scorer?: RouteScorerSource;
  tickets: TicketRepository;
  quarantine: QuarantineRepository;
  sender: MessageSender;
  /** Where a history ticket's label goes (its only effect, with its training example). */
  observations: Pick<ObservationRepository, 'put'>;
  /** Where the route scorer's training examples go; absent: no scorer learns from history. */
  examples?: Pick<LabelledExampleStore, 'put'>;
  queueUrls: { resolutions: string; human: string; qa: string };
  modelId: string;
  /** Caps concurrent model calls, to stay inside the Bedrock quota. */
  modelLimiter: Limiter;
  /** Time a record needs left to be worth starting: two model calls (with repair) and the writes. */
  reserveMs: number;
  /** Whether history tickets (labelled evidence, from `triage backfill`) are taken; else quarantined. */
  acceptHistory: boolean;
  now?: () => number;
}

interface InboundRecord {
  messageId: string;
  body: string;
}

const costOf = (d: StoredTicket | TicketDecisionRecord, resent: boolean) => ({
  inputTokens: resent ? 0 : (d.inputTokens ?? 0),
  outputTokens: resent ? 0 : (d.outputTokens ?? 0),
  cacheReadTokens: resent ? 0 : (d.cacheReadTokens ?? 0),
  cacheWriteTokens: resent ? 0 : (d.cacheWriteTokens ?? 0),
  llmUsd: resent ? 0 : d.llmUsd,
  latencyMs: resent ? 0 : (d.latencyMs ?? 0),
  resent,
});

const decidedOutcome = (
  d: StoredTicket | TicketDecisionRecord,
  resent: boolean,
  observed: boolean,
): TriageOutcome =>
  d.action === 'HISTORY'
    ? { kind: 'history', ticketId: d.ticketId, routeId: d.routeId, observed, ...costOf(d, resent) }
    : {
        kind: 'decided',
        ticketId: d.ticketId,
        action: d.action ?? 'HUMAN',
        routeId: d.routeId,
        reason: d.reason,
        confidence: d.classification?.confidence,
        ...(d.scorer ? { modelsAgree: d.scorer.agrees } : {}),
        modelValid: d.modelError === undefined,
        ...costOf(d, resent),
      };

/**
 * Triage one SQS record.
 * 1. parse and validate; a message that can never be valid is quarantined with its reason;
 * 2. claim the ticketId (one conditional write, leased until the invocation's deadline), so a
 *    duplicate delivery has no second effect; a message that reuses the ticketId with another body
 *    is quarantined as a conflicting duplicate, beside what is stored of the first;
 * 3. redact PII, then classify with the model;
 * 4. let the deterministic policy decide AUTO or HUMAN(reason);
 * 5. store ticket, classification, decision and cost;
 * 6. send the reply to the resolutions queue (and QA, when drawn), or the work item to the human queue;
 * 7. mark the ticket dispatched.
 * A history ticket (one with `history`) is claimed, redacted and classified the same way, but the
 * policy never sees it: step 4 stores it as a history decision, and step 6 writes its one labelled
 * observation instead of sending anything (none after a model failure).
 * Retryable failures (throttling, a busy ticket, a lost lease, no time left) propagate, so the
 * record is retried; a failed attempt first gives its claim back.
 */
const createTriageRecord = (deps: TriageDeps) => {
  const now = deps.now ?? Date.now;
  const decideDeps = {
    ...deps,
    now,
    routes: new Map<string, Route>(deps.taxonomy.routes.map((r) => [r.id, r])),
  };

  const teams = new Map(deps.taxonomy.routes.map((r) => [r.id, r.team]));

  /**
   * Writes a history ticket's observation and its training example, both derived from the stored
   * record; true when there is an observation.
   */
  const recordHistory = async (ticket: StoredTicket | TicketDecisionRecord): Promise<boolean> => {
    const observation = historyObservation(ticket, (routeId) => teams.get(routeId));
    if (observation) await deps.observations.put(observation);
    const label = 'history' in ticket ? ticket.history : undefined;
    const example =
      deps.examples && label && ticket.decidedAt
        ? labelledExample(ticket, { route: label.route, source: 'history' }, ticket.decidedAt)
        : undefined;
    if (example) await deps.examples?.put(example);
    await deps.tickets.markDispatched(ticket.ticketId);
    return observation !== undefined;
  };

  /** Step 6 and 7; returns whether a history observation was written. */
  const dispatch = async (ticket: StoredTicket | TicketDecisionRecord): Promise<boolean> => {
    if (ticket.destination === 'history') return recordHistory(ticket);
    if (!ticket.destination || ticket.outboundMessage === undefined) {
      throw new TicketBusyError(`ticket ${ticket.ticketId} has an incomplete decision`);
    }
    await Promise.all([
      deps.sender.send(deps.queueUrls[ticket.destination], ticket.outboundMessage),
      ticket.qaMessage === undefined ? undefined : deps.sender.send(deps.queueUrls.qa, ticket.qaMessage),
    ]);
    await deps.tickets.markDispatched(ticket.ticketId);
    return false;
  };

  const quarantine = async (
    record: InboundRecord,
    error: QuarantineError,
    conflict?: QuarantineConflict,
  ): Promise<TriageOutcome> => {
    await deps.quarantine.put({
      quarantineId: record.messageId,
      reason: error.reason,
      detail: error.detail,
      ticketId: error.ticketId,
      body: record.body,
      receivedAt: new Date(now()).toISOString(),
      conflict,
    });
    return { kind: 'quarantined', reason: error.reason, ticketId: error.ticketId };
  };

  /** Step 1: the ticket, or the quarantine entry of a message that can never be valid here. */
  const parse = async (record: InboundRecord): Promise<{ ticket: Ticket } | { refused: TriageOutcome }> => {
    let ticket: Ticket;
    try {
      ticket = parseTicketMessage(record.body);
    } catch (error) {
      if (error instanceof QuarantineError) return { refused: await quarantine(record, error) };
      throw error;
    }
    if (ticket.history && !deps.acceptHistory) {
      const error = new QuarantineError(
        'history_not_accepted',
        'history tickets are refused on this stack (ACCEPT_HISTORY=false)',
        ticket.ticketId,
      );
      return { refused: await quarantine(record, error) };
    }
    if (ticket.history && !knownHistoryRoute(ticket.history.route, (id) => teams.has(id))) {
      const detail = `history route "${ticket.history.route}" is not a route of taxonomy ${deps.taxonomy.name}`;
      return {
        refused: await quarantine(
          record,
          new QuarantineError('unknown_history_route', detail, ticket.ticketId),
        ),
      };
    }
    return { ticket };
  };

  /** A ticketId reused with another body: kept beside what is stored of the first message. */
  const quarantineConflict = (
    record: InboundRecord,
    ticketId: string,
    bodyHash: string,
    stored: StoredTicket,
  ) => {
    const error = new QuarantineError(
      'conflicting_duplicate',
      `ticketId was first seen with another body; that ticket is ${stored.status}`,
      ticketId,
    );
    // Only the fields the stored ticket has: a claim not yet decided has no redacted text.
    return quarantine(record, error, {
      bodyHash,
      storedBodyHash: stored.bodyHash as string,
      storedStatus: stored.status,
      ...(stored.redactedText === undefined ? {} : { storedRedactedText: stored.redactedText }),
      ...(stored.firstSeenAt === undefined ? {} : { storedFirstSeenAt: stored.firstSeenAt }),
    });
  };

  /** Step 2 when the claim was not taken: what another delivery did or holds decides this one. */
  const settleUnclaimed = async (
    record: InboundRecord,
    ticketId: string,
    bodyHash: string,
    claim: Exclude<TicketClaim, { kind: 'claimed' }>,
  ): Promise<TriageOutcome> => {
    switch (claim.kind) {
      case 'conflict':
        return quarantineConflict(record, ticketId, bodyHash, claim.ticket);
      case 'done':
        return { kind: 'duplicate', ticketId };
      case 'busy':
        throw new TicketBusyError(`ticket ${ticketId} is being processed`);
      case 'decided':
        return decidedOutcome(claim.ticket, true, await dispatch(claim.ticket));
    }
  };

  /** Steps 3 to 7 under this delivery's claim; a failed decision gives the claim back first. */
  const decideAndDispatch = async (
    ticket: Ticket,
    claimToken: string,
    invocation?: Invocation,
  ): Promise<TriageOutcome> => {
    let decision: TicketDecisionRecord;
    try {
      decision = await decideClaimed(decideDeps, ticket, invocation);
    } catch (error) {
      // A failed attempt gives its claim back, so the retry need not wait out the lease.
      await deps.tickets.release(ticket.ticketId, claimToken).catch(() => undefined);
      throw error;
    }
    await deps.tickets.saveDecision(decision, claimToken);
    return decidedOutcome(decision, false, await dispatch(decision));
  };

  return async (record: InboundRecord, invocation?: Invocation): Promise<TriageOutcome> => {
    const parsed = await parse(record);
    if ('refused' in parsed) return parsed.refused;
    const { ticket } = parsed;
    // A token per delivery attempt, so a late worker from an expired lease cannot store over a new one.
    const claimToken = `${record.messageId}:${randomUUID()}`;
    const bodyHash = hashTicket(ticket);
    const claim = await deps.tickets.claim({
      ticketId: ticket.ticketId,
      token: claimToken,
      bodyHash,
      remainingMs: invocation?.getRemainingTimeInMillis(),
    });
    if (claim.kind !== 'claimed') return settleUnclaimed(record, ticket.ticketId, bodyHash, claim);
    return decideAndDispatch(ticket, claimToken, invocation);
  };
};

type TriageRecord = ReturnType<typeof createTriageRecord>;

export type { InboundRecord, TriageDeps, TriageRecord };
export { createTriageRecord };
