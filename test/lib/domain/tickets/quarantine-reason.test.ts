import { describe, expect, it } from 'vitest';
import { QuarantineReasonSchema } from '../../../../lib/domain/tickets/quarantine-reason.js';

describe('QuarantineReasonSchema', () => {
  it('names the six reasons a message is set aside instead of retried', () => {
    expect(QuarantineReasonSchema.options).toEqual([
      'oversized',
      'invalid_json',
      'schema_violation',
      'conflicting_duplicate',
      'history_not_accepted',
      'unknown_history_route',
    ]);
  });

  it('refuses any other reason, a retryable failure included', () => {
    for (const reason of ['model_throttled', 'Oversized', '', undefined]) {
      expect(QuarantineReasonSchema.safeParse(reason).success).toBe(false);
    }
  });
});
