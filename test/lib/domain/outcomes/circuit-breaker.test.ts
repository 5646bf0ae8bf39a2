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
import { mixturePath } from '../../../../lib/domain/outcomes/sequential-test.js';
import { mulberry32 } from '../../../../lib/domain/scorer/prng.js';
import { audit, DAY, HOUR, iso, T0 } from '../../../support/breaker-labels.js';

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
