import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../lib/domain/scorer/prng.js';
import { createSimulatedLlm, rightRateFor } from '../../../tools/simulate/simulated-llm.js';
import { classificationOf } from '../../support/classification.js';

const ROUTES = ['a', 'b', 'c', 'd', 'e'];

/** 10,000 tickets of which the reference gets 90% right, each wrong one on route 'b'. */
const tickets = Array.from({ length: 10_000 }, (_, i) => ({
  label: 'a',
  classification: classificationOf(i % 10 === 0 ? 'b' : 'a', 0.9),
}));

const answers = (accuracy: number, correlation: number) => {
  const llm = createSimulatedLlm({ accuracy, correlation, wrongHigh: 0.3 }, ROUTES, 0.9);
  const random = mulberry32(3);
  return tickets.map((t) => ({ t, route: llm.answer(t, random).route }));
};

describe('the simulated LLM', () => {
  it('reaches its overall accuracy whatever its correlation with the reference', () => {
    for (const correlation of [0, 0.3, 0.6]) {
      const right = answers(0.85, correlation).filter((a) => a.route === 'a').length / tickets.length;
      expect(right).toBeCloseTo(0.85, 1);
    }
  });

  it("repeats the reference's wrong route at the given correlation, and rarely otherwise", () => {
    const shared = (correlation: number) => {
      const wrong = answers(0.85, correlation).filter((a) => a.t.classification.route === 'b');
      return wrong.filter((a) => a.route === 'b').length / wrong.length;
    };
    expect(shared(0.6)).toBeCloseTo(0.6, 1);
    expect(shared(0)).toBe(0);
  });

  it('answers every ticket with a route of the taxonomy and a verbalized confidence', () => {
    const llm = createSimulatedLlm({ accuracy: 0.5, correlation: 0, wrongHigh: 1 }, ROUTES, 0.9);
    const random = mulberry32(5);
    for (const t of tickets.slice(0, 200)) {
      const out = llm.answer(t, random);
      expect(ROUTES).toContain(out.route);
      expect([0.7, 0.8, 0.9, 0.95, 0.99]).toContain(out.confidence);
    }
  });

  it('cannot be right more often than always', () => {
    expect(rightRateFor({ accuracy: 1, correlation: 1, wrongHigh: 0 }, 0.5)).toBe(1);
  });
});
