import { describe, expect, it } from 'vitest';
import { maxLogEvidenceAgainst, mixturePath } from '../../lib/domain/outcomes/sequential-test.js';
import type { ScoredLabel } from '../../lib/domain/thresholds/history-check.js';
import { checkHistory } from '../../lib/domain/thresholds/history-check.js';
import { mulberry32 } from '../../tools/embedded/prng.js';

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

  it('has nothing to refute without history', () => {
    expect(checkHistory([], at(0.995, 30, 30), { alpha: 0.01 }).refuted).toBe(false);
  });
});
