import type { EscalationReason } from '../policy/decide.js';
import type { QuarantineReason } from './quarantine-reason.js';

/**
 * What triaging one SQS record came to: quarantined, a duplicate with no second effect, or a
 * decision with its costs. The classify use case returns it and the batch metrics read it.
 */
type TriageOutcome =
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
      cacheReadTokens: number;
      cacheWriteTokens: number;
      llmUsd?: number;
      latencyMs: number;
      /** True when this delivery only re-sent a decision an earlier delivery had stored. */
      resent: boolean;
    };

export type { TriageOutcome };
