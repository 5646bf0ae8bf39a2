import { describe, expect, it } from 'vitest';
import type { BreakerSettings } from '../../../../lib/domain/outcomes/circuit-breaker.js';
import {
  DEFAULT_BREAKER,
  evaluateBreaker,
  testStarts,
  watchedByBreaker,
} from '../../../../lib/domain/outcomes/circuit-breaker.js';
import type { Observation } from '../../../../lib/domain/outcomes/observation.js';
import { observationId } from '../../../../lib/domain/outcomes/observation.js';
import { BreakerConflictError } from '../../../../lib/domain/outcomes/outcome-errors.js';
import { runBreaker } from '../../../../lib/domain/outcomes/run-breaker.js';
import {
  alternatives,
  mixturePath,
  ODDS_RATIOS,
  rejects,
} from '../../../../lib/domain/outcomes/sequential-test.js';
import type { ObservationRepository, RouteConfigRepository } from '../../../../lib/domain/ports.js';
import { VersionConflictError } from '../../../../lib/domain/ports.js';
import { mulberry32 } from '../../../../tools/embedded/prng.js';
import {
  createMemoryObservations,
  createMemoryRouteConfigs,
} from '../../../../tools/simulate/memory-repositories.js';
import { config } from '../../../support/outcome-fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const iso = (t: number) => new Date(t).toISOString();

/** A breaker label decided at `decided`, reported at `reported` (a minute later by default). */
const audit = (
  id: string,
  decided: number,
  correct: boolean,
  extra: Partial<Observation> = {},
): Observation => ({
  routeId: 'pay_early',
  observationId: observationId(iso(decided), id, 'label'),
  ticketId: id,
  kind: 'label',
  source: 'qa',
  team: 'payments',
  autoResolved: true,
  automatable: true,
  score: 0.95,
  correct,
  weight: 10,
  observedAt: iso(decided + 60_000),
  ...extra,
});

const reopen = (
  id: string,
  decided: number,
  reopened: boolean | undefined,
  extra: Partial<Observation> = {},
) => {
  const { correct: _c, score: _s, weight: _w, automatable: _a, ...rest } = audit(id, decided, true);
  return {
    ...rest,
    observationId: observationId(iso(decided), id, 'feedback'),
    kind: 'feedback',
    source: 'customer',
    reopened,
    ...extra,
  } as Observation;
};

/** An independent reference: the mixture's log after each prefix, computed as a plain product. */
const referenceLogs = (events: readonly boolean[], p0: number): number[] => {
  const alts = ODDS_RATIOS.map((r) => ((p0 / (1 - p0)) * r) / (1 + (p0 / (1 - p0)) * r));
  const products = alts.map(() => 1);
  return events.map((bad) => {
    alts.forEach((p1, j) => {
      products[j] = (products[j] as number) * (bad ? p1 / p0 : (1 - p1) / (1 - p0));
    });
    return Math.log(products.reduce((a, b) => a + b, 0) / alts.length);
  });
};

describe('the mixture sequential test', () => {
  it('spaces its alternatives in odds above p0', () => {
    const alts = alternatives(0.2);
    expect(alts).toHaveLength(7);
    // Odds 0.25 times 1.5, 2, 3, 5, 10, 25, 60.
    [0.375, 0.5, 0.75, 1.25, 2.5, 6.25, 15].forEach((odds, j) => {
      expect(alts[j]).toBeCloseTo(odds / (1 + odds), 12);
    });
  });

  it('reaches the largest value of the mixture over every prefix, at the index where it does', () => {
    const random = mulberry32(5);
    for (const p0 of [0.02, 0.15]) {
      for (let s = 0; s < 20; s += 1) {
        const events = Array.from({ length: 40 }, () => random() < p0 * 4);
        const logs = referenceLogs(events, p0);
        const max = Math.max(...logs);
        const path = mixturePath(events, p0);
        expect(path.maxLogEvidence).toBeCloseTo(max, 9);
        expect(path.at).toBe(logs.findIndex((l) => Math.abs(l - max) < 1e-9));
      }
    }
  });

  it('starts at the first event: all good events peak there, below zero', () => {
    const path = mixturePath([false, false, false], 0.02);
    expect(path.at).toBe(0);
    expect(path.maxLogEvidence).toBeCloseTo(referenceLogs([false], 0.02)[0] as number, 12);
    expect(path.maxLogEvidence).toBeLessThan(0);
    expect(mixturePath([true], 0.02).maxLogEvidence).toBeCloseTo(
      referenceLogs([true], 0.02)[0] as number,
      12,
    );
  });

  it('starts at `from` when given one, and is empty past the end', () => {
    const events = [true, true, false, false, true];
    const path = mixturePath(events, 0.1, 2);
    const logs = referenceLogs(events.slice(2), 0.1);
    expect(path.maxLogEvidence).toBeCloseTo(Math.max(...logs), 12);
    expect(path.at).toBe(4);
    expect(mixturePath(events, 0.1, 5)).toEqual({ maxLogEvidence: 0, at: -1 });
    expect(mixturePath([], 0.1)).toEqual({ maxLogEvidence: 0, at: -1 });
  });

  it('refuses a p0 outside (0, 1)', () => {
    for (const p0 of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => mixturePath([true], p0)).toThrow(RangeError);
    expect(() => mixturePath([true], 0.5)).not.toThrow();
  });

  it('rejects when the mixture reaches 1/alpha, not before', () => {
    const events = [true, true, true];
    const top = mixturePath(events, 0.02).maxLogEvidence;
    expect(rejects(events, 0.02, Math.exp(-top) * 1.001)).toBe(true);
    expect(rejects(events, 0.02, Math.exp(-top) * 0.999)).toBe(false);
    expect(rejects([false, true, true, true], 0.02, Math.exp(-top) * 1.001, 1)).toBe(true);
  });
});

describe('what the breaker watches', () => {
  it('watches labels of what the route automates and reopens of auto-resolutions, nothing else', () => {
    expect(watchedByBreaker(audit('a', T0, true))).toBe(true);
    expect(watchedByBreaker(audit('a', T0, true, { automatable: undefined }))).toBe(true);
    expect(watchedByBreaker(audit('a', T0, true, { automatable: undefined, source: 'human' }))).toBe(false);
    expect(watchedByBreaker(audit('a', T0, true, { automatable: undefined, autoResolved: false }))).toBe(
      false,
    );
    expect(watchedByBreaker(audit('a', T0, true, { automatable: false }))).toBe(false);
    expect(watchedByBreaker(audit('a', T0, true, { adjudication: 'pending' }))).toBe(false);
    expect(watchedByBreaker(audit('a', T0, true, { adjudication: 'done' }))).toBe(true);
    expect(watchedByBreaker(audit('a', T0, true, { correct: undefined }))).toBe(false);
    expect(watchedByBreaker(audit('a', T0, true, { kind: 'feedback' }))).toBe(false);
    expect(watchedByBreaker(reopen('f', T0, false))).toBe(true);
    expect(watchedByBreaker(reopen('f', T0, undefined, { csat: 2 }))).toBe(false);
    expect(watchedByBreaker(reopen('f', T0, true, { autoResolved: false }))).toBe(false);
  });
});

describe('testStarts', () => {
  it('starts at each midnight strictly after `from` up to and including `now`', () => {
    expect(testStarts({ from: iso(T0), now: T0 + 2 * DAY, days: 14 })).toEqual([
      iso(T0 + DAY),
      iso(T0 + 2 * DAY),
    ]);
    expect(testStarts({ from: iso(T0 - 1), now: T0 + DAY - 1, days: 14 })).toEqual([iso(T0)]);
    expect(testStarts({ from: iso(T0 + HOUR), now: T0 + 2 * HOUR, days: 14 })).toEqual([]);
    expect(
      testStarts({ from: iso(T0 + HOUR), periodStart: iso(T0 + HOUR), now: T0 + 2 * HOUR, days: 14 }),
    ).toEqual([iso(T0 + HOUR)]);
  });
});

describe('evaluateBreaker statistics', () => {
  const settings: BreakerSettings = {
    targetError: 0.05,
    delta: 0.1,
    reopenBaseline: 0.3,
    trippedExplorationRate: 0.4,
  };
  const now = T0 + 2 * DAY + 12 * HOUR;
  const window = { from: iso(now - 7 * DAY), now, days: 7 };
  const logThreshold = Math.log(1 / (0.1 / 14));

  it('reports n, events, the error rate and the best started test per signal, from breaker labels only', () => {
    const day2 = T0 + DAY;
    const counted = [
      ...[1, 2, 3, 4, 5].map((h) => audit(`g${h}`, T0 + h * HOUR, true)),
      // Decided on day 2, all reported at once: their decision order settles the path.
      audit('b1', day2 + HOUR, false, { observedAt: iso(day2 + 9 * HOUR) }),
      audit('b2', day2 + 2 * HOUR, false, { observedAt: iso(day2 + 9 * HOUR) }),
      audit('b3', day2 + 3 * HOUR, true, { observedAt: iso(day2 + 9 * HOUR) }),
      audit('b4', day2 + 4 * HOUR, true, { observedAt: iso(day2 + 9 * HOUR) }),
    ];
    const ignored = [
      audit('x1', day2 + HOUR, false, { kind: 'feedback' }),
      audit('x2', day2 + HOUR, false, { adjudication: 'pending' }),
      audit('x3', day2 + HOUR, false, { automatable: undefined, source: 'human' }),
      audit('x4', day2 + HOUR, false, { automatable: false }),
      audit('x5', day2 + HOUR, false, { correct: undefined }),
    ];
    const reopens = [
      reopen('r1', day2 + HOUR, true),
      reopen('r2', day2 + 2 * HOUR, false),
      reopen('r3', day2 + 3 * HOUR, true, { autoResolved: false }),
      reopen('r4', day2 + 4 * HOUR, undefined, { csat: 1 }),
    ];
    // The test started on day 2 sees only its four labels and beats the earlier ones.
    expect(mixturePath([true, true, false, false], 0.05).maxLogEvidence).toBeGreaterThan(
      mixturePath([false, false, false, false, false, true, true, false, false], 0.05).maxLogEvidence,
    );
    // Neither sorted nor reversed: the report time ties on day 2 must be broken by the key.
    const [b1, b2, b3, b4] = counted.slice(5);
    const shuffled = [b3, ...ignored, b1, ...reopens.reverse(), b4, ...counted.slice(0, 5).reverse(), b2];
    const verdict = evaluateBreaker(shuffled as Observation[], window, settings);
    expect(verdict).toEqual({
      tripped: false,
      stats: [
        {
          signal: 'label_errors',
          n: 9,
          events: 2,
          observed: 2 / 9,
          logThreshold,
          logEvidence: mixturePath([true, true, false, false], 0.05).maxLogEvidence,
          since: iso(day2),
        },
        {
          signal: 'reopens',
          n: 2,
          events: 1,
          observed: 0.5,
          logThreshold,
          logEvidence: mixturePath([true, false], 0.3).maxLogEvidence,
          // Every test started up to day 2 saw the same two: the earliest is kept.
          since: iso(T0 - 4 * DAY),
        },
      ],
    });
  });

  it('orders events by report time before decision time', () => {
    // b decided first but reported last: the path is good-then-bad, which peaks lower than bad-first.
    const events = [
      audit('a', T0 + DAY + 2 * HOUR, true, { observedAt: iso(T0 + DAY + 3 * HOUR) }),
      audit('b', T0 + DAY + HOUR, false, { observedAt: iso(T0 + DAY + 4 * HOUR) }),
    ];
    const [labels] = (evaluateBreaker(events, window, settings) as { stats: { logEvidence: number }[] })
      .stats;
    expect(labels?.logEvidence).toBeCloseTo(mixturePath([false, true], 0.05).maxLogEvidence, 12);
    expect(mixturePath([false, true], 0.05).maxLogEvidence).not.toBeCloseTo(
      mixturePath([true, false], 0.05).maxLogEvidence,
      3,
    );
  });

  it('breaks report-time ties by key in a long batch too, where the sort merges runs', () => {
    // 120 labels reported at one instant, every twentieth wrong, handed over in a seeded shuffle.
    const at = iso(T0 + DAY + 20 * HOUR);
    const batch = Array.from({ length: 120 }, (_, i) =>
      audit(`k${String(i).padStart(3, '0')}`, T0 + DAY + HOUR + i * 60_000, i % 20 !== 7, { observedAt: at }),
    );
    const random = mulberry32(9);
    const shuffled = batch
      .map((o) => ({ o, k: random() }))
      .sort((a, b) => a.k - b.k)
      .map(({ o }) => o);
    const [labels] = (
      evaluateBreaker(shuffled, window, { ...settings, delta: 1e-12 }) as { stats: { logEvidence: number }[] }
    ).stats;
    expect(labels?.logEvidence).toBe(
      mixturePath(
        batch.map((o) => o.correct === false),
        0.05,
      ).maxLogEvidence,
    );
  });

  it('keeps the earliest of tests that saw the same events, even when none of them gained', () => {
    const good = [audit('g', T0 + DAY + HOUR, true)];
    const verdict = evaluateBreaker(good, window, settings);
    expect(verdict).toMatchObject({
      tripped: false,
      stats: [
        {
          signal: 'label_errors',
          since: iso(T0 - 4 * DAY),
          logEvidence: mixturePath([false], 0.05).maxLogEvidence,
        },
        { n: 0, observed: 0, logEvidence: 0 },
      ],
    });
    expect((verdict as { stats: { since?: string }[] }).stats[1]?.since).toBeUndefined();
  });

  it('trips on the first signal whose best test reaches log(1/alpha), with alpha = delta / (2 · days)', () => {
    const bad = [1, 2, 3, 4].map((h) => audit(`b${h}`, T0 + DAY + h * HOUR, false));
    const top = mixturePath([true, true, true, true], 0.05).maxLogEvidence;
    // delta chosen so the threshold sits just below, then just above, the evidence.
    const at = (factor: number) => ({ ...settings, delta: 14 * Math.exp(-top) * factor });
    expect(evaluateBreaker(bad, window, at(1.0001))).toEqual({
      tripped: true,
      signal: 'label_errors',
      n: 4,
      events: 4,
      observed: 1,
      logThreshold: Math.log(1 / ((14 * Math.exp(-top) * 1.0001) / 14)),
      logEvidence: top,
      since: iso(T0 - 4 * DAY),
    });
    expect(evaluateBreaker(bad, window, at(0.9999)).tripped).toBe(false);
    const opened = [1, 2, 3, 4].map((h) => reopen(`r${h}`, T0 + DAY + h * HOUR, true));
    expect(evaluateBreaker(opened, window, { ...settings, delta: 1e-6 }).tripped).toBe(false);
    expect(evaluateBreaker(opened, window, { ...settings, delta: 0.5 })).toMatchObject({
      tripped: true,
      signal: 'reopens',
      n: 4,
      logEvidence: mixturePath([true, true, true, true], 0.3).maxLogEvidence,
    });
  });

  it('uses the defaults when no settings are given', () => {
    const bad = [audit('b', T0 + DAY + HOUR, false)];
    const [labels] = (
      evaluateBreaker(bad, window) as { stats: { logEvidence: number; logThreshold: number }[] }
    ).stats;
    expect(labels?.logEvidence).toBe(mixturePath([true], DEFAULT_BREAKER.targetError).maxLogEvidence);
    expect(labels?.logThreshold).toBe(Math.log(1 / (DEFAULT_BREAKER.delta / 14)));
  });
});

const tripping = () => [1, 2, 3, 4, 5, 6, 7, 8].map((m) => audit(`b${m}`, T0 + 6 * HOUR + m * 60_000, false));

const setup = async (
  routeConfig = config('pay_early', { mode: 'auto', version: 3, explorationRate: 0.05 }),
) => {
  const configs = createMemoryRouteConfigs();
  const observations = createMemoryObservations();
  // Saving at version N needs N - 1 stored: write the versions up to the one wanted.
  for (let v = 1; v <= routeConfig.version; v += 1) await configs.save({ ...routeConfig, version: v });
  configs.audits.length = 0;
  for (const o of tripping()) await observations.put(o);
  return { configs, observations };
};

const NOW = T0 + DAY;
const deps = (configs: RouteConfigRepository, observations: ObservationRepository) => ({
  configs,
  observations,
  breaker: DEFAULT_BREAKER,
  breakerWindowDays: 14,
  now: () => NOW,
});

describe('runBreaker', () => {
  it('switches the route off with a full audit entry and lifts a threshold pin', async () => {
    const { configs, observations } = await setup(
      config('pay_early', {
        mode: 'auto',
        version: 3,
        explorationRate: 0.05,
        pin: { kind: 'threshold', threshold: 0.8, by: 'ops', reason: 'launch' },
      }),
    );
    const run = await runBreaker(deps(configs, observations), 'pay_early');
    expect(run.trip).toBe('written');
    const after = await configs.get('pay_early');
    expect(after).toEqual({
      routeId: 'pay_early',
      mode: 'shadow',
      threshold: 0.9,
      explorationRate: DEFAULT_BREAKER.trippedExplorationRate,
      auditRate: 0.02,
      version: 4,
      evidenceSince: iso(NOW),
      updatedAt: iso(NOW),
      updatedBy: 'circuit-breaker',
      reason: 'circuit_breaker_label_errors',
    });
    expect(configs.audits).toHaveLength(1);
    expect(configs.audits[0]).toMatchObject({
      actor: 'circuit-breaker',
      reason: 'circuit_breaker_label_errors',
      at: iso(NOW),
      before: { mode: 'auto', version: 3 },
      after: { mode: 'shadow', version: 4 },
      stats: { ...run.verdict, liftedPin: true },
    });
  });

  it('keeps a human pin and a higher exploration rate, and audits no pin lifted', async () => {
    const pin = { kind: 'human', by: 'ops', reason: 'legal review' } as const;
    const { configs, observations } = await setup(
      config('pay_early', { mode: 'auto', version: 1, explorationRate: 0.5, pin }),
    );
    expect((await runBreaker(deps(configs, observations), 'pay_early')).trip).toBe('written');
    expect(await configs.get('pay_early')).toMatchObject({ mode: 'shadow', explorationRate: 0.5, pin });
    expect(configs.audits[0]?.stats).toMatchObject({ liftedPin: false });
  });

  it('leaves a route already off automation, or unknown, as it is', async () => {
    const { configs, observations } = await setup(config('pay_early', { mode: 'shadow', version: 2 }));
    const run = await runBreaker(deps(configs, observations), 'pay_early');
    expect(run).toMatchObject({ trip: 'already_off', verdict: { tripped: true } });
    expect(await configs.get('pay_early')).toMatchObject({ mode: 'shadow', version: 2 });
    expect(configs.audits).toEqual([]);
    const unknown = await runBreaker(deps(createMemoryRouteConfigs(), observations), 'pay_early');
    expect(unknown.trip).toBe('already_off');
  });

  it('writes nothing and reports no trip when the verdict holds', async () => {
    const { configs } = await setup();
    const run = await runBreaker(deps(configs, createMemoryObservations()), 'pay_early');
    expect(run).toEqual({ verdict: expect.objectContaining({ tripped: false }) });
    expect(await configs.get('pay_early')).toMatchObject({ mode: 'auto', version: 3 });
  });

  it('tries the trip three times past version conflicts, then fails for a retry', async () => {
    const { configs, observations } = await setup();
    let gets = 0;
    let saves = 0;
    const racing: RouteConfigRepository = {
      ...configs,
      get: async (id) => {
        gets += 1;
        return configs.get(id);
      },
      save: async () => {
        saves += 1;
        throw new VersionConflictError('someone else wrote first');
      },
    };
    await expect(runBreaker(deps(racing, observations), 'pay_early')).rejects.toBeInstanceOf(
      BreakerConflictError,
    );
    expect(saves).toBe(3);
    expect(gets).toBe(4);
  });

  it('wins on a later attempt after a conflict', async () => {
    const { configs, observations } = await setup();
    let conflicts = 2;
    const racing: RouteConfigRepository = {
      ...configs,
      save: async (next) => {
        if (conflicts > 0) {
          conflicts -= 1;
          throw new VersionConflictError('someone else wrote first');
        }
        return configs.save(next);
      },
    };
    expect((await runBreaker(deps(racing, observations), 'pay_early')).trip).toBe('written');
    expect((await configs.get('pay_early'))?.mode).toBe('shadow');
  });

  it('passes any other save failure through at once', async () => {
    const { configs, observations } = await setup();
    let saves = 0;
    const broken: RouteConfigRepository = {
      ...configs,
      save: async () => {
        saves += 1;
        throw new Error('throttled');
      },
    };
    await expect(runBreaker(deps(broken, observations), 'pay_early')).rejects.toThrow('throttled');
    expect(saves).toBe(1);
  });
});

describe('runBreaker windows', () => {
  const windowStart = NOW - 14 * DAY;

  const readFrom = async (evidenceSince?: number) => {
    const { configs, observations } = await setup(
      config('pay_early', {
        mode: 'auto',
        version: 1,
        ...(evidenceSince !== undefined ? { evidenceSince: iso(evidenceSince) } : {}),
      }),
    );
    const asked: string[] = [];
    const spying: ObservationRepository = {
      ...observations,
      listRoute: async (routeId, since) => {
        asked.push(since);
        return observations.listRoute(routeId, since);
      },
    };
    const run = await runBreaker(deps(configs, spying), 'pay_early');
    return { asked, run };
  };

  it('reads the window back `breakerWindowDays` from now', async () => {
    expect((await readFrom()).asked).toEqual([iso(windowStart)]);
  });

  it('reads from evidenceSince when it is inside the window, and tests from it as a fixed start', async () => {
    // evidenceSince at 06:00, the failing labels after it the same morning: only a test started at
    // evidenceSince sees them before the next midnight.
    const inside = await readFrom(T0 + 6 * HOUR);
    expect(inside.asked).toEqual([iso(T0 + 6 * HOUR)]);
    expect(inside.run.verdict).toMatchObject({ tripped: true, since: iso(T0 + 6 * HOUR) });
  });

  it('reads the window when evidenceSince is at or before its start', async () => {
    expect((await readFrom(windowStart)).asked).toEqual([iso(windowStart)]);
    expect((await readFrom(windowStart - DAY)).asked).toEqual([iso(windowStart)]);
  });

  it('does not make a window start equal to evidenceSince a test start of its own', async () => {
    // The window and evidenceSince both start at 06:00: without a fixed start, the first test
    // starts at the next midnight, after the failing labels of that morning: no trip.
    const { configs, observations } = await setup(
      config('pay_early', { mode: 'auto', version: 1, evidenceSince: iso(T0 + 6 * HOUR) }),
    );
    const run = await runBreaker(
      { ...deps(configs, observations), now: () => T0 + 6 * HOUR + 14 * DAY },
      'pay_early',
    );
    expect(run.verdict.tripped).toBe(false);
    expect(run.trip).toBeUndefined();
  });
});
