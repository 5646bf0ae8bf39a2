import { describe, expect, it } from 'vitest';
import type { BreakerWindow } from '../../../../lib/domain/outcomes/circuit-breaker.js';
import {
  DEFAULT_BREAKER,
  evaluateBreaker,
  testStarts,
} from '../../../../lib/domain/outcomes/circuit-breaker.js';
import type { Observation } from '../../../../lib/domain/outcomes/observation.js';
import { observationId, observationsFor } from '../../../../lib/domain/outcomes/observation.js';
import { runBreaker } from '../../../../lib/domain/outcomes/run-breaker.js';
import { mixturePath, rejects } from '../../../../lib/domain/outcomes/sequential-test.js';
import { mulberry32 } from '../../../../lib/domain/scorer/prng.js';
import { createRecordOutcome } from '../../../../lib/use-cases/record-outcome.js';
import {
  createMemoryObservations,
  createMemoryOutcomes,
  createMemoryRouteConfigs,
} from '../../../../tools/simulate/memory-repositories.js';
import { config, taxonomy, ticket } from '../../../support/outcome-fixtures.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const DELTA = DEFAULT_BREAKER.delta;

/** One breaker label (an audit or a holdout's label) decided and reported at `at`. */
const breakerLabel = (
  i: number,
  at: number,
  correct: boolean,
  extra: Partial<Observation> = {},
): Observation => {
  const iso = new Date(at).toISOString();
  return {
    routeId: 'pay_early',
    observationId: observationId(iso, `t${i}`, 'label'),
    ticketId: `t${i}`,
    kind: 'label',
    source: 'qa',
    team: 'payments',
    autoResolved: true,
    automatable: true,
    score: 0.95,
    correct,
    weight: 14,
    observedAt: iso,
    ...extra,
  };
};

const windowAt = (now: number, days = 14): BreakerWindow => ({
  from: new Date(now - days * DAY).toISOString(),
  now,
  days,
});

const templates = new Map<string, Observation[]>();

/** A stream of `n` labels, one every `gapMs`, wrong with probability `error(i)`. */
const stream = (random: () => number, n: number, gapMs: number, error: (i: number) => number) => {
  const key = `${n}:${gapMs}`;
  let template = templates.get(key);
  if (!template) {
    template = Array.from({ length: n }, (_, i) => breakerLabel(i, T0 + (i + 1) * gapMs, true));
    templates.set(key, template);
  }
  return template.map((o, i) => ({ ...o, correct: random() >= error(i) }));
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The number of labels after which the breaker first trips (binary search: a trip never un-trips). */
const labelsToTrip = (labels: readonly Observation[], gapMs: number): number | undefined => {
  const trippedAfter = (k: number) => evaluateBreaker(labels.slice(0, k), windowAt(T0 + k * gapMs)).tripped;
  if (!trippedAfter(labels.length)) return undefined;
  let lo = 0;
  let hi = labels.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (trippedAfter(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
};

describe('the sequential test', () => {
  it('rejects H0 at most delta of the time when the error sits exactly at target, over 2,000 looks', () => {
    const random = mulberry32(7);
    let rejected = 0;
    for (let s = 0; s < 500; s += 1) {
      const events = Array.from({ length: 2_000 }, () => random() < 0.02);
      if (rejects(events, 0.02, DELTA)) rejected += 1;
    }
    expect(rejected / 500).toBeLessThanOrEqual(DELTA);
  });

  it('grows without bound when the error is above target', () => {
    const random = mulberry32(8);
    const events = Array.from({ length: 400 }, () => random() < 0.1);
    expect(mixturePath(events, 0.02).maxLogEvidence).toBeGreaterThan(Math.log(1 / 1e-6));
  });
});

describe('evaluateBreaker', () => {
  it('trips falsely in at most delta of 14-day streams whose error is at target, and fewer below it', () => {
    const gap = DAY / 20;
    const rate = (error: number, seed: number) => {
      const random = mulberry32(seed);
      let trips = 0;
      for (let s = 0; s < 500; s += 1) {
        const labels = stream(random, 14 * 20, gap, () => error);
        if (evaluateBreaker(labels, windowAt(T0 + 14 * DAY + gap)).tripped) trips += 1;
      }
      return trips / 500;
    };
    const atTarget = rate(0.02, 11);
    const below = rate(0.01, 12);
    expect(atTarget).toBeLessThanOrEqual(DELTA);
    expect(below).toBeLessThanOrEqual(atTarget);
  });

  it('trips within a median of 150 labels when the error jumps to 10%, and within 10 when it jumps to 50%', () => {
    const gap = DAY / 40;
    const delays = (error: number, seed: number) => {
      const random = mulberry32(seed);
      const out: number[] = [];
      for (let s = 0; s < 60; s += 1) {
        // Three good days (1%), then the jump at 06:00 on the fourth.
        const jump = 3 * 40 + 10;
        const labels = stream(random, jump + 400, gap, (i) => (i < jump ? 0.01 : error));
        const at = labelsToTrip(labels, gap);
        out.push(at === undefined ? Number.POSITIVE_INFINITY : at - jump);
      }
      return out;
    };
    const ten = delays(0.1, 21);
    const fifty = delays(0.5, 22);
    expect(median(ten)).toBeLessThanOrEqual(150);
    expect(median(fifty)).toBeLessThanOrEqual(10);
    expect(Math.min(...ten, ...fifty)).toBeGreaterThan(0);
  });

  it('trips on a reopen rate well past its baseline', () => {
    const random = mulberry32(3);
    const feedback = Array.from({ length: 60 }, (_, i) => ({
      ...breakerLabel(i, T0 + (i + 1) * 60_000, true, { kind: 'feedback', source: 'customer' }),
      correct: undefined,
      score: undefined,
      reopened: random() < 0.45,
    }));
    expect(evaluateBreaker(feedback, windowAt(T0 + DAY))).toMatchObject({ tripped: true, signal: 'reopens' });
  });

  it('does not test labels of tickets the route would not have auto-resolved, nor disagreements pending QA', () => {
    const shadow = Array.from({ length: 30 }, (_, i) =>
      breakerLabel(i, T0 + (i + 1) * 60_000, false, {
        automatable: false,
        autoResolved: false,
        source: 'human',
      }),
    );
    const pending = Array.from({ length: 30 }, (_, i) =>
      breakerLabel(i + 100, T0 + (i + 1) * 60_000, false, { source: 'human', adjudication: 'pending' }),
    );
    expect(evaluateBreaker([...shadow, ...pending], windowAt(T0 + DAY)).tripped).toBe(false);
    expect(
      evaluateBreaker(
        pending.slice(0, 10).map((o) => ({ ...o, adjudication: 'done' as const })),
        windowAt(T0 + DAY),
      ),
    ).toMatchObject({ tripped: true, signal: 'label_errors' });
  });

  it('counts an audit written before labels were flagged', () => {
    const old = Array.from({ length: 8 }, (_, i) => {
      const { automatable: _flag, ...rest } = breakerLabel(i, T0 + (i + 1) * 60_000, false);
      return rest;
    });
    expect(evaluateBreaker(old, windowAt(T0 + DAY)).tripped).toBe(true);
  });

  it('starts a test at every UTC midnight in the window and at the start of a period after a trip', () => {
    const now = Date.parse('2026-03-10T05:00:00Z');
    const since = '2026-03-08T13:00:00.000Z';
    expect(testStarts({ from: since, periodStart: since, now, days: 14 })).toEqual([
      since,
      '2026-03-09T00:00:00.000Z',
      '2026-03-10T00:00:00.000Z',
    ]);
    expect(testStarts(windowAt(now, 2))).toEqual(['2026-03-09T00:00:00.000Z', '2026-03-10T00:00:00.000Z']);
  });
});

describe('observationsFor flags breaker labels', () => {
  const verdict = {
    type: 'qa_verdict',
    ticketId: 'T-1',
    correct: true,
    auditedAt: '2026-01-02T12:00:00Z',
  } as const;
  const resolution = {
    type: 'human_resolution',
    ticketId: 'T-1',
    finalRoute: 'pay_early',
    handleSeconds: 60,
    resolvedAt: '2026-01-02T12:00:00Z',
  } as const;

  it('flags the audit of an auto-resolution and the label of an exploration holdout, not a shadow label', () => {
    const audit = observationsFor(ticket({ action: 'AUTO', labelPropensity: 0.069 }), verdict, 'p');
    const holdout = observationsFor(
      ticket({ reason: 'exploration_holdout', reasons: ['exploration_holdout'], labelPropensity: 0.069 }),
      resolution,
      'p',
    );
    const shadow = observationsFor(
      ticket({ reason: 'shadow_mode', reasons: ['shadow_mode'] }),
      resolution,
      'p',
    );
    expect([audit[0]?.automatable, holdout[0]?.automatable, shadow[0]?.automatable]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('does not flag a QA verdict on an auto-resolution that was not drawn for audit: its selection may follow the error', () => {
    const [o] = observationsFor(
      ticket({ action: 'AUTO', audited: false, labelPropensity: 0.069 }),
      verdict,
      'p',
    );
    expect(o?.automatable).toBe(false);
  });
});

describe('runBreaker', () => {
  it('drops a tripped route to shadow, raises its exploration and sets evidenceSince to the trip', async () => {
    const configs = createMemoryRouteConfigs();
    const observations = createMemoryObservations();
    await configs.save(config('pay_early', { mode: 'auto', version: 1, explorationRate: 0.02 }));
    for (let i = 0; i < 10; i += 1)
      await observations.put(breakerLabel(i, T0 + (i + 1) * 60_000, i % 2 === 0));
    const now = T0 + DAY;
    const run = await runBreaker(
      { configs, observations, breaker: DEFAULT_BREAKER, breakerWindowDays: 14, now: () => now },
      'pay_early',
    );
    expect(run).toMatchObject({ trip: 'written', verdict: { tripped: true, signal: 'label_errors' } });
    expect(await configs.get('pay_early')).toMatchObject({
      mode: 'shadow',
      explorationRate: 0.2,
      evidenceSince: new Date(now).toISOString(),
      reason: 'circuit_breaker_label_errors',
    });
    // The labels that tripped it are behind evidenceSince now: the next look sees a fresh period.
    const again = await runBreaker(
      { configs, observations, breaker: DEFAULT_BREAKER, breakerWindowDays: 14, now: () => now + 1 },
      'pay_early',
    );
    expect(again.verdict.tripped).toBe(false);
  });
});

describe('recordOutcome runs the breaker on exploration labels', () => {
  it('trips a route whose held-out tickets QA rules wrong, though none of them was auto-resolved', async () => {
    const configs = createMemoryRouteConfigs();
    await configs.save(config('pay_early', { mode: 'auto', version: 1 }));
    const tickets = new Map<string, ReturnType<typeof ticket>>();
    const record = createRecordOutcome({
      readTicket: async (id) => tickets.get(id),
      outcomes: createMemoryOutcomes(),
      observations: createMemoryObservations(),
      configs,
      taxonomy,
      breaker: DEFAULT_BREAKER,
      breakerWindowDays: 14,
      sendToQa: async () => undefined,
      now: () => Date.parse('2026-01-03T00:00:00Z'),
    });
    for (let i = 0; i < 8; i += 1) {
      const id = `H-${i}`;
      tickets.set(
        id,
        ticket({
          ticketId: id,
          reason: 'exploration_holdout',
          reasons: ['exploration_holdout'],
          labelPropensity: 0.069,
          decidedAt: `2026-01-02T10:0${i}:00.000Z`,
        }),
      );
      await record({
        type: 'human_resolution',
        ticketId: id,
        finalRoute: 'late_fee',
        handleSeconds: 60,
        resolvedAt: '2026-01-02T11:00:00Z',
      });
      await record({
        type: 'qa_verdict',
        ticketId: id,
        correct: false,
        auditedAt: `2026-01-02T12:0${i}:00Z`,
      });
    }
    expect(await configs.get('pay_early')).toMatchObject({
      mode: 'shadow',
      reason: 'circuit_breaker_label_errors',
    });
  });
});
