import { describe, expect, it } from 'vitest';
import { outcomeBody } from '../../../../lib/domain/outcomes/outcome-identity.js';
import {
  claimable,
  claimRecord,
  conflictKey,
  conflictRecord,
  judgeClaim,
  unmatchedKey,
  unmatchedRecord,
} from '../../../../lib/domain/outcomes/outcome-records.js';
import { resolution } from '../../../support/outcome-fixtures.js';

describe('outcome records', () => {
  const claim = (over: Partial<Parameters<typeof judgeClaim>[0]> = {}) => ({
    state: 'IN_PROGRESS' as const,
    payloadHash: 'h1',
    body: '{"a":1}',
    claimUntil: 1_000,
    ...over,
  });

  it('lets a delivery take an empty key, or its own payload’s claim once it has expired', () => {
    expect(claimable(undefined, 'h1', 1_000)).toBe(true);
    expect(claimable(claim(), 'h1', 1_001)).toBe(true);
    // Not at the instant it expires, not another payload's, not a completed one.
    expect(claimable(claim(), 'h1', 1_000)).toBe(false);
    expect(claimable(claim(), 'h1', 999)).toBe(false);
    expect(claimable(claim(), 'h2', 1_001)).toBe(false);
    expect(claimable(claim({ state: 'COMPLETED' }), 'h1', 1_001)).toBe(false);
  });

  it('judges a claim it could not take', () => {
    expect(judgeClaim(claim(), 'h2')).toEqual({
      kind: 'conflict',
      existing: { payloadHash: 'h1', body: '{"a":1}' },
    });
    expect(judgeClaim(claim({ state: 'COMPLETED' }), 'h2')).toEqual({
      kind: 'conflict',
      existing: { payloadHash: 'h1', body: '{"a":1}' },
    });
    expect(judgeClaim(claim({ state: 'COMPLETED' }), 'h1')).toEqual({ kind: 'done' });
    expect(judgeClaim(claim(), 'h1')).toEqual({ kind: 'busy' });
  });

  it('keys conflicts and unmatched outcomes apart from the claim', () => {
    expect(conflictKey('qa_verdict', 'abc')).toBe('qa_verdict#conflict#abc');
    expect(unmatchedKey('customer_feedback', 'abc')).toBe('unmatched#customer_feedback#abc');
  });

  const outcome = resolution('pay_early');

  it('builds the claim, conflict and unmatched items in full', () => {
    const body = outcomeBody(outcome);
    expect(claimRecord(outcome, 'h1', { token: 'tok', until: 5, at: 'then' })).toEqual({
      ticketId: 'T-1',
      outcomeType: 'human_resolution',
      kind: 'claim',
      state: 'IN_PROGRESS',
      payloadHash: 'h1',
      body,
      claimToken: 'tok',
      claimUntil: 5,
      claimedAt: 'then',
    });
    expect(conflictRecord(outcome, 'h2', { payloadHash: 'h1', body: 'old' }, 'now')).toEqual({
      ticketId: 'T-1',
      outcomeType: 'human_resolution#conflict#h2',
      kind: 'conflict',
      type: 'human_resolution',
      recordedHash: 'h1',
      recordedBody: 'old',
      conflictingHash: 'h2',
      conflictingBody: body,
      receivedAt: 'now',
    });
    expect(unmatchedRecord(outcome, 'h3', 'now')).toEqual({
      ticketId: 'T-1',
      outcomeType: 'unmatched#human_resolution#h3',
      kind: 'unmatched',
      type: 'human_resolution',
      payloadHash: 'h3',
      body,
      receivedAt: 'now',
    });
  });
});
