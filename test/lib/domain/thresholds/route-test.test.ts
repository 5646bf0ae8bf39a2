import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID } from '../../../../lib/domain/thresholds/learn-then-test.js';
import type { Label } from '../../../../lib/domain/thresholds/route-test.js';
import {
  countsAbove,
  minLabelsToCertify,
  ROUTE_GRID,
  testRouteThresholds,
} from '../../../../lib/domain/thresholds/route-test.js';

/** The route level: one route's thresholds in fixed sequence, on its own labels, against its cap. */

const at = (score: number, n: number, errors = 0): Label[] =>
  Array.from({ length: n }, (_, i) => ({ score, correct: i >= errors }));

const options = { cap: 0.05, delta: 0.05, minOwnLabels: 30 };

describe('countsAbove', () => {
  it('counts labels and errors at or above each threshold without reordering its input', () => {
    const labels = [...at(0.6, 2, 1), ...at(0.9, 3, 1), ...at(0.95, 1)];
    const before = [...labels];
    expect(countsAbove(labels, [0.95, 0.9, 0.6, 0.5])).toEqual([
      { n: 1, errors: 0 },
      { n: 4, errors: 1 },
      { n: 6, errors: 2 },
      { n: 6, errors: 2 },
    ]);
    expect(labels).toEqual(before);
  });
});

describe('minLabelsToCertify', () => {
  it('is the clean labels the Clopper–Pearson bound needs to reach the cap, or the minimum when larger', () => {
    expect(minLabelsToCertify(options)).toBe(59);
    expect(minLabelsToCertify({ ...options, cap: 0.02 })).toBe(149);
    expect(minLabelsToCertify({ ...options, cap: 0.2, minOwnLabels: 30 })).toBe(30);
  });
});

describe('testRouteThresholds', () => {
  it('tests the grid from the top down whatever order it is given in', () => {
    const result = testRouteThresholds(at(0.97, 200), { ...options, grid: [0.9, 0.99, 0.95] });
    expect(result.tests.map((t) => t.threshold)).toEqual([0.99, 0.95, 0.9]);
    expect(result.threshold).toBe(0.9);
  });

  it('certifies 59 clean labels at a 5% cap and not 58', () => {
    expect(testRouteThresholds(at(0.95, 59), { ...options, grid: [0.95] }).threshold).toBe(0.95);
    expect(testRouteThresholds(at(0.95, 58), { ...options, grid: [0.95] }).threshold).toBeUndefined();
  });

  it('never certifies on fewer own labels than the minimum, however clean', () => {
    const loose = { ...options, cap: 0.2, minOwnLabels: 40 };
    expect(testRouteThresholds(at(0.95, 39), { ...loose, grid: [0.95] }).threshold).toBeUndefined();
    expect(testRouteThresholds(at(0.95, 40), { ...loose, grid: [0.95] }).threshold).toBe(0.95);
  });

  it('skips thresholds it could not certify with no error, and records them uncertified', () => {
    const result = testRouteThresholds(at(0.9, 200), { ...options, grid: [0.99, 0.9] });
    expect(result.tests[0]).toMatchObject({ threshold: 0.99, n: 0, upperBound: 1, certified: false });
    expect(result.tests[1]).toMatchObject({ threshold: 0.9, n: 200, certified: true });
  });

  it('ends the sequence at the first test that fails, and reports the lowest certified threshold', () => {
    const labels = [...at(0.99, 200), ...at(0.9, 50, 25), ...at(0.8, 500)];
    const result = testRouteThresholds(labels, { ...options, grid: [0.99, 0.95, 0.9, 0.8] });
    expect(result.tests.map((t) => [t.threshold, t.certified])).toEqual([
      [0.99, true],
      [0.95, true],
      [0.9, false],
    ]);
    expect(result.threshold).toBe(0.95);
    expect(result.tests[2]?.errorRate).toBeCloseTo(25 / 250, 12);
  });

  it('certifies a route erring 3% on 500 labels under a 5% cap, and not one erring 6%', () => {
    expect(testRouteThresholds(at(0.95, 500, 15), { ...options, grid: [0.95] }).threshold).toBe(0.95);
    expect(testRouteThresholds(at(0.95, 500, 30), { ...options, grid: [0.95] }).threshold).toBeUndefined();
  });

  it('prices a certified threshold at its Jeffreys estimate', () => {
    const [test] = testRouteThresholds(at(0.95, 199, 1), { ...options, grid: [0.95] }).tests;
    expect(test?.estimate).toBeCloseTo(1.5 / 200, 12);
  });
});

describe('ROUTE_GRID', () => {
  it('tests thousandths from 0.999 to 0.991, then the 0.005 steps from 0.99 down', () => {
    expect(ROUTE_GRID.slice(0, 9)).toEqual([0.999, 0.998, 0.997, 0.996, 0.995, 0.994, 0.993, 0.992, 0.991]);
    expect(ROUTE_GRID.slice(9)).toEqual(DEFAULT_GRID);
  });

  it('certifies a route whose confident labels crowd above 0.99, where a sequence from 0.99 fails', () => {
    // 80 clean labels at 0.996 and five wrong ones at 0.992: from 0.99 the first test sees 5 errors
    // in 85 and fails; from 0.999 down, 0.996 to 0.993 pass before the errors are reached.
    const labels = [...at(0.996, 80), ...at(0.992, 5, 5)];
    expect(testRouteThresholds(labels, { ...options, grid: DEFAULT_GRID }).threshold).toBeUndefined();
    const result = testRouteThresholds(labels, options);
    expect(result.threshold).toBe(0.993);
    expect(result.tests.find((t) => t.threshold === 0.992)).toMatchObject({ errors: 5, certified: false });
  });
});
