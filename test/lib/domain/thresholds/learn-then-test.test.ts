import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../../lib/domain/thresholds/learn-then-test.js';
import { DEFAULT_GRID, learnThenTest } from '../../../../lib/domain/thresholds/learn-then-test.js';

const many = (count: number, score: number, correct: boolean, weight = 1): Observation[] =>
  Array.from({ length: count }, () => ({ score, correct, weight }));

const OPTIONS = { targetError: 0.02, delta: 0.05, minSamples: 30 };

describe('learnThenTest', () => {
  it('certifies nothing without labelled evidence, reporting every threshold as untestable', () => {
    const result = learnThenTest([], OPTIONS);
    expect(result.threshold).toBeUndefined();
    expect(result.certified).toEqual([]);
    expect(result.tests).toHaveLength(DEFAULT_GRID.length);
    expect(result.tests[0]).toMatchObject({
      threshold: 0.99,
      n: 0,
      upperBound: 1,
      pValue: 1,
      certified: false,
    });
  });

  it('skips thresholds above all the labels instead of ending the sequence there', () => {
    const clean = Array.from({ length: 300 }, () => ({ score: 0.9, correct: true, weight: 1 }));
    const result = learnThenTest(clean, OPTIONS);
    expect(result.certified[0]?.threshold).toBe(0.9);
    expect(result.threshold).toBe(0.5);
    expect(result.tests.filter((t) => t.threshold > 0.9).every((t) => t.n === 0 && !t.certified)).toBe(true);
  });

  it('refuses a threshold whose effective sample is below minSamples even if the bound passes', () => {
    const obs = many(100, 0.995, true);
    const options = { targetError: 0.05, delta: 0.05, grid: [0.99] };
    expect(learnThenTest(obs, { ...options, minSamples: 100 }).threshold).toBe(0.99);
    const strict = learnThenTest(obs, { ...options, minSamples: 101 });
    expect(strict.threshold).toBeUndefined();
    expect(strict.tests[0]?.pValue).toBeLessThanOrEqual(0.05);
  });

  it('stops at the first failure: a lower threshold that would pass alone is not certified', () => {
    const obs = [...many(300, 0.995, true), ...many(20, 0.985, false), ...many(5000, 0.975, true)];
    const grid = [0.97, 0.99, 0.98]; // deliberately unordered: tested highest first regardless
    const result = learnThenTest(obs, { ...OPTIONS, grid });
    expect(result.tests.map((t) => [t.threshold, t.certified])).toEqual([
      [0.99, true],
      [0.98, false],
    ]);
    expect(result.threshold).toBe(0.99);
    expect(result.certified.map((t) => t.threshold)).toEqual([0.99]);
    // The failing test's statistics are reported too.
    expect(result.tests[1]).toMatchObject({ n: 320, nEff: 320, errors: 20, errorRate: 20 / 320 });
    expect(result.tests[1]?.upperBound).toBeGreaterThan(0.02);
    // On its own, 0.97 (20 errors in 5320) passes; fixed-sequence testing must not reach it.
    expect(learnThenTest(obs, { ...OPTIONS, grid: [0.97] }).threshold).toBe(0.97);
  });

  it('certifies down the grid while the evidence holds and returns the lowest certified threshold', () => {
    const obs = [...many(400, 0.995, true), ...many(400, 0.975, true), ...many(60, 0.972, false)];
    const result = learnThenTest(obs, OPTIONS);
    expect(result.threshold).toBe(0.975);
    expect(result.certified.map((t) => t.threshold)).toEqual([0.99, 0.985, 0.98, 0.975]);
    expect(result.tests.at(-1)).toMatchObject({ threshold: 0.97, certified: false });
  });

  it('counts an error with weight 20 as twenty errors in the weighted error rate', () => {
    const unweighted = learnThenTest([...many(300, 0.995, true), ...many(1, 0.995, false, 1)], OPTIONS);
    expect(unweighted.tests[0]?.errorRate).toBeCloseTo(1 / 301, 14);
    expect(unweighted.threshold).toBeDefined();

    const weighted = learnThenTest([...many(300, 0.995, true), ...many(1, 0.995, false, 20)], OPTIONS);
    const first = weighted.tests[0]!;
    expect(first.n).toBe(301);
    expect(first.errorRate).toBeCloseTo(20 / 320, 14);
    expect(first.nEff).toBeCloseTo(320 ** 2 / (300 + 400), 10);
    expect(first.errors).toBeCloseTo((20 / 320) * first.nEff, 10);
    expect(weighted.threshold).toBeUndefined();
  });

  it('ignores observations without a score instead of letting them break the sweep', () => {
    const obs = [...many(200, 0.995, true), ...many(5, Number.NaN, false), ...many(200, 0.985, true)];
    const result = learnThenTest(obs, { ...OPTIONS, grid: [0.99, 0.98] });
    expect(result.tests.map((t) => t.n)).toEqual([200, 400]);
    expect(result.threshold).toBe(0.98);
  });

  it('rejects nonsensical options', () => {
    expect(() => learnThenTest([], { ...OPTIONS, targetError: 0 })).toThrow(RangeError);
    expect(() => learnThenTest([], { ...OPTIONS, delta: 1 })).toThrow(RangeError);
  });
});

describe('DEFAULT_GRID', () => {
  it('runs from 0.99 down to 0.50 in steps of 0.005', () => {
    expect(DEFAULT_GRID[0]).toBe(0.99);
    expect(DEFAULT_GRID.at(-1)).toBe(0.5);
    expect(DEFAULT_GRID).toHaveLength(99);
    expect(DEFAULT_GRID).toContain(0.955);
    for (let i = 1; i < DEFAULT_GRID.length; i += 1) {
      expect(DEFAULT_GRID[i - 1]! - DEFAULT_GRID[i]!).toBeCloseTo(0.005, 12);
    }
  });
});

describe('learnThenTest options', () => {
  // An empty grid runs no test, so only the option checks themselves can reject these.
  const none = { ...OPTIONS, grid: [] };

  it('rejects each option out of range even when there is nothing to test', () => {
    for (const bad of [
      { targetError: 1 },
      { targetError: 0 },
      { delta: 0 },
      { delta: 1 },
      { delta: -0.1 },
      { minSamples: -1 },
    ]) {
      expect(() => learnThenTest([], { ...none, ...bad })).toThrow(RangeError);
    }
    expect(learnThenTest([], { ...none, minSamples: 0 }).tests).toEqual([]);
  });

  it('certifies a threshold whose p-value equals delta exactly', () => {
    const obs = many(1, 0.995, true);
    const pValue = learnThenTest(obs, { targetError: 0.5, delta: 0.5, minSamples: 0, grid: [0.99] }).tests[0]!
      .pValue;
    const atDelta = learnThenTest(obs, { targetError: 0.5, delta: pValue, minSamples: 0, grid: [0.99] });
    expect(atDelta.tests[0]).toMatchObject({ pValue, certified: true });
  });
});
