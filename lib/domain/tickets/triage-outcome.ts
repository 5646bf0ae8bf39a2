import type { EscalationReason } from '../policy/decide.js';
import type { QuarantineReason } from './quarantine-reason.js';

/** What the model cost for one record; zero on a delivery that only re-sent a stored decision. */
interface ModelCost {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  llmUsd?: number;
  latencyMs: number;
  /** True when this delivery only re-sent a decision an earlier delivery had stored. */
  resent: boolean;
}

/**
 * What triaging one SQS record came to: quarantined, a duplicate with no second effect, a
 * decision with its costs, or a history ticket scored as evidence (never a decision: it counts
 * as neither an auto-resolution nor an escalation). The classify use case returns it and the
 * batch metrics read it.
 */
type TriageOutcome =
  | { kind: 'quarantined'; reason: QuarantineReason; ticketId?: string }
  | { kind: 'duplicate'; ticketId: string }
  | ({
      kind: 'decided';
      ticketId: string;
      action: 'AUTO' | 'HUMAN';
      routeId?: string;
      reason?: EscalationReason;
      confidence?: number;
      /** Whether the LLM named the route scorer's route; absent when no scorer scored the ticket. */
      modelsAgree?: boolean;
      modelValid: boolean;
    } & ModelCost)
  | ({
      kind: 'history';
      ticketId: string;
      /** The model's route; absent when the model failed and no observation was written. */
      routeId?: string;
      /** Whether an observation was written (false after a model failure). */
      observed: boolean;
    } & ModelCost);

export type { ModelCost, TriageOutcome };
