import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaQuantile, logBeta, logGamma, regularizedBeta } from '../../../../lib/domain/thresholds/beta.js';

// Reference values from scipy.special (gammaln, betainc) and scipy.stats.beta.ppf.

describe('logGamma', () => {
  it('matches factorials at integers', () => {
    let logFactorial = 0;
    for (let n = 1; n <= 30; n += 1) {
      expect(logGamma(n)).toBeCloseTo(logFactorial, 11);
      logFactorial += Math.log(n);
    }
  });

  it('matches known non-integer values, including below 0.5 and very large', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
    expect(logGamma(1000.5) / 5908.674175848678).toBeCloseTo(1, 13);
  });

  it('rejects non-positive arguments', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1.5)).toThrow(RangeError);
  });
});

describe('regularizedBeta', () => {
  it('matches the closed forms I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b', () => {
    for (const x of [0.01, 0.3, 0.77, 0.999]) {
      expect(regularizedBeta(x, 3.3, 1)).toBeCloseTo(x ** 3.3, 12);
      expect(regularizedBeta(x, 1, 7.9)).toBeCloseTo(1 - (1 - x) ** 7.9, 12);
    }
  });

  it('matches the arcsine law for a = b = 1/2 on both sides of the mean', () => {
    for (const x of [0.001, 0.2, 0.5, 0.8, 0.9999]) {
      expect(regularizedBeta(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 12);
    }
  });

  it('matches scipy at non-integer and large shapes', () => {
    expect(regularizedBeta(0.3, 2.5, 3.7)).toBeCloseTo(0.31900317528430866, 11);
    expect(regularizedBeta(0.2, 0.5, 0.5)).toBeCloseTo(0.2951672353008665, 11);
    expect(regularizedBeta(0.5, 1500.3, 1499.9)).toBeCloseTo(0.4970862558805256, 10);
    expect(regularizedBeta(0.001, 3.7, 2900.2)).toBeCloseTo(0.3931909763123568, 10);
  });

  it('satisfies the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    expect(regularizedBeta(0.37, 4.2, 9.1) + regularizedBeta(0.63, 9.1, 4.2)).toBeCloseTo(1, 13);
  });

  it('is 0 and 1 at the ends and rejects invalid input', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedBeta(0.5, 0, 1)).toThrow(RangeError);
    expect(() => regularizedBeta(1.5, 1, 1)).toThrow(RangeError);
  });

  it('agrees with logBeta through the Beta(2, 2) density integral', () => {
    expect(Math.exp(logBeta(2, 2))).toBeCloseTo(1 / 6, 14);
    expect(regularizedBeta(0.5, 2, 2)).toBeCloseTo(0.5, 14);
  });
});

describe('betaQuantile', () => {
  it('matches scipy beta.ppf, including tiny quantiles and skewed shapes', () => {
    expect(betaQuantile(0.95, 6, 95)).toBeCloseTo(0.1022533776432745, 11);
    expect(betaQuantile(0.95, 3.7, 2900.2)).toBeCloseTo(0.0025208161536593803, 12);
    expect(betaQuantile(0.05, 0.3, 0.7) / 7.660738053881493e-5).toBeCloseTo(1, 8);
  });

  it('inverts regularizedBeta across shapes and probabilities', () => {
    for (const [a, b] of [
      [0.4, 0.6],
      [1, 149],
      [2.5, 3.5],
      [17.3, 1380.6],
      [3000.5, 2.2],
    ] as const) {
      for (const p of [1e-6, 0.05, 0.5, 0.95, 1 - 1e-6]) {
        const x = betaQuantile(p, a, b);
        expect(regularizedBeta(x, a, b)).toBeCloseTo(p, 10);
      }
    }
  });

  it('finds a quantile below 2^-200, where a tiny shape puts it, instead of stopping short', () => {
    // Beta(0.05, 0.05) has its 1e-6 quantile near 1e-114; bisection needs ~380 halvings to get there.
    const x = betaQuantile(1e-6, 0.05, 0.05);
    expect(x).toBeLessThan(1e-100);
    expect(regularizedBeta(x, 0.05, 0.05)).toBeCloseTo(1e-6, 14);
  });

  it('returns the ends for p = 0 and p = 1', () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
  });
});

/**
 * Properties over random shapes: the effective counts the bounds see are real numbers from a
 * fraction of a label up to thousands, so the shapes span that range. A few hundred runs each keep
 * the file well under a second.
 */
const RUNS = { numRuns: 200 };
const shape = fc.double({ min: 0.05, max: 3000, noNaN: true });
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const inner = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });

describe('beta numerics, as properties', () => {
  it('satisfies the recurrence ln Γ(x + 1) = ln Γ(x) + ln x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), (x) => {
        const gap = logGamma(x + 1) - (logGamma(x) + Math.log(x));
        expect(Math.abs(gap)).toBeLessThan(1e-10 * Math.max(1, Math.abs(logGamma(x + 1))));
      }),
      RUNS,
    );
  });

  it('keeps I_x(a, b) in [0, 1] and non-decreasing in x', () => {
    fc.assert(
      fc.property(shape, shape, unit, unit, (a, b, u, v) => {
        const [lo, hi] = u <= v ? [u, v] : [v, u];
        const [Ilo, Ihi] = [regularizedBeta(lo, a, b), regularizedBeta(hi, a, b)];
        expect(Ilo).toBeGreaterThanOrEqual(0);
        expect(Ihi).toBeLessThanOrEqual(1);
        expect(Ilo).toBeLessThanOrEqual(Ihi + 1e-12);
      }),
      RUNS,
    );
  });

  it('satisfies the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) everywhere', () => {
    fc.assert(
      fc.property(shape, shape, inner, (a, b, x) => {
        expect(regularizedBeta(x, a, b) + regularizedBeta(1 - x, b, a)).toBeCloseTo(1, 9);
      }),
      RUNS,
    );
  });

  it('matches the closed form I_x(1, b) = 1 − (1 − x)^b', () => {
    fc.assert(
      fc.property(shape, inner, (b, x) => {
        expect(regularizedBeta(x, 1, b)).toBeCloseTo(-Math.expm1(b * Math.log1p(-x)), 10);
      }),
      RUNS,
    );
  });

  it('gives a quantile whose CDF is the probability asked for, or within 1e-10 of the true one', () => {
    fc.assert(
      fc.property(shape, shape, inner, (a, b, p) => {
        const x = betaQuantile(p, a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        if (Math.abs(regularizedBeta(x, a, b) - p) <= 1e-8) return;
        // Near 1 with a tiny b the CDF climbs steeply between adjacent doubles, so no double may
        // have a CDF within 1e-8 of p; then x must still be within 1e-10 of the true quantile,
        // relative: p lies between the CDF just below x and just above it.
        expect(regularizedBeta(x * (1 - 1e-10), a, b)).toBeLessThanOrEqual(p);
        expect(regularizedBeta(Math.min(1, x * (1 + 1e-10)), a, b)).toBeGreaterThanOrEqual(p);
      }),
      RUNS,
    );
  });

  it('gives quantiles non-decreasing in the probability', () => {
    fc.assert(
      fc.property(shape, shape, inner, inner, (a, b, u, v) => {
        const [lo, hi] = u <= v ? [u, v] : [v, u];
        expect(betaQuantile(lo, a, b)).toBeLessThanOrEqual(betaQuantile(hi, a, b) * (1 + 1e-9) + 1e-300);
      }),
      RUNS,
    );
  });

  it('matches the closed-form quantile of Beta(1, b), 1 − (1 − p)^(1/b)', () => {
    fc.assert(
      fc.property(shape, inner, (b, p) => {
        const exact = -Math.expm1(Math.log1p(-p) / b);
        expect(Math.abs(betaQuantile(p, 1, b) - exact)).toBeLessThanOrEqual(1e-9 * exact + 1e-300);
      }),
      RUNS,
    );
  });
});
