import { describe, expect, it } from 'vitest';
import {
  chooseThreshold,
  coverageAt,
  expectedCostPerTicket,
} from '../../../../lib/domain/thresholds/choose-threshold.js';
import type { LttResult, ThresholdTest } from '../../../../lib/domain/thresholds/learn-then-test.js';

const test = (threshold: number, estimate: number, upperBound = 0.019): ThresholdTest => ({
  threshold,
  n: 500,
  nEff: 500,
  errors: 1,
  errorRate: 0.002,
  estimate,
  upperBound,
  pValue: 0.001,
  certified: true,
});

// Estimated errors grow as the threshold drops, as they do on real data.
const certified = [test(0.99, 0.004), test(0.95, 0.01), test(0.9, 0.019)];
const LTT: LttResult = { tests: certified, threshold: 0.9, certified };
// Scores 0.005, 0.015, …, 0.995: coverage(t) = share of the 100 scores ≥ t.
const POPULATION = Array.from({ length: 100 }, (_, i) => (i + 0.5) / 100);

describe('expectedCostPerTicket', () => {
  it('charges the model always, humans on uncovered tickets and the estimated error on covered ones', () => {
    const cost = { llmCostPerTicket: 0.01, humanCostPerTicket: 4, wrongAutoCost: 50 };
    expect(expectedCostPerTicket(test(0.9, 0.012, 0.0199), 0.3, cost)).toBeCloseTo(
      0.01 + 0.7 * 4 + 0.3 * 0.012 * 50,
      12,
    );
  });
});

describe('chooseThreshold', () => {
  it('picks the lowest certified threshold when wrong answers are cheap', () => {
    const choice = chooseThreshold(LTT, POPULATION, {
      llmCostPerTicket: 0.01,
      humanCostPerTicket: 4,
      wrongAutoCost: 20,
    });
    expect(choice?.threshold).toBe(0.9);
    expect(choice?.coverage).toBeCloseTo(0.1, 12);
    expect(choice?.test).toBe(certified[2]);
  });

  it('picks a higher threshold when a wrong auto-resolution is very expensive', () => {
    // At 0.95 the estimate (1%) makes a covered ticket cost 3.0 < 4; at 0.9 it costs 5.7 > 4.
    const choice = chooseThreshold(LTT, POPULATION, {
      llmCostPerTicket: 0.01,
      humanCostPerTicket: 4,
      wrongAutoCost: 300,
    });
    expect(choice?.threshold).toBe(0.95);
    expect(choice?.coverage).toBeCloseTo(0.05, 12);
  });

  it('picks the highest threshold when automating is never worth it', () => {
    const choice = chooseThreshold(LTT, POPULATION, {
      llmCostPerTicket: 0.01,
      humanCostPerTicket: 1,
      wrongAutoCost: 10_000,
    });
    expect(choice?.threshold).toBe(0.99);
  });

  it('estimates coverage on the population, not on the labelled sample', () => {
    const skewed = [...POPULATION, ...Array.from({ length: 100 }, () => 0.999)];
    const choice = chooseThreshold(LTT, skewed, {
      llmCostPerTicket: 0,
      humanCostPerTicket: 4,
      wrongAutoCost: 1,
    });
    expect(choice?.threshold).toBe(0.9);
    expect(choice?.coverage).toBeCloseTo(110 / 200, 12);
  });

  it('returns undefined when nothing is certified or there is no population', () => {
    const cost = { llmCostPerTicket: 0.01, humanCostPerTicket: 4, wrongAutoCost: 20 };
    expect(chooseThreshold({ tests: [], certified: [] }, POPULATION, cost)).toBeUndefined();
    expect(chooseThreshold(LTT, [], cost)).toBeUndefined();
  });
});

describe('coverageAt', () => {
  it('weights each score by the live tickets it stands for, in any order', () => {
    const population = [
      { score: 0.5, weight: 1 },
      { score: 0.97, weight: 3 },
      { score: 0.2, weight: 4 },
    ];
    expect(coverageAt(population, 0.9)).toBeCloseTo(3 / 8, 14);
    expect(coverageAt(population, 0.4)).toBeCloseTo(4 / 8, 14);
    expect(coverageAt([0.95, 0.1, 0.99, 0.3], 0.9)).toBeCloseTo(0.5, 14);
  });

  it('ignores unscored tickets and non-positive weights, and is 0 on an empty population', () => {
    const population = [
      0.95,
      0.5,
      { score: Number.NaN, weight: 5 },
      { score: 0.99, weight: 0 },
      { score: 0.99, weight: -2 },
    ];
    expect(coverageAt(population, 0.9)).toBeCloseTo(0.5, 14);
    expect(coverageAt([], 0.9)).toBe(0);
  });
});

describe('chooseThreshold prices errors at the estimate', () => {
  it('runs a certified threshold whose bound nears the target when its estimated error is low', () => {
    // At the break-even price (human / target = 200) a bound of 1.99% priced as the error would
    // make 0.9 cost 4 − 0.9·4·(1 − 0.995) ≈ 3.98, dearer than 0.97 at 3.4; its estimate says 0.6%.
    const tests = [test(0.97, 0.003, 0.008), test(0.9, 0.006, 0.0199)];
    const population = [
      ...Array.from({ length: 30 }, () => 0.98),
      ...Array.from({ length: 60 }, () => 0.93),
      ...Array.from({ length: 10 }, () => 0.5),
    ];
    const choice = chooseThreshold({ tests, threshold: 0.9, certified: tests }, population, {
      llmCostPerTicket: 0,
      humanCostPerTicket: 4,
      wrongAutoCost: 200,
    });
    expect(choice?.threshold).toBe(0.9);
    expect(choice?.costPerTicket).toBeCloseTo(0.1 * 4 + 0.9 * 0.006 * 200, 12);
  });
});

describe('chooseThreshold ties', () => {
  it('prefers the higher threshold when two cost the same, whatever order they are listed in', () => {
    const equal = [test(0.9, 0.01), test(0.95, 0.01)];
    const choice = chooseThreshold({ tests: equal, threshold: 0.9, certified: equal }, [0.99, 0.995], {
      llmCostPerTicket: 0.01,
      humanCostPerTicket: 4,
      wrongAutoCost: 20,
    });
    expect(choice?.threshold).toBe(0.95);
  });
});
