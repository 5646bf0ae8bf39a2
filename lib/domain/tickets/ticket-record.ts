import type { Classification } from '../classification/classification.schema.js';
import type { SecondOpinion } from '../classification/second-opinion.js';
import type { EscalationReason } from '../policy/decide.js';
import type { HistoryLabel } from './ticket.schema.js';

/**
 * One ticket's lifecycle in the tickets table. CLAIMED → DECIDED → DISPATCHED. The status makes a
 * redelivery harmless: a DECIDED ticket is re-sent without a second model call, a DISPATCHED one
 * has no effect at all.
 */

type TicketStatus = 'CLAIMED' | 'DECIDED' | 'DISPATCHED';

/** What every decision stores: the ticket, what the model saw and said, and what it cost. */
interface DecisionBase {
  ticketId: string;
  customerId: string;
  channel: string;
  routeId?: string;
  /** What the policy decided on: the scorer's route and certified score when a scorer scored it. */
  classification?: Classification;
  /** The LLM's own route and confidence, when a route scorer's answer replaced them. */
  llm?: SecondOpinion['llm'];
  /**
   * The route scorer's answer (its version, route, probability, and its need-a-person detector's
   * verdict when it has one) and whether the LLM agreed.
   */
  scorer?: SecondOpinion['scorer'];
  modelError?: string;
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
}

/** A live ticket: the policy decided AUTO or HUMAN, and the messages that must go out are stored. */
interface LiveDecisionRecord extends DecisionBase {
  action: 'AUTO' | 'HUMAN';
  reason?: EscalationReason;
  reasons?: EscalationReason[];
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
  /** Where the downstream messages go, and their bodies, so a redelivery re-sends them unchanged. */
  destination: 'resolutions' | 'human';
  outboundMessage: string;
  qaMessage?: string;
}

/**
 * A labelled ticket from the past (a ticket message with `history`): scored by the model, never
 * decided by the policy. Nothing is sent anywhere; its dispatch writes one labelled observation
 * (source `history`, see history-decision.ts) derived from this record, so a redelivery writes the
 * same item. A model failure stores the record with `modelError` and writes no observation.
 */
interface HistoryDecisionRecord extends DecisionBase {
  action: 'HISTORY';
  destination: 'history';
  /** The known route, as the message carried it. */
  history: HistoryLabel;
}

type TicketDecisionRecord = LiveDecisionRecord | HistoryDecisionRecord;

type LiveOnly = Omit<LiveDecisionRecord, keyof DecisionBase | 'action' | 'destination'>;

interface StoredTicket extends Partial<DecisionBase>, Partial<LiveOnly> {
  ticketId: string;
  status: TicketStatus;
  action?: TicketDecisionRecord['action'];
  destination?: TicketDecisionRecord['destination'];
  history?: HistoryLabel;
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

export type { HistoryDecisionRecord, LiveDecisionRecord, StoredTicket, TicketDecisionRecord, TicketStatus };
