import type { Classification } from '../classification/classification.schema.js';
import type { EscalationReason } from '../policy/decide.js';

/**
 * One ticket's lifecycle in the tickets table. CLAIMED → DECIDED → DISPATCHED. The status makes a
 * redelivery harmless: a DECIDED ticket is re-sent without a second model call, a DISPATCHED one
 * has no effect at all.
 */

type TicketStatus = 'CLAIMED' | 'DECIDED' | 'DISPATCHED';

interface TicketDecisionRecord {
  ticketId: string;
  customerId: string;
  channel: string;
  action: 'AUTO' | 'HUMAN';
  reason?: EscalationReason;
  reasons?: EscalationReason[];
  routeId?: string;
  classification?: Classification;
  modelError?: string;
  threshold?: number;
  routeConfigVersion?: number;
  explorationRate?: number;
  auditRate?: number;
  explorationDraw: number;
  /** Whether this ticket's label may calibrate its route, and the probability it is observed. */
  candidate: boolean;
  labelPropensity?: number;
  /** An auto-resolution drawn for QA audit. */
  audited: boolean;
  /** Ticket text after PII redaction: what the model saw, kept for QA and retraining. */
  redactedText: string;
  modelId: string;
  inputTokens: number;
  outputTokens: number;
  /** Prompt-cache tokens read and written; absent on records written before they were stored. */
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  llmUsd?: number;
  modelCalls: number;
  latencyMs: number;
  decidedAt: string;
  /** Where the downstream messages go, and their bodies, so a redelivery re-sends them unchanged. */
  destination: 'resolutions' | 'human';
  outboundMessage: string;
  qaMessage?: string;
}

interface StoredTicket extends Partial<TicketDecisionRecord> {
  ticketId: string;
  status: TicketStatus;
  /**
   * Hash of the ticket content first claimed under this id (see hashTicket); a later message with
   * another hash is a conflicting duplicate. Absent on records written before it was stored.
   */
  bodyHash?: string;
  /** The lease token of the delivery attempt that holds (or last held) the claim: messageId:uuid. */
  claimToken?: string;
  /** Epoch ms until which the claim blocks other deliveries; 0 once a failed attempt released it. */
  leaseUntil?: number;
  /** How many delivery attempts claimed the ticket. */
  claims?: number;
  firstSeenAt?: string;
}

export type { StoredTicket, TicketDecisionRecord, TicketStatus };
