import { describe, expect, it } from 'vitest';
import { buildQaAdjudicationItem } from '../../../../lib/domain/outbound/build-outbound.js';
import { QaItemSchema } from '../../../../lib/domain/outbound/outbound.schema.js';
import { OutcomeSchema } from '../../../../lib/domain/outcomes/outcome.schema.js';

/** The outcomes contract's out-of-scope label, and the QA queue's two item types. */

const resolution = (finalRoute: string) => ({
  type: 'human_resolution',
  ticketId: 'T-1',
  finalRoute,
  handleSeconds: 60,
  resolvedAt: '2026-01-02T11:00:00Z',
});

describe('outcome contract', () => {
  it("accepts out_of_scope as an agent's final route and as QA's correct route", () => {
    expect(OutcomeSchema.parse(resolution('out_of_scope'))).toMatchObject({ finalRoute: 'out_of_scope' });
    const verdict = {
      type: 'qa_verdict',
      ticketId: 'T-1',
      correct: false,
      correctRoute: 'out_of_scope',
      auditedAt: '2026-01-02T12:00:00Z',
    };
    expect(OutcomeSchema.parse(verdict)).toMatchObject({ correctRoute: 'out_of_scope' });
  });

  it('still rejects a final route that cannot be a route id', () => {
    expect(OutcomeSchema.safeParse(resolution('Out Of Scope')).success).toBe(false);
  });
});

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
