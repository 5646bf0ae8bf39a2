import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../lib/domain/scorer/prng.js';
import { createSimulatedPeople, DEFAULT_PEOPLE } from '../../../tools/local/simulated-people.js';

/** Simulated agents and QA, as the replay and the local run use them. */

const ROUTES = ['pay_early', 'late_fee', 'login_help'];
const truth = new Map<string, string>(
  Array.from({ length: 2000 }, (_, i) => [`t-${i}`, i % 10 === 0 ? 'out_of_scope' : 'pay_early'] as const),
);
const people = (seed: number) =>
  createSimulatedPeople(
    (id) => truth.get(id),
    ROUTES,
    mulberry32(seed),
    DEFAULT_PEOPLE,
    () => 0,
  );

describe('simulated people', () => {
  it('has agents name out_of_scope for tickets that fit no route, at their accuracy', () => {
    const p = people(1);
    const answers = [...truth.keys()].map((id) => p.agent({ ticketId: id }));
    const oos = answers.filter((a, i) => i % 10 === 0 && a?.type === 'human_resolution');
    const named = oos.filter((a) => a?.type === 'human_resolution' && a.finalRoute === 'out_of_scope');
    expect(named.length / oos.length).toBeGreaterThan(0.95);
    const right = answers.filter(
      (a) => a?.type === 'human_resolution' && a.finalRoute === truth.get(a.ticketId),
    ).length;
    expect(right / answers.length).toBeGreaterThan(0.97);
    expect(right / answers.length).toBeLessThan(0.99);
  });

  it('has QA rule on an adjudication from the truth: which route, and whether the model had it', () => {
    const p = people(2);
    const item = { ticketId: 't-0', modelRoute: 'pay_early' };
    expect(p.qa(item)).toMatchObject({ type: 'qa_verdict', correct: false, correctRoute: 'out_of_scope' });
    expect(p.qa({ ticketId: 't-1', modelRoute: 'pay_early' })).toMatchObject({
      correct: true,
      correctRoute: 'pay_early',
    });
    expect(p.qa({ ticketId: 't-1', routeId: 'late_fee' })).toMatchObject({ correct: false });
  });
});
