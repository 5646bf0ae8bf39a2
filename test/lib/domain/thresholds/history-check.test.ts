import { describe, expect, it } from 'vitest';
import { maxLogEvidenceAgainst, mixturePath } from '../../../../lib/domain/outcomes/sequential-test.js';
import { mulberry32 } from '../../../../lib/domain/scorer/prng.js';
import { betaQuantile } from '../../../../lib/domain/thresholds/beta.js';
import type { ScoredLabel } from '../../../../lib/domain/thresholds/history-check.js';
import { checkHistory } from '../../../../lib/domain/thresholds/history-check.js';

/** Whether a route's live labels still agree with its history, and the test underneath it. */

const at = (score: number, n: number, errors = 0): ScoredLabel[] =>
  Array.from({ length: n }, (_, i) => ({ score, correct: i >= errors }));

/** n labels at `score` with `errors` wrong ones spread evenly among them, as a steady rate gives. */
const spread = (score: number, n: number, errors: number): ScoredLabel[] =>
  Array.from({ length: n }, (_, i) => ({
    score,
    correct: Math.floor(((i + 1) * errors) / n) === Math.floor((i * errors) / n),
  }));

/** A route's history: clean at the top, 5% wrong around 0.95, 30% wrong at the bottom. */
const HISTORY = [...at(0.995, 100, 1), ...at(0.95, 100, 5), ...at(0.5, 100, 30)];

describe('maxLogEvidenceAgainst', () => {
  it('is the single-rate mixture when every event has the same null rate', () => {
    const random = mulberry32(3);
    const bad = Array.from({ length: 200 }, () => random() < 0.06);
    const rated = bad.map((b) => ({ bad: b, p0: 0.02 }));
    expect(maxLogEvidenceAgainst(rated)).toBeCloseTo(Math.max(0, mixturePath(bad, 0.02).maxLogEvidence), 9);
  });

  it('rejects a true null with probability at most alpha, however long it is watched', () => {
    // 400 streams of 300 events, each event bad with exactly its own (varying) null rate.
    let rejected = 0;
    for (let run = 0; run < 400; run += 1) {
      const random = mulberry32(1_000 + run);
      const events = Array.from({ length: 300 }, () => {
        const p0 = [0.01, 0.05, 0.3][Math.floor(random() * 3)]!;
        return { bad: random() < p0, p0 };
      });
      if (maxLogEvidenceAgainst(events) >= Math.log(1 / 0.05)) rejected += 1;
    }
    expect(rejected / 400).toBeLessThanOrEqual(0.05);
  });

  it('rejects fast when events are bad far more often than their null rates allow', () => {
    const events = Array.from({ length: 20 }, (_, i) => ({ bad: i % 2 === 0, p0: 0.02 }));
    expect(maxLogEvidenceAgainst(events)).toBeGreaterThan(Math.log(1 / 0.01));
    expect(() => maxLogEvidenceAgainst([{ bad: true, p0: 0 }])).toThrow(RangeError);
    expect(() => maxLogEvidenceAgainst([{ bad: false, p0: 1 }])).toThrow(/p0 must be in \(0, 1\)/);
  });

  it('stays finite on a long run of bad events, where the mixture’s terms overflow on their own', () => {
    const events = Array.from({ length: 2_000 }, () => ({ bad: true, p0: 0.01 }));
    const value = maxLogEvidenceAgainst(events);
    expect(Number.isFinite(value)).toBe(true);
    // The best alternative, odds × 60, gains log(p1 / p0) a bad event; the mixture is within log 7 of it.
    const p1 = (60 * (0.01 / 0.99)) / (1 + 60 * (0.01 / 0.99));
    expect(value).toBeGreaterThan(2_000 * Math.log(p1 / 0.01) - Math.log(7) - 1e-6);
  });
});

describe('checkHistory', () => {
  it('keeps history the live labels agree with, band by band', () => {
    const live = [...at(0.995, 50), ...spread(0.95, 60, 3), ...spread(0.5, 50, 15)];
    const check = checkHistory(HISTORY, live, { alpha: 0.01 });
    expect(check).toMatchObject({ refuted: false, n: 160, errors: 18 });
    expect(check.allowedErrors).toBeGreaterThan(18);
  });

  it('refutes history when confident live labels are wrong far more often than it says', () => {
    // Half of the confident tickets now belong elsewhere: the history allows about 3 of 30.
    const live = Array.from({ length: 30 }, (_, i) => ({ score: 0.995, correct: i % 2 === 1 }));
    const check = checkHistory(HISTORY, live, { alpha: 0.01 });
    expect(check.refuted).toBe(true);
    expect(check.errors).toBe(15);
    expect(check.logEvidence).toBeGreaterThanOrEqual(check.logThreshold);
  });

  it('reads errors in a band the history already expects as no change', () => {
    // 30% wrong at 0.5 is what the history says there: the same errors at 0.995 would refute it.
    expect(checkHistory(HISTORY, spread(0.5, 60, 18), { alpha: 0.01 }).refuted).toBe(false);
    expect(checkHistory(HISTORY, spread(0.995, 60, 18), { alpha: 0.01 }).refuted).toBe(true);
  });

  it('reads a thin band generously, so a few labels of history do not refute themselves', () => {
    // Two clean history labels at the top: one live error there is no evidence of change.
    const check = checkHistory(at(0.995, 2), spread(0.995, 10, 1), { alpha: 0.01 });
    expect(check.refuted).toBe(false);
  });

  it('has nothing to refute without history, however wrong the live labels are', () => {
    expect(checkHistory([], at(0.995, 30, 30), { alpha: 0.01 }).refuted).toBe(false);
    expect(checkHistory([], at(0.995, 600, 600), { alpha: 0.01 }).refuted).toBe(false);
  });

  it('allows each live label its band’s 90% upper bound on the history’s error rate', () => {
    // 10 of 100 history labels wrong at the top: Clopper–Pearson's 90% upper bound, Beta(11, 90).
    const history = [...at(0.995, 100, 10), ...at(0.5, 100, 30)];
    const check = checkHistory(history, at(0.995, 4), { alpha: 0.01 });
    expect(check.allowedErrors).toBeCloseTo(4 * betaQuantile(0.9, 11, 90), 9);
    expect(
      checkHistory(history, at(0.995, 4), { alpha: 0.01, bandConfidence: 0.5 }).allowedErrors,
    ).toBeCloseTo(4 * betaQuantile(0.5, 11, 90), 9);
  });

  it('takes bands in any order, and puts a score under every band in the lowest', () => {
    const live = [...at(0.995, 50), ...spread(0.95, 60, 3), ...spread(0.5, 50, 15)];
    const sorted = checkHistory(HISTORY, live, { alpha: 0.01, bands: [0.99, 0.9, 0.6] });
    const shuffled = checkHistory(HISTORY, live, { alpha: 0.01, bands: [0.6, 0.99, 0.9] });
    expect(shuffled).toEqual(sorted);
    // With one band at 0.9, the 0.5 labels join it: one rate for all, about 12% at its bound.
    const one = checkHistory(HISTORY, at(0.5, 10), { alpha: 0.01, bands: [0.9] });
    expect(one.allowedErrors).toBeCloseTo(10 * betaQuantile(0.9, 37, 264), 9);
  });
});

describe('checkHistory over many routes', () => {
  /** A calibrated route: P(right | score s) = s, with scores crowding near 1 as a model's do. */
  const draw = (random: () => number, n: number, errorFactor = 1): ScoredLabel[] =>
    Array.from({ length: n }, () => {
      const u = random();
      const score = 1 - 0.5 * u * u * u;
      return { score, correct: random() >= Math.min(1, (1 - score) * errorFactor) };
    });

  it('refutes the history of an unchanged route rarely, with every live ticket labelled', () => {
    let refuted = 0;
    for (let run = 0; run < 300; run += 1) {
      const random = mulberry32(50_000 + run);
      const history = draw(random, 100);
      if (checkHistory(history, draw(random, 300), { alpha: 0.01 }).refuted) refuted += 1;
    }
    expect(refuted / 300).toBeLessThanOrEqual(0.02);
  });

  it('refutes it in most runs once the route errs five times as often', () => {
    let refuted = 0;
    for (let run = 0; run < 100; run += 1) {
      const random = mulberry32(60_000 + run);
      const history = draw(random, 100);
      if (checkHistory(history, draw(random, 300, 5), { alpha: 0.01 }).refuted) refuted += 1;
    }
    expect(refuted / 100).toBeGreaterThan(0.8);
  });
});
