import { describe, expect, it } from 'vitest';
import type { ScoredOutcome } from '../../../tools/eval/risk-coverage.js';
import { aurc, coverageAtRisk, optimalAurc, riskCoverageCurve } from '../../../tools/eval/risk-coverage.js';

const scored = (confidence: number, right: boolean): ScoredOutcome => ({
  label: 'a',
  predicted: right ? 'a' : 'b',
  confidence,
});

/** Five tickets, most confident first: right, right, wrong, right, wrong (deliberately unsorted). */
const tiny = [
  scored(0.7, false),
  scored(0.9, true),
  scored(0.5, false),
  scored(0.8, true),
  scored(0.6, true),
];

describe('riskCoverageCurve', () => {
  it('returns the error rate among the k most confident tickets for every k', () => {
    const curve = riskCoverageCurve(tiny);
    expect(curve.map((p) => p.coverage)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(curve.map((p) => p.risk)).toEqual([0, 0, 1 / 3, 1 / 4, 2 / 5]);
    expect(curve.map((p) => p.threshold)).toEqual([0.9, 0.8, 0.7, 0.6, 0.5]);
  });

  it('never splits tickets of equal confidence, since no threshold can', () => {
    const curve = riskCoverageCurve([scored(0.9, true), scored(0.8, true), scored(0.8, false)]);
    expect(curve).toEqual([
      { threshold: 0.9, coverage: 1 / 3, risk: 0 },
      { threshold: 0.8, coverage: 1, risk: 1 / 3 },
    ]);
  });
});

describe('coverageAtRisk', () => {
  it('returns the largest coverage whose error rate stays within the risk', () => {
    expect(coverageAtRisk(tiny, 0.01)).toBe(0.4);
    expect(coverageAtRisk(tiny, 0.25)).toBe(0.8);
    expect(coverageAtRisk(tiny, 0.3)).toBe(0.8);
    expect(coverageAtRisk(tiny, 0.4)).toBe(1);
  });

  it('counts an error rate of exactly the risk as within it', () => {
    const hundred = [
      ...Array.from({ length: 99 }, (_, i) => scored(0.99 - i / 1000, true)),
      scored(0.5, false),
    ];
    expect(coverageAtRisk(hundred, 0.01)).toBe(1);
  });

  it('returns 0 when even the most confident ticket is wrong', () => {
    expect(coverageAtRisk([scored(0.99, false), scored(0.5, true)], 0.05)).toBe(0);
  });

  it('cannot take half of a tie to stay under the risk', () => {
    expect(coverageAtRisk([scored(0.9, true), scored(0.9, false)], 0.05)).toBe(0);
  });
});

describe('aurc', () => {
  it('averages the risk over every coverage step', () => {
    expect(aurc(tiny)).toBeCloseTo((0 + 0 + 1 / 3 + 1 / 4 + 2 / 5) / 5, 12);
  });

  it('is 0 for a model that is never wrong', () => {
    expect(aurc([scored(0.9, true), scored(0.4, true), scored(0.1, true)])).toBe(0);
  });

  it('equals the optimal AURC when every error is ranked below every right answer', () => {
    const perfect = [scored(0.9, true), scored(0.8, true), scored(0.7, true), scored(0.2, false)];
    // Risks at k = 1..4: 0, 0, 0, 1/4.
    expect(aurc(perfect)).toBeCloseTo(1 / 16, 12);
    expect(optimalAurc(4, 1)).toBeCloseTo(1 / 16, 12);
  });

  it('is worse for the same predictions ranked the wrong way round', () => {
    const inverted = [scored(0.2, true), scored(0.3, true), scored(0.4, true), scored(0.9, false)];
    // Risks at k = 1..4: 1, 1/2, 1/3, 1/4.
    expect(aurc(inverted)).toBeCloseTo((1 + 1 / 2 + 1 / 3 + 1 / 4) / 4, 12);
    expect(aurc(inverted)).toBeGreaterThan(optimalAurc(4, 1));
  });

  it('spreads the errors of a tie evenly over its positions', () => {
    // k = 1: half an error expected; k = 2: one error.
    expect(aurc([scored(0.9, true), scored(0.9, false)])).toBeCloseTo((0.5 + 0.5) / 2, 12);
  });
});
