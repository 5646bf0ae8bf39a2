import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clopperPearsonUpper } from '../../../../lib/domain/thresholds/binomial.js';
import { cleanLabelsToCertify, routeUpperBound } from '../../../../lib/domain/thresholds/route-bound.js';

/**
 * Properties of a route's bound: exactly the Clopper–Pearson bound on the route's own labels,
 * with nothing borrowed from other routes. Kept apart from route-bound.test.ts, whose examples
 * pin the numbers.
 */

const RUNS = { numRuns: 200 };
/** Labels above a threshold, and the wrong ones among them (never more than the labels). */
const counts = fc
  .tuple(fc.integer({ min: 0, max: 3000 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([n, share]) => ({ n, errors: Math.floor(share * n) }));
const delta = fc.double({ min: 0.001, max: 0.5, noNaN: true });
/** Some leeway for the float round-off of two nearby quantiles. */
const EPS = 1e-12;

describe('routeUpperBound, as properties', () => {
  it('is the Clopper–Pearson bound at confidence 1 − δ', () => {
    fc.assert(
      fc.property(counts, delta, (own, d) => {
        expect(routeUpperBound(own, d)).toBe(clopperPearsonUpper(own.errors, own.n, 1 - d));
      }),
      RUNS,
    );
  });

  it('is 1 − δ^(1/n) when none of the n labels is wrong (to 1e-9, relative, up to 20,000 labels)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), delta, (n, d) => {
        const exact = -Math.expm1(Math.log(d) / n);
        expect(Math.abs(routeUpperBound({ n, errors: 0 }, d) - exact)).toBeLessThanOrEqual(1e-9 * exact);
      }),
      RUNS,
    );
  });

  it('lies in [errors / n, 1], and is 1 without labels or when every label is wrong', () => {
    fc.assert(
      fc.property(counts, delta, (own, d) => {
        const bound = routeUpperBound(own, d);
        expect(bound).toBeLessThanOrEqual(1);
        if (own.n === 0 || own.errors === own.n) expect(bound).toBe(1);
        else {
          expect(bound).toBeGreaterThanOrEqual(own.errors / own.n);
          expect(bound).toBeLessThan(1);
        }
      }),
      RUNS,
    );
  });

  it('grows with the errors among a fixed number of labels', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 50 }), delta, (own, more, d) => {
        const worse = { n: own.n, errors: Math.min(own.n, own.errors + more) };
        expect(routeUpperBound(own, d)).toBeLessThanOrEqual(routeUpperBound(worse, d) + EPS);
      }),
      RUNS,
    );
  });

  it('shrinks as correct labels are added, and as the sample grows at the same error rate', () => {
    fc.assert(
      fc.property(
        counts,
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 2, max: 10 }),
        delta,
        (own, more, k, d) => {
          const bound = routeUpperBound(own, d);
          expect(routeUpperBound({ n: own.n + more, errors: own.errors }, d)).toBeLessThanOrEqual(
            bound + EPS,
          );
          expect(routeUpperBound({ n: k * own.n, errors: k * own.errors }, d)).toBeLessThanOrEqual(
            bound + EPS,
          );
        },
      ),
      RUNS,
    );
  });

  it('grows as δ falls: more confidence, a higher bound', () => {
    fc.assert(
      fc.property(counts, delta, delta, (own, u, v) => {
        const [strict, loose] = u <= v ? [u, v] : [v, u];
        expect(routeUpperBound(own, loose)).toBeLessThanOrEqual(routeUpperBound(own, strict) + EPS);
      }),
      RUNS,
    );
  });
});

describe('cleanLabelsToCertify, as properties', () => {
  const cap = fc.double({ min: 0.001, max: 0.5, noNaN: true });
  /** Leeway where (1 − cap)^n lands on δ itself, and the two roads to the bound round apart. */
  const EDGE = 1e-9;

  it('is the fewest clean labels whose bound is at most the cap', () => {
    fc.assert(
      fc.property(cap, delta, (c, d) => {
        const n = cleanLabelsToCertify(c, d);
        expect(n).toBeGreaterThanOrEqual(1);
        expect(routeUpperBound({ n, errors: 0 }, d)).toBeLessThanOrEqual(c + EDGE);
        expect(routeUpperBound({ n: n - 1, errors: 0 }, d)).toBeGreaterThan(c - EDGE);
      }),
      RUNS,
    );
  });
});
