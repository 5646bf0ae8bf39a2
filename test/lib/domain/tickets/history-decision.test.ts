import { describe, expect, it } from 'vitest';
import { historyCorrect, historyObservation } from '../../../../lib/domain/tickets/history-decision.js';
import { classificationOf } from '../../../support/classification.js';

const teamOf = (routeId: string) => (routeId === 'late_fee' ? 'payments' : undefined);
const record = {
  ticketId: 'history-1',
  routeId: 'late_fee',
  classification: classificationOf('late_fee', 0.87),
  decidedAt: '2026-12-01T10:00:00.000Z',
  history: { route: 'late_fee' },
};

describe('historyObservation', () => {
  it('is one history label of the model route, at its score, from the stored decision alone', () => {
    expect(historyObservation(record, teamOf)).toEqual({
      routeId: 'late_fee',
      observationId: '2026-12-01T10:00:00.000Z#history-1#label',
      ticketId: 'history-1',
      kind: 'label',
      source: 'history',
      team: 'payments',
      autoResolved: false,
      score: 0.87,
      correct: true,
      weight: 1,
      automatable: false,
      observedAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it.each([
    ['no model route', { routeId: undefined }],
    ['no classification (a model failure)', { classification: undefined }],
    ['no decision time', { decidedAt: undefined }],
    ['no history label', { history: undefined }],
  ] as const)('is none with %s', (_what, over) => {
    expect(historyObservation({ ...record, ...over }, teamOf)).toBeUndefined();
  });

  it('is none for a route the taxonomy no longer has', () => {
    expect(
      historyObservation(
        { ...record, routeId: 'gone', classification: classificationOf('gone', 0.9) },
        teamOf,
      ),
    ).toBeUndefined();
  });

  it('counts another route, or out of scope, as the model being wrong', () => {
    expect(historyObservation({ ...record, history: { route: 'pay_early' } }, teamOf)?.correct).toBe(false);
    expect(historyObservation({ ...record, history: { route: 'out_of_scope' } }, teamOf)?.correct).toBe(
      false,
    );
    expect(historyCorrect(undefined, 'late_fee')).toBe(false);
  });
});
