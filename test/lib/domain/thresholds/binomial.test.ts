import fc from 'fast-check';
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

/**
 * Properties over random counts. Weighted labels give real-valued counts (Kish), so n and errors are
 * real; the exact binomial identities take integers. A few hundred runs keep the file fast.
 */
const RUNS = { numRuns: 200 };
const labels = fc.double({ min: 0.5, max: 5000, noNaN: true });
const share = fc.double({ min: 0, max: 1, noNaN: true });
const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const alpha = fc.double({ min: 0.001, max: 0.999, noNaN: true });
/** Some leeway for the float round-off of two nearby quantiles. */
const EPS = 1e-12;

describe('clopperPearsonUpper, as properties', () => {
  it('stays in [0, 1], and under 1 while a share of the labels is right', () => {
    fc.assert(
      fc.property(labels, share, confidence, (n, r, c) => {
        const bound = clopperPearsonUpper(r * n, n, c);
        expect(bound).toBeGreaterThan(0);
        expect(bound).toBeLessThanOrEqual(1);
        // Within a few ulps of all-wrong, Beta(e + 1, n − e) has its quantile at 1 in a double.
        if (r < 0.999) expect(bound).toBeLessThan(1);
      }),
      RUNS,
    );
  });

  it('never falls below the observed error rate', () => {
    fc.assert(
      fc.property(labels, share, confidence, (n, r, c) => {
        expect(clopperPearsonUpper(r * n, n, c)).toBeGreaterThanOrEqual(r - EPS);
      }),
      RUNS,
    );
  });

  it('grows with errors for a fixed number of labels', () => {
    fc.assert(
      fc.property(labels, share, share, confidence, (n, u, v, c) => {
        const [few, many] = u <= v ? [u * n, v * n] : [v * n, u * n];
        expect(clopperPearsonUpper(few, n, c)).toBeLessThanOrEqual(clopperPearsonUpper(many, n, c) + EPS);
      }),
      RUNS,
    );
  });

  it('shrinks as labels are added without errors', () => {
    fc.assert(
      fc.property(
        labels,
        share,
        fc.double({ min: 0, max: 5000, noNaN: true }),
        confidence,
        (n, r, more, c) => {
          const errors = r * n;
          expect(clopperPearsonUpper(errors, n + more, c)).toBeLessThanOrEqual(
            clopperPearsonUpper(errors, n, c) + EPS,
          );
        },
      ),
      RUNS,
    );
  });

  it('shrinks as a sample grows at the same error rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 2, max: 10 }),
        confidence,
        (n, e, k, c) => {
          const errors = Math.min(e, n);
          expect(clopperPearsonUpper(k * errors, k * n, c)).toBeLessThanOrEqual(
            clopperPearsonUpper(errors, n, c) + EPS,
          );
        },
      ),
      RUNS,
    );
  });

  it('grows with the confidence asked for', () => {
    fc.assert(
      fc.property(labels, share, confidence, confidence, (n, r, u, v) => {
        const [low, high] = u <= v ? [u, v] : [v, u];
        expect(clopperPearsonUpper(r * n, n, low)).toBeLessThanOrEqual(
          clopperPearsonUpper(r * n, n, high) + EPS,
        );
      }),
      RUNS,
    );
  });

  it('is 1 − δ^(1/n) with no errors, for real n', () => {
    fc.assert(
      fc.property(labels, confidence, (n, c) => {
        const exact = -Math.expm1(Math.log(1 - c) / n);
        expect(Math.abs(clopperPearsonUpper(0, n, c) - exact)).toBeLessThanOrEqual(1e-10 * exact);
      }),
      RUNS,
    );
  });
});

describe('binomialPValue, as properties', () => {
  it('is the binomial CDF: the probabilities of 0..n errors sum to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), alpha, (n, p) => {
        // P(X ≤ n − 1) + P(X = n) = 1, and each step of the CDF is a probability.
        expect(binomialPValue(n - 1, n, p) + p ** n).toBeCloseTo(1, 10);
        let previous = 0;
        for (let k = 0; k < n; k += 1) {
          const cdf = binomialPValue(k, n, p);
          expect(cdf).toBeGreaterThanOrEqual(previous - EPS);
          previous = cdf;
        }
      }),
      { numRuns: 50 },
    );
  });

  it('satisfies P(X ≤ k | p) + P(X ≤ n − k − 1 | 1 − p) = 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), share, alpha, (n, r, p) => {
        const k = Math.min(n - 1, Math.floor(r * n));
        expect(binomialPValue(k, n, p) + binomialPValue(n - k - 1, n, 1 - p)).toBeCloseTo(1, 10);
      }),
      RUNS,
    );
  });

  it('is δ at the Clopper–Pearson bound of confidence 1 − δ: the test and the bound are one', () => {
    fc.assert(
      fc.property(labels, share, confidence, (n, r, c) => {
        fc.pre(r < 1);
        const bound = clopperPearsonUpper(r * n, n, c);
        const delta = 1 - c;
        if (Math.abs(binomialPValue(r * n, n, bound) - delta) <= 1e-8) return;
        // A bound near 1 with few labels sits where the p-value is steep in alpha; then δ must lie
        // between the p-values just either side of the bound (1e-10 relative).
        expect(binomialPValue(r * n, n, Math.min(1, bound * (1 + 1e-10)))).toBeLessThanOrEqual(delta);
        expect(binomialPValue(r * n, n, bound * (1 - 1e-10))).toBeGreaterThanOrEqual(delta);
      }),
      RUNS,
    );
  });

  it('stays in [0, 1], grows with errors and shrinks with the target error rate', () => {
    fc.assert(
      fc.property(labels, share, share, alpha, alpha, (n, u, v, a1, a2) => {
        const [few, many] = u <= v ? [u * n, v * n] : [v * n, u * n];
        const [low, high] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const p = binomialPValue(few, n, low);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(p).toBeLessThanOrEqual(binomialPValue(many, n, low) + EPS);
        expect(binomialPValue(few, n, high)).toBeLessThanOrEqual(p + EPS);
      }),
      RUNS,
    );
  });
});

describe('effectiveCounts, as properties', () => {
  const outcomes = fc.array(
    fc.record({ correct: fc.boolean(), weight: fc.double({ min: 0.01, max: 100, noNaN: true }) }),
    { minLength: 1, maxLength: 60 },
  );

  it('has 1 ≤ nEff ≤ n and errors ≤ nEff, with the weighted error rate in [0, 1]', () => {
    fc.assert(
      fc.property(outcomes, (sample) => {
        const { n, nEff, errors, errorRate } = effectiveCounts(sample);
        expect(n).toBe(sample.length);
        expect(nEff).toBeGreaterThanOrEqual(1 - EPS);
        expect(nEff).toBeLessThanOrEqual(n * (1 + EPS));
        expect(errorRate).toBeGreaterThanOrEqual(0);
        expect(errorRate).toBeLessThanOrEqual(1 + EPS);
        expect(errors).toBeLessThanOrEqual(nEff * (1 + EPS));
      }),
      RUNS,
    );
  });

  it('ignores the order of the sample and the scale of the weights', () => {
    fc.assert(
      fc.property(outcomes, fc.double({ min: 0.1, max: 10, noNaN: true }), (sample, scale) => {
        const base = effectiveCounts(sample);
        const other = effectiveCounts(sample.map((o) => ({ ...o, weight: o.weight * scale })).reverse());
        expect(other.nEff).toBeCloseTo(base.nEff, 9);
        expect(other.errorRate).toBeCloseTo(base.errorRate, 12);
      }),
      RUNS,
    );
  });

  it('gives the raw counts exactly when the weights are equal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (correct, weight) => {
          const wrong = correct.filter((c) => !c).length;
          expect(effectiveCounts(correct.map((c) => ({ correct: c, weight })))).toEqual({
            n: correct.length,
            nEff: correct.length,
            errors: wrong,
            errorRate: wrong / correct.length,
          });
        },
      ),
      RUNS,
    );
  });
});
