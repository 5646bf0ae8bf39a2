import { describe, expect, it } from 'vitest';
import type { ScoredLabel } from '../../../tools/simulate/evidence-bound.js';
import { capBoundCoverage, lowestCertifiable } from '../../../tools/simulate/evidence-bound.js';

const labels = (route: string, n: number, wrong: number, confidence: (i: number) => number): ScoredLabel[] =>
  Array.from({ length: n }, (_, i) => ({ route, correct: i >= wrong, confidence: confidence(i) }));

describe('lowestCertifiable', () => {
  it('certifies nothing below 59 clean labels for a 5% cap at 95%', () => {
    expect(
      lowestCertifiable(
        labels('a', 58, 0, () => 0.9),
        0.05,
        0.05,
      ),
    ).toBeUndefined();
    expect(
      lowestCertifiable(
        labels('a', 59, 0, () => 0.9),
        0.05,
        0.05,
      ),
    ).toBe(0.9);
  });

  it('stops where the errors that lower scores bring in break the bound', () => {
    // 100 clean labels at 0.99…0.9, then 50 below them whose first 10 (0.5, 0.499, …) are errors:
    // one error in 101 labels bounds the error at 4.6%, two in 102 at 6.0%, and it never recovers.
    const clean = labels('a', 100, 0, (i) => 0.99 - i * 0.0009);
    const noisy = labels('a', 50, 10, (i) => 0.5 - i * 0.001);
    expect(lowestCertifiable([...clean, ...noisy], 0.05, 0.05)).toBe(0.5);
    // With 60 clean labels, the first error already breaks it: the threshold stays above it.
    expect(lowestCertifiable([...clean.slice(0, 60), ...noisy], 0.05, 0.05)).toBe(clean[59]!.confidence);
  });

  it('never cuts between equal scores', () => {
    // 70 clean labels and 10 errors all at one score: taking any means taking all.
    const tied = [...labels('a', 70, 0, () => 0.8), ...labels('a', 10, 10, () => 0.8)];
    expect(lowestCertifiable(tied, 0.05, 0.05)).toBeUndefined();
  });
});

describe('capBoundCoverage', () => {
  it('counts only auto routes, each above its own threshold', () => {
    const history = [...labels('a', 60, 0, () => 0.95), ...labels('b', 60, 0, () => 0.95)];
    const stream = [
      ...labels('a', 10, 0, () => 0.95),
      ...labels('b', 10, 0, () => 0.95),
      ...labels('c', 20, 0, () => 0.99),
    ];
    expect(capBoundCoverage(history, stream, new Set(['a', 'c']), 0.05, 0.05)).toBeCloseTo(10 / 40);
  });

  it('is 0 on an empty stream', () => {
    expect(capBoundCoverage([], [], new Set(['a']), 0.05, 0.05)).toBe(0);
  });
});
