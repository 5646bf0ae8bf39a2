import { describe, expect, it } from 'vitest';
import { coverageAt, expectedCostPerTicket } from '../../../../lib/domain/thresholds/choose-threshold.js';
import type { ThresholdTest } from '../../../../lib/domain/thresholds/learn-then-test.js';

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

describe('expectedCostPerTicket', () => {
  it('charges the model always, humans on uncovered tickets and the estimated error on covered ones', () => {
    const cost = { llmCostPerTicket: 0.01, humanCostPerTicket: 4, wrongAutoCost: 50 };
    expect(expectedCostPerTicket(test(0.9, 0.012, 0.0199), 0.3, cost)).toBeCloseTo(
      0.01 + 0.7 * 4 + 0.3 * 0.012 * 50,
      12,
    );
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
