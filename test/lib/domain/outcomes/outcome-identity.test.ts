import { describe, expect, it } from 'vitest';
import { outcomeBody, payloadHash } from '../../../../lib/domain/outcomes/outcome-identity.js';
import { resolution } from '../../../support/outcome-fixtures.js';

describe('outcome identity', () => {
  const outcome = () => resolution('pay_early');

  it('gives the same body and hash whatever the key order, and another for another value', () => {
    const reordered = {
      resolvedAt: outcome().resolvedAt,
      handleSeconds: 300,
      finalRoute: 'pay_early',
      ticketId: 'T-1',
      type: 'human_resolution',
    } as const;
    expect(outcomeBody(reordered)).toBe(outcomeBody(outcome()));
    expect(outcomeBody(outcome())).toBe(
      '{"finalRoute":"pay_early","handleSeconds":300,"resolvedAt":"2026-01-02T11:00:00Z","ticketId":"T-1","type":"human_resolution"}',
    );
    expect(payloadHash(reordered)).toBe(payloadHash(outcome()));
    expect(payloadHash(reordered)).toMatch(/^[0-9a-f]{64}$/);
    expect(payloadHash({ ...reordered, handleSeconds: 301 })).not.toBe(payloadHash(outcome()));
  });
});
