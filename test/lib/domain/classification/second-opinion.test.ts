import { describe, expect, it } from 'vitest';
import { DISAGREEMENT_SCORE, secondOpinion } from '../../../../lib/domain/classification/second-opinion.js';
import { classification } from '../../../support/policy-fixtures.js';

describe('secondOpinion', () => {
  const llm = classification({ route: 'billing', confidence: 0.95, wantsHuman: true, summary: 'late fee' });

  it('keeps the LLM classification as it is when no scorer scored the ticket', () => {
    expect(secondOpinion(llm, undefined)).toEqual({
      classification: llm,
      llm: { route: 'billing', confidence: 0.95 },
    });
  });

  it("certifies the scorer's probability when both name the same route", () => {
    const out = secondOpinion(llm, { version: 'v1', route: 'billing', probability: 0.991 });
    expect(out.classification).toMatchObject({
      route: 'billing',
      confidence: 0.991,
      wantsHuman: true,
      summary: 'late fee',
    });
    expect(out.scorer).toEqual({ version: 'v1', route: 'billing', probability: 0.991, agrees: true });
    expect(out.llm).toEqual({ route: 'billing', confidence: 0.95 });
  });

  it("keeps the scorer's need-a-person verdict on its answer, whichever route the LLM names", () => {
    for (const route of ['billing', 'refunds']) {
      const out = secondOpinion(llm, { version: 'v1', route, probability: 0.9, needsPerson: true });
      expect(out.scorer).toMatchObject({ needsPerson: true, agrees: route === 'billing' });
    }
  });

  it("takes the scorer's route with a score below every threshold when they disagree", () => {
    const out = secondOpinion(llm, { version: 'v1', route: 'refunds', probability: 0.999 });
    expect(out.classification).toMatchObject({ route: 'refunds', confidence: DISAGREEMENT_SCORE });
    expect(out.scorer?.agrees).toBe(false);
    expect(out.llm.route).toBe('billing');
  });
});
