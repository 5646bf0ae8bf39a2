import { describe, expect, it } from 'vitest';
import { labelCorrect, observationId, observationsFor } from '../../../../lib/domain/outcomes/observation.js';
import type { Outcome } from '../../../../lib/domain/outcomes/outcome.schema.js';
import { resolution, ticket } from '../../../support/outcome-fixtures.js';

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
