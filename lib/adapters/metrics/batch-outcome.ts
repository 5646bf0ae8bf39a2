/**
 * What batch metrics read of one record's outcome. The use case's RecordOutcome is structurally
 * one of these; declaring it here keeps the adapter from importing the use case.
 */
type BatchOutcome =
  | { kind: 'quarantined'; reason: string }
  | { kind: 'duplicate' }
  | {
      kind: 'decided';
      action: 'AUTO' | 'HUMAN';
      routeId?: string;
      reason?: string;
      confidence?: number;
      modelValid: boolean;
      inputTokens: number;
      outputTokens: number;
      cacheReadTokens: number;
      cacheWriteTokens: number;
      llmUsd?: number;
      latencyMs: number;
      resent: boolean;
    };

export type { BatchOutcome };
