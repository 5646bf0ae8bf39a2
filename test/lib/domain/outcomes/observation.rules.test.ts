import { describe, expect, it } from 'vitest';
import { labelCorrect, observationId, observationsFor } from '../../../../lib/domain/outcomes/observation.js';
import type { Outcome } from '../../../../lib/domain/outcomes/outcome.schema.js';
import {
  BreakerConflictError,
  OutcomeBusyError,
  UndecidedTicketError,
} from '../../../../lib/domain/outcomes/outcome-errors.js';
import { outcomeBody, payloadHash } from '../../../../lib/domain/outcomes/outcome-identity.js';
import {
  claimable,
  claimRecord,
  conflictKey,
  conflictRecord,
  judgeClaim,
  unmatchedKey,
  unmatchedRecord,
} from '../../../../lib/domain/outcomes/outcome-records.js';
import { ticket } from '../../../support/outcome-fixtures.js';

const resolution = (finalRoute: string) =>
  ({
    type: 'human_resolution',
    ticketId: 'T-1',
    finalRoute,
    handleSeconds: 300,
    resolvedAt: '2026-01-02T11:00:00Z',
  }) as const;

const verdict = (correct: boolean, correctRoute?: string) =>
  ({
    type: 'qa_verdict',
    ticketId: 'T-1',
    correct,
    ...(correctRoute ? { correctRoute } : {}),
    auditedAt: '2026-01-02T12:00:00Z',
  }) as const;

const feedback = {
  type: 'customer_feedback',
  ticketId: 'T-1',
  reopened: true,
  csat: 2,
  at: '2026-01-02T13:00:00Z',
} as const;

const DECIDED = '2026-01-02T10:00:00.000Z';

describe('observationsFor: which tickets yield an observation', () => {
  it('gives none for a ticket with a route but no classification, nor one with a classification but no route', () => {
    expect(observationsFor(ticket({ classification: undefined }), resolution('pay_early'), 'p')).toEqual([]);
    expect(observationsFor(ticket({ routeId: undefined }), resolution('pay_early'), 'p')).toEqual([]);
    expect(observationsFor(ticket({ routeId: '' }), resolution('pay_early'), 'p')).toEqual([]);
  });

  it('calibrates only a candidate with a positive propensity', () => {
    const none = [
      ticket({ candidate: true, labelPropensity: undefined }),
      ticket({ candidate: false, labelPropensity: 0.5 }),
      ticket({ candidate: undefined, labelPropensity: 0.5 }),
      ticket({ candidate: true, labelPropensity: 0 }),
    ];
    for (const t of none) expect(observationsFor(t, resolution('pay_early'), 'p')).toEqual([]);
    expect(observationsFor(ticket({ labelPropensity: 0.25 }), resolution('pay_early'), 'p')).toHaveLength(1);
  });

  it('ignores a human resolution of an auto-resolved ticket, but takes the QA verdict on it', () => {
    const auto = ticket({ action: 'AUTO', labelPropensity: 0.5 });
    expect(observationsFor(auto, resolution('pay_early'), 'p')).toEqual([]);
    expect(observationsFor(auto, verdict(true), 'p')).toHaveLength(1);
    // The same human resolution of a human-handled ticket is a label.
    expect(observationsFor(ticket({ labelPropensity: 0.5 }), resolution('pay_early'), 'p')).toHaveLength(1);
  });
});

describe('observationsFor: the observation itself', () => {
  it('writes a human label of a human-handled ticket in full', () => {
    const [o, ...more] = observationsFor(
      ticket({ labelPropensity: 0.25 }),
      resolution('pay_early'),
      'payments',
    );
    expect(more).toEqual([]);
    expect(o).toEqual({
      routeId: 'pay_early',
      ticketId: 'T-1',
      team: 'payments',
      autoResolved: false,
      observedAt: '2026-01-02T11:00:00Z',
      observationId: `${DECIDED}#T-1#label`,
      kind: 'label',
      source: 'human',
      score: 0.8,
      correct: true,
      weight: 4,
      automatable: false,
    });
  });

  it('writes a QA audit of an auto-resolution in full, with no adjudication', () => {
    const [o] = observationsFor(ticket({ action: 'AUTO', labelPropensity: 0.5 }), verdict(false), 'payments');
    expect(o).toEqual({
      routeId: 'pay_early',
      ticketId: 'T-1',
      team: 'payments',
      autoResolved: true,
      observedAt: '2026-01-02T12:00:00Z',
      observationId: `${DECIDED}#T-1#label`,
      kind: 'label',
      source: 'qa',
      score: 0.8,
      correct: false,
      weight: 2,
      automatable: true,
    });
  });

  it('writes customer feedback on an auto-resolution in full', () => {
    expect(observationsFor(ticket({ action: 'AUTO' }), feedback, 'payments')).toEqual([
      {
        routeId: 'pay_early',
        ticketId: 'T-1',
        team: 'payments',
        autoResolved: true,
        observedAt: '2026-01-02T13:00:00Z',
        observationId: `${DECIDED}#T-1#feedback`,
        kind: 'feedback',
        source: 'customer',
        reopened: true,
        csat: 2,
      },
    ]);
  });

  it('keys by the report time when the ticket carries no decision time', () => {
    const [o] = observationsFor(ticket({ decidedAt: undefined }), resolution('pay_early'), 'p');
    expect(o?.observationId).toBe('2026-01-02T11:00:00Z#T-1#label');
    expect(observationId('a', 'b', 'c')).toBe('a#b#c');
  });

  it('flags as automatable an audit not marked unaudited and an exploration holdout only', () => {
    const flag = (over: Parameters<typeof ticket>[0], outcome: Outcome) =>
      observationsFor(ticket({ labelPropensity: 0.5, ...over }), outcome, 'p')[0]?.automatable;
    expect(flag({ action: 'AUTO', audited: true }, verdict(true))).toBe(true);
    expect(flag({ action: 'AUTO' }, verdict(true))).toBe(true);
    expect(flag({ action: 'AUTO', audited: false }, verdict(true))).toBe(false);
    expect(flag({ action: 'HUMAN', reason: 'exploration_holdout' }, resolution('pay_early'))).toBe(true);
    expect(flag({ action: 'HUMAN', reason: 'shadow_mode' }, resolution('pay_early'))).toBe(false);
    expect(flag({ action: 'HUMAN', audited: true, reason: 'shadow_mode' }, verdict(true))).toBe(false);
  });
});

describe('observationsFor: adjudication', () => {
  it('marks a human label that disagrees with the model pending, and one that agrees not at all', () => {
    const [wrong] = observationsFor(ticket(), resolution('late_fee'), 'p');
    const [right] = observationsFor(ticket(), resolution('pay_early'), 'p');
    expect(wrong?.adjudication).toBe('pending');
    expect(right).not.toHaveProperty('adjudication');
  });

  it("marks QA's verdict on a human-handled ticket done, right or wrong, and leaves audits unmarked", () => {
    expect(observationsFor(ticket(), verdict(true), 'p')[0]?.adjudication).toBe('done');
    expect(observationsFor(ticket(), verdict(false), 'p')[0]?.adjudication).toBe('done');
    const audit = observationsFor(ticket({ action: 'AUTO' }), verdict(false), 'p')[0];
    expect(audit).toBeDefined();
    expect(audit).not.toHaveProperty('adjudication');
  });
});

describe('labelCorrect', () => {
  it('reads a human resolution as right only when it names the model’s route', () => {
    expect(labelCorrect(resolution('pay_early'), 'pay_early')).toBe(true);
    expect(labelCorrect(resolution('late_fee'), 'pay_early')).toBe(false);
    expect(labelCorrect(resolution('out_of_scope'), 'pay_early')).toBe(false);
  });

  it('reads a QA verdict conservatively: correct with another route, or out of scope, is an error', () => {
    expect(labelCorrect(verdict(true), 'pay_early')).toBe(true);
    expect(labelCorrect(verdict(true, 'pay_early'), 'pay_early')).toBe(true);
    expect(labelCorrect(verdict(true, 'late_fee'), 'pay_early')).toBe(false);
    expect(labelCorrect(verdict(true, 'out_of_scope'), 'pay_early')).toBe(false);
    expect(labelCorrect(verdict(false), 'pay_early')).toBe(false);
    expect(labelCorrect(verdict(false, 'pay_early'), 'pay_early')).toBe(false);
  });
});

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
      kind: 'different',
      existing: { payloadHash: 'h1', body: '{"a":1}' },
    });
    expect(judgeClaim(claim({ state: 'COMPLETED' }), 'h2')).toEqual({
      kind: 'different',
      existing: { payloadHash: 'h1', body: '{"a":1}' },
    });
    expect(judgeClaim(claim({ state: 'COMPLETED' }), 'h1')).toEqual({ kind: 'completed' });
    expect(judgeClaim(claim(), 'h1')).toEqual({ kind: 'in_progress' });
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

describe('outcome errors', () => {
  it('name each retryable failure by its type', () => {
    expect(new OutcomeBusyError('x').name).toBe('OutcomeBusyError');
    expect(new UndecidedTicketError('x').name).toBe('UndecidedTicketError');
    expect(new BreakerConflictError('x').name).toBe('BreakerConflictError');
    expect(new BreakerConflictError('x')).toBeInstanceOf(Error);
  });
});
