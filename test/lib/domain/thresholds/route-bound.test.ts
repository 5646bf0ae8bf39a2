import { describe, expect, it } from 'vitest';
import {
  cleanLabelsToCertify,
  estimateError,
  routeUpperBound,
} from '../../../../lib/domain/thresholds/route-bound.js';

/** One route's bound and estimate, from its own labels alone. */

describe('routeUpperBound', () => {
  it('is the exact Clopper–Pearson bound: 1 − δ^(1/n) with no error', () => {
    expect(routeUpperBound({ n: 100, errors: 0 }, 0.05)).toBeCloseTo(1 - 0.05 ** (1 / 100), 9);
    expect(routeUpperBound({ n: 59, errors: 0 }, 0.05)).toBeLessThanOrEqual(0.05);
    expect(routeUpperBound({ n: 58, errors: 0 }, 0.05)).toBeGreaterThan(0.05);
  });

  it('says nothing (1) with no labels or every label wrong, and rises with each error', () => {
    expect(routeUpperBound({ n: 0, errors: 0 }, 0.05)).toBe(1);
    expect(routeUpperBound({ n: 5, errors: 5 }, 0.05)).toBe(1);
    const bounds = [0, 1, 2, 3].map((errors) => routeUpperBound({ n: 60, errors }, 0.05));
    expect([...bounds].sort((a, b) => a - b)).toEqual(bounds);
    expect(new Set(bounds).size).toBe(4);
  });
});

describe('estimateError', () => {
  it('is the Jeffreys estimate (e + ½) / (n + 1), and 1 with no labels', () => {
    expect(estimateError({ n: 99, errors: 0 })).toBeCloseTo(0.5 / 100, 12);
    expect(estimateError({ n: 99, errors: 4 })).toBeCloseTo(4.5 / 100, 12);
    expect(estimateError({ n: 0, errors: 0 })).toBe(1);
  });
});

describe('cleanLabelsToCertify', () => {
  it('is the fewest clean labels whose bound reaches the cap', () => {
    expect(cleanLabelsToCertify(0.05, 0.05)).toBe(59);
    expect(cleanLabelsToCertify(0.02, 0.05)).toBe(149);
    expect(routeUpperBound({ n: cleanLabelsToCertify(0.03, 0.1), errors: 0 }, 0.1)).toBeLessThanOrEqual(0.03);
    expect(routeUpperBound({ n: cleanLabelsToCertify(0.03, 0.1) - 1, errors: 0 }, 0.1)).toBeGreaterThan(0.03);
  });
});
