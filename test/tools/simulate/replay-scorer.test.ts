import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../lib/domain/outcomes/outcome.schema.js';
import type { LabelledExample } from '../../../lib/domain/scorer/labelled-example.schema.js';
import { mulberry32 } from '../../../lib/domain/scorer/prng.js';
import type { StoredTicket } from '../../../lib/domain/tickets/ticket-record.js';
import { DEFAULT_PEOPLE } from '../../../tools/local/simulated-people.js';
import { replay } from '../../../tools/simulate/replay.js';
import type { ReplayScorer } from '../../../tools/simulate/replay-scorer.js';
import { createScorerLoop } from '../../../tools/simulate/replay-scorer.js';
import { classificationOf } from '../../support/classification.js';
import { taxonomy } from '../../support/outcome-fixtures.js';

/**
 * The route scorer inside a replay: what it learns from people's outcomes, when it trains a new
 * version, and what the policy does with its answer beside the LLM's.
 */

const ROUTES = ['pay_early', 'late_fee'];

/** A scorer that knows each text's route: the text is the route's name. */
const keywordScorer = (): ReplayScorer['train'] => {
  let trained = 0;
  return (examples) => {
    trained += 1;
    const score = (text: string) => ({
      route: ROUTES.find((r) => text.startsWith(r)) ?? 'pay_early',
      probability: 0.999,
    });
    return {
      version: `v${trained}`,
      score,
      outOfFold: new Map(examples.map((e) => [e.ticketId, score(e.text)])),
    };
  };
};

const example = (i: number, route = ROUTES[i % 2] as string): LabelledExample => ({
  ticketId: `h-${i}`,
  text: `${route} question ${i}`,
  route,
  llmRoute: route,
  source: 'history',
  weight: 1,
  decidedAt: '2025-12-31T00:00:00.000Z',
  labelledAt: '2025-12-31T00:00:00.000Z',
});

/** An agent's outcome naming `route`. */
const agent = (ticketId: string, route: string): Outcome => ({
  type: 'human_resolution',
  ticketId,
  finalRoute: route,
  handleSeconds: 60,
  resolvedAt: '2026-01-01T00:00:00Z',
});
const AT = '2026-01-01T00:00:00.000Z';

const ticket = (over: Partial<StoredTicket> = {}): StoredTicket => ({
  ticketId: 'T-1',
  status: 'DISPATCHED',
  routeId: 'late_fee',
  redactedText: 'late_fee why',
  decidedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('createScorerLoop', () => {
  it('trains no version below the fewest examples, then one, then another only after the set growth', () => {
    const loop = createScorerLoop(
      { train: keywordScorer(), history: [example(0)], minExamples: 3, growth: 0.5 },
      taxonomy,
    );
    loop.retrain('2026-01-01T00:00:00.000Z');
    expect(loop.score('late_fee x')).toBeUndefined();
    for (const i of [1, 2]) loop.learn(ticket({ ticketId: `T-${i}` }), agent(`T-${i}`, 'late_fee'), AT);
    loop.retrain('2026-01-01T01:00:00.000Z');
    expect(loop.score('late_fee x')).toEqual({ version: 'v1', route: 'late_fee', probability: 0.999 });
    loop.learn(ticket({ ticketId: 'T-3' }), agent('T-3', 'late_fee'), AT);
    loop.retrain('2026-01-01T02:00:00.000Z');
    expect(loop.versions()).toBe(1);
    loop.learn(ticket({ ticketId: 'T-4' }), agent('T-4', 'late_fee'), AT);
    loop.retrain('2026-01-01T03:00:00.000Z');
    expect(loop.versions()).toBe(2);
  });

  it("gives the active version's out-of-fold evidence, an error where the label disagrees", () => {
    const loop = createScorerLoop(
      { train: keywordScorer(), history: [example(0), example(1, 'late_fee')], minExamples: 1, growth: 0 },
      taxonomy,
    );
    loop.learn(
      ticket({ ticketId: 'T-9', redactedText: 'late_fee but really early' }),
      agent('T-9', 'pay_early'),
      AT,
    );
    loop.retrain('2026-01-01T00:00:00.000Z');
    const evidence = loop.evidence();
    expect(evidence?.version).toBe('v1');
    expect(evidence?.observations).toHaveLength(3);
    expect(evidence?.observations.find((o) => o.ticketId === 'T-9')).toMatchObject({
      routeId: 'late_fee',
      correct: false,
      scorerVersion: 'v1',
    });
  });
});

describe('a replay with a route scorer', () => {
  const stream = (llmRoute: (route: string) => string) =>
    Array.from({ length: 600 }, (_, i) => {
      const route = ROUTES[i % 2] as string;
      return {
        ticketId: `s-${i}`,
        text: `${route} ${i}`,
        label: route,
        classification: classificationOf(llmRoute(route), 0.9),
      };
    });
  const settings = {
    targetError: 0.02,
    routeCap: 0.05,
    delta: 0.05,
    minSamples: 30,
    maxStepDown: 0.5,
    cost: { llmCostPerTicket: 0.001, humanCostPerTicket: 4, wrongAutoCost: 25 },
  };
  const run = (llmRoute: (route: string) => string) =>
    replay({
      taxonomy,
      stream: stream(llmRoute),
      history: [],
      settings,
      sampling: { explorationRate: 0.05, auditRate: 0.02 },
      people: { ...DEFAULT_PEOPLE, agentAccuracy: 1 },
      random: mulberry32(1),
      retuneEvery: 100,
      scorer: {
        train: keywordScorer(),
        history: Array.from({ length: 800 }, (_, i) => example(i)),
        minExamples: 50,
        growth: 0.25,
      },
    });

  it('automates on the scorer where the LLM agrees', async () => {
    const out = await run((route) => route);
    expect(out.scorerVersions).toBeGreaterThanOrEqual(1);
    expect(out.tickets.filter((t) => t.auto).length).toBeGreaterThan(300);
  });

  it('never automates a route the LLM always names otherwise', async () => {
    const out = await run((route) => (route === 'late_fee' ? 'pay_early' : route));
    expect(out.tickets.filter((t) => t.auto && t.label === 'late_fee')).toHaveLength(0);
    expect(out.tickets.filter((t) => t.auto && t.label === 'pay_early').length).toBeGreaterThan(100);
  });
});
