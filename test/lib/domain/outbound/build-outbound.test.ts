import { describe, expect, it } from 'vitest';
import { buildQaAdjudicationItem } from '../../../../lib/domain/outbound/build-outbound.js';
import { QaItemSchema } from '../../../../lib/domain/outbound/outbound.schema.js';

/** The QA queue's two item types. */

describe('QA queue items', () => {
  const adjudication = buildQaAdjudicationItem({
    adjudicationId: 'T-1#abc',
    ticketId: 'T-1',
    modelRoute: 'pay_early',
    confidence: 0.8,
    redactedText: 'Can I pay early?',
    decidedAt: '2026-01-02T10:00:00.000Z',
    agentRoute: 'out_of_scope',
    resolvedAt: '2026-01-02T11:00:00Z',
  });

  it('builds an adjudication request the QA item schema reads as one', () => {
    expect(adjudication).toMatchObject({ type: 'qa_adjudication', version: 1, agentRoute: 'out_of_scope' });
    expect(QaItemSchema.parse(adjudication)).toEqual(adjudication);
  });

  it('reads an audit item as before', () => {
    const audit = {
      type: 'qa_audit',
      version: 1,
      ticketId: 'T-2',
      routeId: 'pay_early',
      body: 'b',
      reply: 'r',
      confidence: 0.97,
      decidedAt: '2026-01-02T10:00:00.000Z',
    };
    expect(QaItemSchema.parse(audit)).toEqual(audit);
  });

  it("rejects an adjudication request without the agent's route", () => {
    const { agentRoute: _, ...missing } = adjudication;
    expect(QaItemSchema.safeParse(missing).success).toBe(false);
  });
});
