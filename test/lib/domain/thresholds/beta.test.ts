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

  it('returns the ends for p = 0 and p = 1', () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
  });
});
