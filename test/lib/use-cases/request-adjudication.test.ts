import { describe, expect, it } from 'vitest';
import type { QaAdjudicationItem } from '../../../lib/domain/outbound/outbound.schema.js';
import { QaItemSchema } from '../../../lib/domain/outbound/outbound.schema.js';
import type { Observation } from '../../../lib/domain/outcomes/observation.js';
import type { Outcome } from '../../../lib/domain/outcomes/outcome.schema.js';
import { payloadHash } from '../../../lib/domain/outcomes/outcome-identity.js';
import { adjudicationId, requestAdjudication } from '../../../lib/use-cases/request-adjudication.js';
import { label, ticket } from '../../support/outcome-fixtures.js';

/** QA is asked to rule on a human label that disagrees with the model, once per agent outcome. */

const resolution = (finalRoute = 'late_fee'): Outcome => ({
  type: 'human_resolution',
  ticketId: 'T-1',
  finalRoute,
  handleSeconds: 300,
  resolvedAt: '2026-01-02T11:00:00Z',
});

const pending = (over: Partial<Observation> = {}): Observation =>
  label('pay_early', 0.8, false, 1, { ticketId: 'T-1', source: 'human', adjudication: 'pending', ...over });

const capture = () => {
  const sent: QaAdjudicationItem[] = [];
  return { sent, send: async (item: QaAdjudicationItem) => void sent.push(item) };
};

describe('requestAdjudication', () => {
  it('sends QA one adjudication item for a pending label, with both routes and the redacted text', async () => {
    const qa = capture();
    const stored = ticket({ redactedText: 'When is [EMAIL] due?' });
    expect(await requestAdjudication(qa.send, stored, resolution(), [pending()])).toBe(true);
    expect(qa.sent).toEqual([
      {
        type: 'qa_adjudication',
        version: 1,
        adjudicationId: `T-1#${payloadHash(resolution())}`,
        ticketId: 'T-1',
        modelRoute: 'pay_early',
        confidence: 0.8,
        redactedText: 'When is [EMAIL] due?',
        decidedAt: '2026-01-02T10:00:00.000Z',
        agentRoute: 'late_fee',
        resolvedAt: '2026-01-02T11:00:00Z',
      },
    ]);
    expect(QaItemSchema.parse(qa.sent[0])).toEqual(qa.sent[0]);
  });

  it('sends nothing when no label is pending, or the outcome is not an agent resolution', async () => {
    const qa = capture();
    expect(
      await requestAdjudication(qa.send, ticket(), resolution(), [pending({ adjudication: 'done' })]),
    ).toBe(false);
    expect(await requestAdjudication(qa.send, ticket(), resolution(), [])).toBe(false);
    const verdict: Outcome = {
      type: 'qa_verdict',
      ticketId: 'T-1',
      correct: false,
      auditedAt: '2026-01-02T12:00:00Z',
    };
    expect(await requestAdjudication(qa.send, ticket(), verdict, [pending()])).toBe(false);
    expect(qa.sent).toEqual([]);
  });

  it('falls back to the label for what the ticket record lacks: its time, score 0, empty text', async () => {
    const qa = capture();
    const bare = ticket({ decidedAt: undefined, redactedText: undefined });
    await requestAdjudication(qa.send, bare, resolution(), [pending({ score: undefined })]);
    expect(qa.sent[0]).toMatchObject({
      decidedAt: '2026-01-01T00:00:00.000Z',
      confidence: 0,
      redactedText: '',
    });
  });

  it('names the request by ticket and agent payload, so a resend after a crash repeats the same id', () => {
    expect(adjudicationId(resolution())).toBe(adjudicationId({ ...resolution() }));
    expect(adjudicationId(resolution('late_fee'))).not.toBe(adjudicationId(resolution('login_help')));
    expect(adjudicationId(resolution())).toMatch(/^T-1#[0-9a-f]{64}$/);
  });

  it('passes a failure to send on, for the outcome to be retried', async () => {
    const failing = async () => {
      throw new Error('SQS unavailable');
    };
    await expect(requestAdjudication(failing, ticket(), resolution(), [pending()])).rejects.toThrow(
      'SQS unavailable',
    );
  });
});
