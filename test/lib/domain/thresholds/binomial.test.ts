import { describe, expect, it } from 'vitest';
import {
  binomialPValue,
  clopperPearsonUpper,
  effectiveCounts,
} from '../../../../lib/domain/thresholds/binomial.js';

/** P(X ≤ k) for X ~ Binomial(n, p), summed term by term. */
const binomialCdf = (k: number, n: number, p: number): number => {
  let term = (1 - p) ** n; // P(X = 0)
  let sum = term;
  for (let i = 1; i <= k; i += 1) {
    term *= ((n - i + 1) / i) * (p / (1 - p));
    sum += term;
  }
  return sum;
};

describe('clopperPearsonUpper', () => {
  it('needs 149 error-free labels, not 148, to bound the error at 2% with 95% confidence', () => {
    expect(clopperPearsonUpper(0, 149, 0.95)).toBeLessThanOrEqual(0.02);
    expect(clopperPearsonUpper(0, 148, 0.95)).toBeGreaterThan(0.02);
  });

  it('is 1 − 0.05^(1/n) with no errors', () => {
    for (const n of [1, 10, 149, 1000, 12.5]) {
      expect(clopperPearsonUpper(0, n)).toBeCloseTo(1 - 0.05 ** (1 / n), 12);
    }
  });

  it('matches the tabulated bound for 5 errors in 100 (scipy: 0.1022534)', () => {
    expect(clopperPearsonUpper(5, 100, 0.95)).toBeCloseTo(0.1022533776432745, 10);
  });

  it('is 1 when every label is an error or there are no labels', () => {
    expect(clopperPearsonUpper(7, 7)).toBe(1);
    expect(clopperPearsonUpper(0, 0)).toBe(1);
  });

  it('grows with errors and with confidence, and shrinks with n', () => {
    expect(clopperPearsonUpper(3, 200)).toBeGreaterThan(clopperPearsonUpper(2.5, 200));
    expect(clopperPearsonUpper(3, 200)).toBeLessThan(clopperPearsonUpper(3, 150.5));
    expect(clopperPearsonUpper(3, 200, 0.99)).toBeGreaterThan(clopperPearsonUpper(3, 200, 0.95));
  });
});

describe('binomialPValue', () => {
  it('equals the exact binomial CDF P(X ≤ errors) for small integer n', () => {
    for (const n of [1, 5, 20, 60]) {
      for (let k = 0; k < n; k += 1) {
        for (const alpha of [0.02, 0.1, 0.5]) {
          expect(binomialPValue(k, n, alpha)).toBeCloseTo(binomialCdf(k, n, alpha), 11);
        }
      }
    }
  });

  it('is 1 without evidence', () => {
    expect(binomialPValue(0, 0, 0.02)).toBe(1);
    expect(binomialPValue(4, 4, 0.02)).toBe(1);
  });

  it('rejects H0 exactly when the Clopper–Pearson bound at 1 − δ is at or below alpha', () => {
    const delta = 0.05;
    let rejections = 0;
    for (const n of [50, 148, 149, 300, 1000.7]) {
      for (const errors of [0, 0.5, 1, 2, 5, 12.3]) {
        for (const alpha of [0.01, 0.02, 0.05]) {
          const rejects = binomialPValue(errors, n, alpha) <= delta;
          expect(rejects).toBe(clopperPearsonUpper(errors, n, 1 - delta) <= alpha);
          if (rejects) rejections += 1;
        }
      }
    }
    // Both outcomes occur, so the equivalence is exercised in both directions.
    expect(rejections).toBeGreaterThan(10);
    expect(rejections).toBeLessThan(90);
  });

  it('grows with errors and shrinks with n', () => {
    expect(binomialPValue(3, 400, 0.02)).toBeGreaterThan(binomialPValue(2, 400, 0.02));
    expect(binomialPValue(3, 400, 0.02)).toBeLessThan(binomialPValue(3, 300, 0.02));
  });
});

describe('effectiveCounts', () => {
  it('gives exactly the raw counts when all weights are equal', () => {
    const obs = Array.from({ length: 37 }, (_, i) => ({ correct: i % 6 !== 0, weight: 1 / 0.07 }));
    expect(effectiveCounts(obs)).toEqual({ n: 37, nEff: 37, errors: 7, errorRate: 7 / 37 });
  });

  it('weights errors by inverse propensity and shrinks the effective sample size', () => {
    const obs = [
      ...Array.from({ length: 180 }, () => ({ correct: true, weight: 1 })),
      { correct: false, weight: 20 },
    ];
    const counts = effectiveCounts(obs);
    expect(counts.n).toBe(181);
    expect(counts.errorRate).toBeCloseTo(20 / 200, 14);
    expect(counts.nEff).toBeCloseTo(200 ** 2 / (180 + 400), 12);
    expect(counts.errors).toBeCloseTo(counts.errorRate * counts.nEff, 12);
  });

  it('is empty for no observations and rejects non-positive weights', () => {
    expect(effectiveCounts([])).toEqual({ n: 0, nEff: 0, errors: 0, errorRate: 0 });
    expect(() => effectiveCounts([{ correct: true, weight: 0 }])).toThrow(RangeError);
  });
});

describe('binomial input checks', () => {
  it('rejects negative errors and a confidence outside (0, 1)', () => {
    expect(() => clopperPearsonUpper(-1, 10)).toThrow(RangeError);
    expect(() => binomialPValue(-1, 10, 0.02)).toThrow(RangeError);
    for (const confidence of [0, 1, -0.5, 1.5]) {
      expect(() => clopperPearsonUpper(0, 10, confidence)).toThrow(RangeError);
    }
    expect(clopperPearsonUpper(0, 10, 1e-9)).toBeGreaterThan(0);
  });

  it('accepts alpha at both ends of [0, 1] and rejects it outside', () => {
    expect(binomialPValue(0, 10, 0)).toBe(1);
    expect(binomialPValue(0, 10, 1)).toBe(0);
    expect(() => binomialPValue(0, 10, -0.01)).toThrow(RangeError);
    expect(() => binomialPValue(0, 10, 1.01)).toThrow(RangeError);
  });

  it('bounds nothing when the sample size is not a number', () => {
    expect(clopperPearsonUpper(0, Number.NaN)).toBe(1);
    expect(binomialPValue(0, Number.NaN, 0.02)).toBe(1);
  });
});
