import { beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../../lib/domain/outcomes/observation.js';
import { mulberry32 } from '../../../lib/domain/scorer/prng.js';
import { DEFAULT_PEOPLE } from '../../../tools/local/simulated-people.js';
import { createMemoryObservations } from '../../../tools/simulate/memory-repositories.js';
import type { StreamTicket } from '../../../tools/simulate/replay.js';
import { replay } from '../../../tools/simulate/replay.js';
import { classificationOf } from '../../support/classification.js';
import { taxonomy } from '../../support/outcome-fixtures.js';

/**
 * A clean route (the model is always right on it) labelled by 98%-accurate simulated agents, from a
 * cold start, through the replay's production outcome code. Without adjudication about 2% of its
 * labels would be agents' mistakes, and a 2% target could never be certified on them; with it, each
 * disagreement goes to QA, who is right, and the stored labels carry no error.
 */

const settings = {
  targetError: 0.02,
  routeCap: 0.05,
  delta: 0.05,
  minSamples: 30,
  maxStepDown: 0.1,
  cost: { llmCostPerTicket: 0.001, humanCostPerTicket: 4, wrongAutoCost: 25 },
};

const cleanStream = (n: number, seed: number): StreamTicket[] => {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    ticketId: `c-${seed}-${i}`,
    text: 'Can I pay my instalment early?',
    label: 'pay_early',
    classification: classificationOf('pay_early', 0.6 + 0.4 * random()),
  }));
};

const replayClean = async (seed: number, qaAdjudicates: boolean, tickets = 1500) => {
  const observations = createMemoryObservations();
  const out = await replay({
    taxonomy,
    stream: cleanStream(tickets, seed),
    history: [],
    settings,
    sampling: { explorationRate: 0.05, auditRate: 0.02 },
    people: { ...DEFAULT_PEOPLE, agentAccuracy: 0.98 },
    random: mulberry32(seed + 100),
    retuneEvery: 100,
    observations,
    qaAdjudicates,
  });
  const labels = (await observations.listRoute('pay_early', '')).filter(
    (o: Observation) => o.kind === 'label',
  );
  const errors = labels.filter((o) => o.correct === false).length;
  return {
    labels,
    errorRate: errors / labels.length,
    automated: out.tickets.filter((t) => t.auto).length / out.tickets.length,
    finalMode: out.configTrace.pay_early?.at(-1)?.mode,
  };
};

/** One route alone must bring the stream bound its labels too: 3,000 tickets, with and without QA. */
let replays: Promise<{
  raw: Awaited<ReturnType<typeof replayClean>>;
  adjudicated: Awaited<ReturnType<typeof replayClean>>;
}>;

describe('adjudicated labels in the replay', () => {
  beforeAll(() => {
    replays = Promise.all([replayClean(3, false, 3_000), replayClean(3, true, 3_000)]).then(
      ([raw, adjudicated]) => ({
        raw,
        adjudicated,
      }),
    );
  });

  it("takes a clean route's observed label error from the agents' ~2% to 0 once QA adjudicates", async () => {
    const { raw, adjudicated } = await replays;
    // Unadjudicated, every agent mistake stays an error, pending for ever.
    expect(raw.errorRate).toBeGreaterThan(0.01);
    expect(raw.errorRate).toBeLessThan(0.035);
    expect(raw.labels.filter((o) => o.correct === false).every((o) => o.adjudication === 'pending')).toBe(
      true,
    );
    // Adjudicated, QA (who is right) overturned each one; nothing is left pending.
    expect(adjudicated.labels.length).toBeGreaterThan(150);
    expect(adjudicated.errorRate).toBe(0);
    expect(adjudicated.labels.some((o) => o.adjudication === 'done')).toBe(true);
    expect(adjudicated.labels.filter((o) => o.adjudication === 'pending')).toEqual([]);
  }, 120_000);

  it('certifies the clean route at a 2% target on adjudicated labels, and automates more than without', async () => {
    const { raw, adjudicated } = await replays;
    expect(adjudicated.finalMode).toBe('auto');
    expect(adjudicated.automated).toBeGreaterThan(0.4);
    expect(adjudicated.automated).toBeGreaterThan(raw.automated + 0.2);
  }, 120_000);
});
