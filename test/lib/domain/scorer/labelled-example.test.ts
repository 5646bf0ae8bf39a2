import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../lib/domain/outcomes/outcome.schema.js';
import { confirmedRoute, labelledExample } from '../../../../lib/domain/scorer/labelled-example.js';
import { LabelledExampleSchema } from '../../../../lib/domain/scorer/labelled-example.schema.js';
import { classificationOf } from '../../../support/classification.js';

const AT = '2026-01-02T00:00:00.000Z';
const ticket = {
  ticketId: 'T-1',
  customerId: 'c-1',
  routeId: 'late_fee',
  redactedText: 'why a late fee [EMAIL]',
  classification: classificationOf('late_fee', 0.97),
  llm: { route: 'pay_early', confidence: 0.9 },
  decidedAt: '2026-01-01T00:00:00.000Z',
  labelPropensity: 0.25,
};
const qa = (over: object) => ({ type: 'qa_verdict', ticketId: 'T-1', auditedAt: AT, ...over }) as Outcome;

describe('confirmedRoute', () => {
  it("takes an agent's final route, with a mark that the ticket needed a person", () => {
    const outcome = {
      type: 'human_resolution',
      ticketId: 'T-1',
      finalRoute: 'pay_early',
      handleSeconds: 60,
      neededPerson: true,
      resolvedAt: AT,
    } as Outcome;
    expect(confirmedRoute(outcome, ticket)).toEqual({
      route: 'pay_early',
      source: 'human',
      neededPerson: true,
    });
  });

  it("takes QA's named route, or the ticket's own when QA found it right", () => {
    expect(confirmedRoute(qa({ correct: false, correctRoute: 'pay_early' }), ticket)).toEqual({
      route: 'pay_early',
      source: 'qa',
    });
    expect(confirmedRoute(qa({ correct: true }), ticket)).toEqual({ route: 'late_fee', source: 'qa' });
  });

  it("keeps QA's mark that the ticket needed a person", () => {
    expect(
      confirmedRoute(qa({ correct: false, correctRoute: 'pay_early', neededPerson: true }), ticket),
    ).toEqual({
      route: 'pay_early',
      source: 'qa',
      neededPerson: true,
    });
  });

  it('takes nothing from a QA verdict that names no route, nor from a customer', () => {
    expect(confirmedRoute(qa({ correct: false }), ticket)).toBeUndefined();
    expect(
      confirmedRoute(
        { type: 'customer_feedback', ticketId: 'T-1', reopened: true, at: AT } as Outcome,
        ticket,
      ),
    ).toBeUndefined();
  });
});

describe('labelledExample', () => {
  it("keeps the redacted text, the confirmed route, the LLM's own route and the label's weight", () => {
    const example = labelledExample(ticket, { route: 'late_fee', source: 'human' }, AT);
    expect(LabelledExampleSchema.parse(example)).toEqual({
      ticketId: 'T-1',
      text: 'why a late fee [EMAIL]',
      route: 'late_fee',
      llmRoute: 'pay_early',
      customerId: 'c-1',
      source: 'human',
      weight: 4,
      decidedAt: '2026-01-01T00:00:00.000Z',
      labelledAt: AT,
    });
  });

  it("takes the model's route as the LLM's when no scorer replaced it, and weight 1 without a propensity", () => {
    const { llm: _none, labelPropensity: _p, ...plain } = ticket;
    expect(labelledExample(plain, { route: 'late_fee', source: 'history' }, AT)).toMatchObject({
      llmRoute: 'late_fee',
      weight: 1,
    });
  });

  it('gives nothing for a ticket stored without its redacted text', () => {
    const { redactedText: _none, ...bare } = ticket;
    expect(labelledExample(bare, { route: 'late_fee', source: 'human' }, AT)).toBeUndefined();
  });

  it('gives nothing for a ticket stored without its decision time', () => {
    const { decidedAt: _none, ...undecided } = ticket;
    expect(labelledExample(undecided, { route: 'late_fee', source: 'human' }, AT)).toBeUndefined();
  });

  it('leaves out what the ticket does not have: a route from either model, a customer, a propensity', () => {
    const { llm: _l, classification: _c, customerId: _u, ...bare } = ticket;
    const example = labelledExample(
      { ...bare, labelPropensity: 0 },
      { route: 'late_fee', source: 'human' },
      AT,
    );
    expect(example).not.toHaveProperty('llmRoute');
    expect(example).not.toHaveProperty('customerId');
    expect(example?.weight).toBe(1);
  });
});
