import { describe, expect, it } from 'vitest';
import { cachedTrainer, historyExamples } from '../../../tools/simulate/simulate-scorer.js';
import { createSimulatedLlm } from '../../../tools/simulate/simulated-llm.js';
import { classificationOf } from '../../support/classification.js';
import { ROUTE_WORDS, scorerTickets } from '../../support/scorer-tickets.js';

const AT = '2026-01-01T00:00:00.000Z';
const examples = scorerTickets(25).map((e) => ({
  ...e,
  source: 'history' as const,
  weight: 1,
  decidedAt: AT,
  labelledAt: AT,
}));

describe('the simulator scorer', () => {
  it('trains with the deployed code and scores every example out of fold', () => {
    const trained = cachedTrainer('linear')(examples, AT);
    expect(trained.outOfFold.size).toBe(examples.length);
    const right = examples.filter((e) => trained.outOfFold.get(e.ticketId)?.route === e.route).length;
    expect(right / examples.length).toBeGreaterThan(0.8);
    expect(trained.score('bitcoin wallet please').route).toBe('crypto');
  });

  it('reuses the version trained on the same examples, and trains anew on others', () => {
    const train = cachedTrainer('linear');
    const first = train(examples, AT);
    expect(train(examples, AT)).toBe(first);
    expect(train(examples.slice(1), AT)).not.toBe(first);
  });

  it("gives each history example the LLM's route at backfill", () => {
    const routes = Object.keys(ROUTE_WORDS);
    const llm = createSimulatedLlm({ accuracy: 1, correlation: 0, wrongHigh: 0 }, routes, 1);
    const history = historyExamples(
      [{ text: 'pin code reset', label: 'change_pin', classification: classificationOf('change_pin', 0.9) }],
      llm,
      AT,
    );
    expect(history).toEqual([
      {
        ticketId: 'h-000000',
        text: 'pin code reset',
        route: 'change_pin',
        llmRoute: 'change_pin',
        source: 'history',
        weight: 1,
        decidedAt: AT,
        labelledAt: AT,
      },
    ]);
  });
});
