import { describe, expect, it } from 'vitest';
import {
  CustomerFeedbackSchema,
  HumanResolutionSchema,
  OUT_OF_SCOPE,
  OutcomeSchema,
  outcomeTime,
  QaVerdictSchema,
  RouteLabelSchema,
} from '../../../../lib/domain/outcomes/outcome.schema.js';
import { TicketSchema } from '../../../../lib/domain/tickets/ticket.schema.js';

const resolution = {
  type: 'human_resolution',
  ticketId: 'T-1',
  finalRoute: 'pay_early',
  handleSeconds: 300,
  agentId: 'agent-7',
  resolvedAt: '2026-01-02T11:00:00Z',
} as const;

const feedback = {
  type: 'customer_feedback',
  ticketId: 'T-1',
  csat: 4,
  reopened: false,
  at: '2026-01-02T12:00:00+01:00',
} as const;

const verdict = {
  type: 'qa_verdict',
  ticketId: 'T-1',
  correct: false,
  correctRoute: 'late_fee',
  auditorId: 'qa-1',
  auditedAt: '2026-01-02T13:00:00.000Z',
} as const;

const accepts = (value: unknown) => OutcomeSchema.safeParse(value).success;

describe('OutcomeSchema', () => {
  it('accepts one complete outcome of each type and keeps every field', () => {
    expect(OutcomeSchema.parse(resolution)).toEqual(resolution);
    expect(OutcomeSchema.parse(feedback)).toEqual(feedback);
    expect(OutcomeSchema.parse(verdict)).toEqual(verdict);
  });

  it('accepts the minimal form of each type: the optional fields may be left out', () => {
    const { agentId: _a, ...bareResolution } = resolution;
    const { correctRoute: _c, auditorId: _q, ...bareVerdict } = verdict;
    expect(accepts(bareResolution)).toBe(true);
    expect(accepts(bareVerdict)).toBe(true);
    expect(accepts({ type: 'customer_feedback', ticketId: 'T-1', csat: 1, at: feedback.at })).toBe(true);
    expect(accepts({ type: 'customer_feedback', ticketId: 'T-1', reopened: true, at: feedback.at })).toBe(
      true,
    );
  });

  it('rejects an unknown type and a missing type', () => {
    expect(accepts({ ...resolution, type: 'human_label' })).toBe(false);
    const { type: _t, ...untyped } = resolution;
    expect(accepts(untyped)).toBe(false);
  });

  it('rejects unknown fields on every type: a typo must not pass as a valid outcome', () => {
    expect(accepts({ ...resolution, finalroute: 'x' })).toBe(false);
    expect(accepts({ ...feedback, comment: 'great' })).toBe(false);
    expect(accepts({ ...verdict, route: 'late_fee' })).toBe(false);
    expect(HumanResolutionSchema.safeParse({ ...resolution, extra: 1 }).success).toBe(false);
    expect(QaVerdictSchema.safeParse({ ...verdict, extra: 1 }).success).toBe(false);
    expect(CustomerFeedbackSchema.safeParse({ ...feedback, extra: 1 }).success).toBe(false);
  });

  it.each(['type', 'ticketId', 'finalRoute', 'handleSeconds', 'resolvedAt'] as const)(
    'rejects a human resolution without %s',
    (field) => {
      const { [field]: _gone, ...rest } = resolution;
      expect(accepts(rest)).toBe(false);
    },
  );

  it.each(['type', 'ticketId', 'correct', 'auditedAt'] as const)(
    'rejects a QA verdict without %s',
    (field) => {
      const { [field]: _gone, ...rest } = verdict;
      expect(accepts(rest)).toBe(false);
    },
  );

  it.each(['type', 'ticketId', 'at'] as const)('rejects customer feedback without %s', (field) => {
    const { [field]: _gone, ...rest } = feedback;
    expect(accepts(rest)).toBe(false);
  });

  it('rejects customer feedback that carries neither csat nor reopened', () => {
    const result = OutcomeSchema.safeParse({ type: 'customer_feedback', ticketId: 'T-1', at: feedback.at });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('feedback needs csat or reopened');
  });

  it('bounds the ticket id to 1..128 characters', () => {
    expect(accepts({ ...resolution, ticketId: '' })).toBe(false);
    expect(accepts({ ...resolution, ticketId: 'x' })).toBe(true);
    expect(accepts({ ...resolution, ticketId: 'x'.repeat(128) })).toBe(true);
    expect(accepts({ ...resolution, ticketId: 'x'.repeat(129) })).toBe(false);
    expect(accepts({ ...verdict, ticketId: '' })).toBe(false);
    expect(accepts({ ...feedback, ticketId: 'x'.repeat(129) })).toBe(false);
  });

  it.each([
    ['a NUL character', 'T-1\u0000'],
    ['a control character', 'T-\u00071'],
    ['a bidi override', 'T-\u202e1'],
    ['a zero-width space', 'T\u200b-1'],
    ['only whitespace', '   '],
    ['a space inside', 'T 1'],
  ])('holds outcome ticket ids to the ticket contract: rejects %s', (_, ticketId) => {
    expect(accepts({ ...resolution, ticketId })).toBe(false);
    expect(accepts({ ...verdict, ticketId })).toBe(false);
    expect(accepts({ ...feedback, ticketId })).toBe(false);
    expect(TicketSchema.shape.ticketId.safeParse(ticketId).success).toBe(false);
  });

  it('accepts every ticket id the ticket contract accepts', () => {
    for (const ticketId of ['T-1', 'zd:123456', 'fd#42', 'a.b_c@d/e+f=g']) {
      expect(TicketSchema.shape.ticketId.safeParse(ticketId).success).toBe(true);
      expect(accepts({ ...resolution, ticketId })).toBe(true);
    }
  });

  it('bounds handleSeconds to 0..86,400', () => {
    expect(accepts({ ...resolution, handleSeconds: 0 })).toBe(true);
    expect(accepts({ ...resolution, handleSeconds: 86_400 })).toBe(true);
    expect(accepts({ ...resolution, handleSeconds: -0.5 })).toBe(false);
    expect(accepts({ ...resolution, handleSeconds: 86_400.5 })).toBe(false);
    expect(accepts({ ...resolution, handleSeconds: '300' })).toBe(false);
  });

  it('bounds the agent and auditor ids to 1..128 characters when given', () => {
    expect(accepts({ ...resolution, agentId: '' })).toBe(false);
    expect(accepts({ ...resolution, agentId: 'a'.repeat(128) })).toBe(true);
    expect(accepts({ ...resolution, agentId: 'a'.repeat(129) })).toBe(false);
    expect(accepts({ ...verdict, auditorId: '' })).toBe(false);
    expect(accepts({ ...verdict, auditorId: 'q'.repeat(128) })).toBe(true);
    expect(accepts({ ...verdict, auditorId: 'q'.repeat(129) })).toBe(false);
  });

  it('takes CSAT as a whole score from 1 to 5', () => {
    for (const csat of [1, 2, 3, 4, 5]) expect(accepts({ ...feedback, csat })).toBe(true);
    for (const csat of [0, 6, 3.5, -1]) expect(accepts({ ...feedback, csat })).toBe(false);
  });

  it('takes reopened and correct as booleans only', () => {
    expect(accepts({ ...feedback, reopened: 'yes' })).toBe(false);
    expect(accepts({ ...verdict, correct: 'false' })).toBe(false);
    expect(accepts({ ...verdict, correct: true })).toBe(true);
  });

  it('takes ISO datetimes with a zone or offset only', () => {
    expect(accepts({ ...resolution, resolvedAt: '2026-01-02T11:00:00+02:00' })).toBe(true);
    expect(accepts({ ...resolution, resolvedAt: '2026-01-02' })).toBe(false);
    expect(accepts({ ...resolution, resolvedAt: 'yesterday' })).toBe(false);
    expect(accepts({ ...feedback, at: '2026-01-02 12:00' })).toBe(false);
    expect(accepts({ ...verdict, auditedAt: 'now' })).toBe(false);
  });

  it('takes a route id or out_of_scope as a label, and nothing else', () => {
    expect(accepts({ ...resolution, finalRoute: OUT_OF_SCOPE })).toBe(true);
    expect(accepts({ ...verdict, correctRoute: OUT_OF_SCOPE })).toBe(true);
    expect(accepts({ ...resolution, finalRoute: 'Pay Early' })).toBe(false);
    expect(accepts({ ...resolution, finalRoute: '' })).toBe(false);
    expect(accepts({ ...verdict, correctRoute: 'LATE_FEE' })).toBe(false);
    expect(RouteLabelSchema.parse('out_of_scope')).toBe('out_of_scope');
    expect(RouteLabelSchema.safeParse('_leading').success).toBe(false);
  });
});

describe('outcomeTime', () => {
  it('reads each type’s own timestamp', () => {
    expect(outcomeTime(resolution)).toBe(resolution.resolvedAt);
    expect(outcomeTime(feedback)).toBe(feedback.at);
    expect(outcomeTime(verdict)).toBe(verdict.auditedAt);
  });
});

describe('outcome contract', () => {
  const resolutionTo = (finalRoute: string) => ({
    type: 'human_resolution',
    ticketId: 'T-1',
    finalRoute,
    handleSeconds: 60,
    resolvedAt: '2026-01-02T11:00:00Z',
  });

  it("accepts out_of_scope as an agent's final route and as QA's correct route", () => {
    expect(OutcomeSchema.parse(resolutionTo('out_of_scope'))).toMatchObject({ finalRoute: 'out_of_scope' });
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
    expect(OutcomeSchema.safeParse(resolutionTo('Out Of Scope')).success).toBe(false);
  });
});
