import { describe, expect, it } from 'vitest';
import { observationsFor } from '../../../../lib/domain/outcomes/observation.js';
import { resolution, ticket } from '../../../support/outcome-fixtures.js';

describe('observationsFor', () => {
  it('turns a human resolution of a candidate into a weighted label for the predicted route', () => {
    const [o] = observationsFor(ticket({ labelPropensity: 0.069 }), resolution('late_fee'), 'payments');
    expect(o).toMatchObject({
      routeId: 'pay_early',
      kind: 'label',
      score: 0.8,
      correct: false,
      source: 'human',
    });
    expect(o?.weight).toBeCloseTo(1 / 0.069, 6);
  });

  it('tags a label with the scorer version that scored the ticket, and none for the model score', () => {
    const scorer = { version: 'v7', route: 'pay_early', probability: 0.8, agrees: true };
    const [scored] = observationsFor(ticket({ scorer }), resolution('pay_early'), 'p');
    expect(scored?.scorerVersion).toBe('v7');
    const [plain] = observationsFor(ticket(), resolution('pay_early'), 'p');
    expect(plain).not.toHaveProperty('scorerVersion');
  });

  it('gives no calibration label for a ticket escalated for a reason outside the sampling design', () => {
    expect(
      observationsFor(ticket({ candidate: false, labelPropensity: undefined }), resolution('pay_early'), 'p'),
    ).toEqual([]);
  });

  it('keys the observation by the decision, so a repeated report lands on the same item', () => {
    const a = observationsFor(ticket(), resolution('pay_early'), 'p')[0];
    const b = observationsFor(
      ticket(),
      { ...resolution('pay_early'), resolvedAt: '2026-01-03T09:00:00Z' },
      'p',
    )[0];
    expect(a?.observationId).toBe(b?.observationId);
  });

  it('records a QA verdict on an auto-resolution as an audit label', () => {
    const auto = ticket({ action: 'AUTO', labelPropensity: 0.069 });
    const [o] = observationsFor(
      auto,
      { type: 'qa_verdict', ticketId: 'T-1', correct: false, auditedAt: '2026-01-02T12:00:00Z' },
      'p',
    );
    expect(o).toMatchObject({ source: 'qa', autoResolved: true, correct: false });
  });

  it('keeps customer feedback on auto-resolutions only, as a drift signal', () => {
    const feedback = {
      type: 'customer_feedback',
      ticketId: 'T-1',
      reopened: true,
      csat: 1,
      at: '2026-01-02T12:00:00Z',
    } as const;
    expect(observationsFor(ticket(), feedback, 'p')).toEqual([]);
    expect(observationsFor(ticket({ action: 'AUTO' }), feedback, 'p')[0]).toMatchObject({
      kind: 'feedback',
      reopened: true,
    });
  });
});
