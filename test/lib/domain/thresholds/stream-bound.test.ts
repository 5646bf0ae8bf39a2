import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../lib/domain/scorer/prng.js';
import { BETTING_RATE, uniformErrorBound } from '../../../../lib/domain/thresholds/stream-bound.js';

/** The stream level's confidence sequence on the errors of a prefix of labels. */

describe('uniformErrorBound', () => {
  it('is (u·e + ln(1/δ)) / (1 − e^(−u)), rising with each error and with confidence', () => {
    const u = BETTING_RATE;
    expect(uniformErrorBound(0, 0.05)).toBeCloseTo(Math.log(20) / (1 - Math.exp(-u)), 12);
    expect(uniformErrorBound(4, 0.05)).toBeCloseTo((4 * u + Math.log(20)) / (1 - Math.exp(-u)), 12);
    expect(uniformErrorBound(5, 0.05)).toBeGreaterThan(uniformErrorBound(4, 0.05));
    expect(uniformErrorBound(4, 0.01)).toBeGreaterThan(uniformErrorBound(4, 0.05));
    expect(uniformErrorBound(4, 0.05)).toBeGreaterThan(4);
  });

  it('holds at every prefix at once in at least 1 − δ of runs, where one pointwise bound would not', () => {
    // 2,000 labels at a 1% error rate, bounded at each of 40 prefixes: the share of runs in which
    // any prefix's expected errors exceed its bound stays under δ.
    const random = mulberry32(7);
    const runs = 400;
    let failures = 0;
    for (let run = 0; run < runs; run += 1) {
      let errors = 0;
      let failed = false;
      for (let i = 1; i <= 2_000; i += 1) {
        if (random() < 0.01) errors += 1;
        if (i % 50 === 0 && 0.01 * i > uniformErrorBound(errors, 0.05)) failed = true;
      }
      if (failed) failures += 1;
    }
    expect(failures / runs).toBeLessThanOrEqual(0.05);
  });
});
