import { describe, expect, it } from 'vitest';
import {
  estimateError,
  fitPrior,
  NO_PRIOR,
  routeUpperBound,
} from '../../lib/domain/thresholds/route-bound.js';

/**
 * The per-route bound's two parts: the pool's method-of-moments prior, and the bound on the
 * route's own labels. Expected values were worked out by hand from the formulas in route-bound.ts.
 */

describe('fitPrior', () => {
  it('lends at most the cap when the pool looks perfectly alike', () => {
    // Two routes at 1% and 3%: their spread is less than binomial noise alone, so the floor holds.
    const prior = fitPrior(
      [
        { n: 100, errors: 1 },
        { n: 100, errors: 3 },
      ],
      1000,
    );
    expect(prior.alpha).toBeCloseTo(22.388059701, 6);
    expect(prior.beta).toBeCloseTo(977.611940298, 6);
    expect(prior.alpha + prior.beta).toBeCloseTo(1000, 9);
  });

  it('lends little when the pool’s routes differ more than noise explains', () => {
    const prior = fitPrior(
      [
        { n: 100, errors: 0 },
        { n: 100, errors: 20 },
      ],
      1000,
    );
    expect(prior.alpha).toBeCloseTo(0.925847876, 6);
    expect(prior.beta).toBeCloseTo(8.15197764, 6);
  });

  it('weighs each route by its labels', () => {
    const prior = fitPrior(
      [
        { n: 100, errors: 0 },
        { n: 200, errors: 20 },
        { n: 50, errors: 1 },
      ],
      1000,
    );
    expect(prior.alpha).toBeCloseTo(2.035117928, 6);
    expect(prior.beta).toBeCloseTo(31.189365448, 6);
  });

  it('needs two routes with at least ten labels each, and a positive cap', () => {
    const ten = { n: 10, errors: 0 };
    expect(fitPrior([ten, ten], 200)).not.toEqual(NO_PRIOR);
    expect(fitPrior([{ n: 9, errors: 0 }, ten, { n: 9, errors: 0 }], 200)).toEqual(NO_PRIOR);
    expect(fitPrior([ten], 200)).toEqual(NO_PRIOR);
    expect(fitPrior([], 200)).toEqual(NO_PRIOR);
    expect(fitPrior([ten, ten], 0)).toEqual(NO_PRIOR);
  });

  it('ignores a route with too few labels rather than letting it shape the prior', () => {
    const pool = [
      { n: 100, errors: 1 },
      { n: 100, errors: 3 },
    ];
    expect(fitPrior([...pool, { n: 9, errors: 9 }], 1000)).toEqual(fitPrior(pool, 1000));
  });
});

describe('routeUpperBound', () => {
  it('is the exact Clopper–Pearson bound with no prior', () => {
    // With no error, Beta(1, n) has the closed-form quantile 1 − δ^(1/n).
    expect(routeUpperBound({ n: 100, errors: 0 }, NO_PRIOR, 0.05)).toBeCloseTo(1 - 0.05 ** (1 / 100), 9);
    expect(routeUpperBound({ n: 149, errors: 0 }, NO_PRIOR, 0.05)).toBeLessThanOrEqual(0.02);
    expect(routeUpperBound({ n: 148, errors: 0 }, NO_PRIOR, 0.05)).toBeGreaterThan(0.02);
  });

  it('is the posterior quantile with a prior worth at least twenty labels', () => {
    // Beta(1 + 0, 199 + 60) has the quantile 1 − δ^(1/259).
    expect(routeUpperBound({ n: 60, errors: 0 }, { alpha: 1, beta: 199 }, 0.05)).toBeCloseTo(
      1 - 0.05 ** (1 / 259),
      9,
    );
    // Exactly twenty labels' worth is enough: Beta(1, 19 + 60).
    expect(routeUpperBound({ n: 60, errors: 0 }, { alpha: 1, beta: 19 }, 0.05)).toBeCloseTo(
      1 - 0.05 ** (1 / 79),
      9,
    );
  });

  it('falls back to Clopper–Pearson when the prior is worth fewer than twenty labels', () => {
    const own = { n: 100, errors: 0 };
    expect(routeUpperBound(own, { alpha: 0.1, beta: 19.8 }, 0.05)).toBeCloseTo(1 - 0.05 ** (1 / 100), 9);
  });

  it('bounds nothing without labels or when every label is wrong', () => {
    const prior = { alpha: 1, beta: 199 };
    expect(routeUpperBound({ n: 0, errors: 0 }, prior, 0.05)).toBe(1);
    expect(routeUpperBound({ n: 5, errors: 5 }, prior, 0.05)).toBe(1);
    expect(routeUpperBound({ n: 5, errors: 5 }, NO_PRIOR, 0.05)).toBe(1);
    expect(routeUpperBound({ n: 5, errors: 4 }, NO_PRIOR, 0.05)).toBeLessThan(1);
  });

  it('rises with the route’s own errors, whatever the prior', () => {
    const prior = { alpha: 1, beta: 199 };
    const bounds = [0, 1, 2, 3].map((errors) => routeUpperBound({ n: 60, errors }, prior, 0.05));
    expect([...bounds].sort((a, b) => a - b)).toEqual(bounds);
    expect(new Set(bounds).size).toBe(4);
  });
});

/** P(X ≤ errors) for X ~ Binomial(n, p), summed directly: an independent check of a bound. */
const binomialCdf = (errors: number, n: number, p: number) => {
  let term = (1 - p) ** n;
  let sum = term;
  for (let k = 1; k <= errors; k += 1) {
    term *= ((n - k + 1) / k) * (p / (1 - p));
    sum += term;
  }
  return sum;
};

describe('routeUpperBound with errors', () => {
  it('puts the Clopper–Pearson bound where seeing that few errors has probability δ', () => {
    for (const [n, errors] of [
      [100, 2],
      [300, 5],
    ] as const) {
      const upper = routeUpperBound({ n, errors }, NO_PRIOR, 0.05);
      expect(binomialCdf(errors, n, upper)).toBeCloseTo(0.05, 6);
    }
  });
});

describe('estimateError', () => {
  it('is the posterior mean with a prior worth at least twenty labels', () => {
    // (α + e) / (α + β + n) = (2 + 1) / (200 + 100).
    expect(estimateError({ n: 100, errors: 1 }, { alpha: 2, beta: 198 })).toBeCloseTo(3 / 300, 12);
    // A clean route is pulled toward its pool, not taken at zero.
    expect(estimateError({ n: 100, errors: 0 }, { alpha: 2, beta: 198 })).toBeCloseTo(2 / 300, 12);
  });

  it('takes a prior worth exactly twenty labels as a prior', () => {
    expect(estimateError({ n: 100, errors: 1 }, { alpha: 1, beta: 19 })).toBeCloseTo(2 / 120, 12);
  });

  it('is the Jeffreys estimate without a prior worth twenty labels', () => {
    expect(estimateError({ n: 99, errors: 0 }, NO_PRIOR)).toBeCloseTo(0.5 / 100, 12);
    expect(estimateError({ n: 99, errors: 4 }, { alpha: 0.1, beta: 19.8 })).toBeCloseTo(4.5 / 100, 12);
  });

  it('sits under the bound, which alone decides certification, and rises with the errors', () => {
    const prior = { alpha: 1, beta: 199 };
    for (const errors of [0, 1, 3]) {
      const own = { n: 80, errors };
      expect(estimateError(own, prior)).toBeLessThan(routeUpperBound(own, prior, 0.05));
      expect(estimateError(own, NO_PRIOR)).toBeLessThan(routeUpperBound(own, NO_PRIOR, 0.05));
    }
    expect(estimateError({ n: 80, errors: 2 }, prior)).toBeGreaterThan(
      estimateError({ n: 80, errors: 1 }, prior),
    );
  });

  it('claims nothing without labels', () => {
    expect(estimateError({ n: 0, errors: 0 }, { alpha: 1, beta: 199 })).toBe(1);
  });
});
