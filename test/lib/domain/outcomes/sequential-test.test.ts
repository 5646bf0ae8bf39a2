import { describe, expect, it } from 'vitest';
import {
  alternatives,
  mixturePath,
  ODDS_RATIOS,
  rejects,
} from '../../../../lib/domain/outcomes/sequential-test.js';
import { mulberry32 } from '../../../../lib/domain/scorer/prng.js';

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
