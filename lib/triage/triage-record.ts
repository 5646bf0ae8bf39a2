import { randomUUID } from 'node:crypto';
import type { TicketClassifier } from '../classifier/bedrock-classifier.js';
import { redactPii } from '../pii/redact.js';
import type { EscalationReason } from '../policy/decide.js';
import { decideTicket } from '../policy/decide-ticket.js';
import type { RouteConfig } from '../policy/route-config.schema.js';
import type { BatchingSender } from '../queues/batching-sender.js';
import type { QuarantineStore } from '../stores/quarantine-store.js';
import type { TicketDecisionRecord } from '../stores/ticket-record.js';
import type { TicketStore } from '../stores/ticket-store.js';
import type { Route, Taxonomy } from '../taxonomy/taxonomy.schema.js';
import type { QuarantineReason } from '../tickets/parse-message.js';
import { parseTicketMessage, QuarantineError } from '../tickets/parse-message.js';
import { buildOutbound, buildQaAuditItem } from './build-outbound.js';
import type { Limiter } from './concurrency.js';
import type { ResolutionMessage } from './outbound.schema.js';

/** Another delivery of the same ticket is being processed right now; try again later. */
class TicketBusyError extends Error {
  override name = 'TicketBusyError';
}

interface TriageDeps {
  taxonomy: Taxonomy;
  routeConfigs: () => Promise<ReadonlyMap<string, RouteConfig>>;
  classifier: TicketClassifier;
  tickets: TicketStore;
  quarantine: QuarantineStore;
  sender: BatchingSender;
  queueUrls: { resolutions: string; human: string; qa: string };
  modelId: string;
  /** Caps concurrent model calls, to stay inside the Bedrock quota. */
  modelLimiter: Limiter;
  now?: () => number;
}

interface InboundRecord {
  messageId: string;
  body: string;
}

type RecordOutcome =
  | { kind: 'quarantined'; reason: QuarantineReason; ticketId?: string }
  | { kind: 'duplicate'; ticketId: string }
  | {
      kind: 'decided';
      ticketId: string;
      action: 'AUTO' | 'HUMAN';
      routeId?: string;
      reason?: EscalationReason;
      confidence?: number;
      modelValid: boolean;
      inputTokens: number;
      outputTokens: number;
      llmUsd?: number;
      latencyMs: number;
      /** True when this delivery only re-sent a decision an earlier delivery had stored. */
      resent: boolean;
    };

/**
 * Triage one SQS record.
 * 1. parse and validate; a message that can never be valid is quarantined with its reason;
 * 2. claim the ticketId (conditional write), so a duplicate delivery has no second effect;
 * 3. redact PII, then classify with the model;
 * 4. let the deterministic policy decide AUTO or HUMAN(reason);
 * 5. store ticket, classification, decision and cost;
 * 6. send the reply to the resolutions queue, or the work item to the human queue;
 * 7. mark the ticket dispatched.
 * Retryable failures (throttling, a busy ticket, a lost lease) propagate, so the record is retried.
 */
const createTriageRecord = (deps: TriageDeps) => {
  const now = deps.now ?? Date.now;
  const routes = new Map<string, Route>(deps.taxonomy.routes.map((r) => [r.id, r]));
  const queueUrl = (destination: 'resolutions' | 'human') => deps.queueUrls[destination];

  const dispatch = async (
    ticketId: string,
    destination: 'resolutions' | 'human',
    body: string,
    qa?: string,
  ) => {
    await Promise.all([
      deps.sender.send(queueUrl(destination), body),
      qa === undefined ? undefined : deps.sender.send(deps.queueUrls.qa, qa),
    ]);
    await deps.tickets.markDispatched(ticketId);
  };

  return async (record: InboundRecord): Promise<RecordOutcome> => {
    let ticket: ReturnType<typeof parseTicketMessage>;
    try {
      ticket = parseTicketMessage(record.body);
    } catch (error) {
      if (!(error instanceof QuarantineError)) throw error;
      await deps.quarantine.put({
        quarantineId: record.messageId,
        reason: error.reason,
        detail: error.detail,
        ticketId: error.ticketId,
        body: record.body,
        receivedAt: new Date(now()).toISOString(),
      });
      return { kind: 'quarantined', reason: error.reason, ticketId: error.ticketId };
    }

    // A token per delivery attempt, so a late worker from an expired lease cannot store over a new one.
    const claimToken = `${record.messageId}:${randomUUID()}`;
    const claim = await deps.tickets.claim(ticket.ticketId, claimToken);
    if (claim.kind === 'dispatched') return { kind: 'duplicate', ticketId: ticket.ticketId };
    if (claim.kind === 'in_progress')
      throw new TicketBusyError(`ticket ${ticket.ticketId} is being processed`);
    if (claim.kind === 'decided') {
      const stored = claim.ticket;
      if (!stored.destination || stored.outboundMessage === undefined) {
        throw new TicketBusyError(`ticket ${ticket.ticketId} has an incomplete decision`);
      }
      await dispatch(ticket.ticketId, stored.destination, stored.outboundMessage, stored.qaMessage);
      return {
        kind: 'decided',
        ticketId: ticket.ticketId,
        action: stored.action ?? 'HUMAN',
        routeId: stored.routeId,
        reason: stored.reason,
        confidence: stored.classification?.confidence,
        modelValid: stored.modelError === undefined,
        inputTokens: 0,
        outputTokens: 0,
        latencyMs: 0,
        resent: true,
      };
    }

    const redactedSubject = ticket.subject === undefined ? undefined : redactPii(ticket.subject).text;
    const redactedBody = redactPii(ticket.body).text;
    const result = await deps.modelLimiter(() =>
      deps.classifier.classify({ subject: redactedSubject, body: redactedBody }),
    );
    const classification = result.ok ? result.classification : undefined;
    const routeConfig = classification ? (await deps.routeConfigs()).get(classification.route) : undefined;
    const route = classification ? routes.get(classification.route) : undefined;
    const sampled = decideTicket(classification, routeConfig, ticket);
    const { decision } = sampled;
    const decidedAt = new Date(now()).toISOString();
    const outboundInput = { ticket, decision, classification, route, routeConfig, decidedAt };
    const outbound = buildOutbound(outboundInput);
    const outboundMessage = JSON.stringify(outbound.message);
    const qaMessage =
      sampled.audit && outbound.destination === 'resolutions'
        ? JSON.stringify(buildQaAuditItem(outboundInput, outbound.message as ResolutionMessage))
        : undefined;

    const decisionRecord: TicketDecisionRecord = {
      ticketId: ticket.ticketId,
      customerId: ticket.customer.id,
      channel: ticket.channel,
      action: decision.action,
      reason: decision.action === 'HUMAN' ? decision.reason : undefined,
      reasons: decision.action === 'HUMAN' ? decision.reasons : undefined,
      routeId: classification?.route,
      classification,
      modelError: result.ok ? undefined : result.detail,
      threshold: routeConfig?.threshold,
      routeConfigVersion: routeConfig?.version,
      explorationRate: routeConfig?.explorationRate,
      auditRate: routeConfig?.auditRate,
      explorationDraw: sampled.explorationDraw,
      candidate: sampled.candidate,
      labelPropensity: sampled.labelPropensity,
      audited: qaMessage !== undefined,
      redactedText: redactedSubject === undefined ? redactedBody : `${redactedSubject}\n${redactedBody}`,
      modelId: deps.modelId,
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
      llmUsd: result.costUsd,
      modelCalls: result.modelCalls,
      latencyMs: Math.round(result.latencyMs),
      decidedAt,
      destination: outbound.destination,
      outboundMessage,
      qaMessage,
    };
    await deps.tickets.saveDecision(decisionRecord, claimToken);
    await dispatch(ticket.ticketId, outbound.destination, outboundMessage, qaMessage);

    return {
      kind: 'decided',
      ticketId: ticket.ticketId,
      action: decision.action,
      routeId: classification?.route,
      reason: decisionRecord.reason,
      confidence: classification?.confidence,
      modelValid: result.ok,
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
      llmUsd: result.costUsd,
      latencyMs: result.latencyMs,
      resent: false,
    };
  };
};

type TriageRecord = ReturnType<typeof createTriageRecord>;

export type { InboundRecord, RecordOutcome, TriageDeps, TriageRecord };
export { createTriageRecord, TicketBusyError };
