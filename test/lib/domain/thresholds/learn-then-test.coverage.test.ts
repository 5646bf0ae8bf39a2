import { describe, expect, it } from 'vitest';
import type { Random } from '../../../../lib/domain/scorer/prng.js';
import { mulberry32 } from '../../../../lib/domain/scorer/prng.js';
import { addOutcome, countsFromSums, emptySums } from '../../../../lib/domain/thresholds/binomial.js';
import type { Observation } from '../../../../lib/domain/thresholds/learn-then-test.js';
import { DEFAULT_GRID, learnThenTest } from '../../../../lib/domain/thresholds/learn-then-test.js';

/**
 * A calibrated classifier, P(correct | score s) = s, with s = 1 − C·u^K for u ~ U(0, 1). The error
 * 1 − s = C·u^K, and s ≥ t ⇔ u ≤ u_t = ((1 − t)/C)^(1/K), so the true error among tickets with
 * score ≥ t is E[C·u^K | u ≤ u_t] = C·u_t^K / (K + 1) = (1 − t)/(K + 1) for t ≥ 1 − C. With K = 3,
 * C = 0.5 the 2% target sits at t = 0.92 and about half of all tickets score above it.
 */
const K = 3;
const C = 0.5;
const trueErrorAbove = (t: number): number => Math.min(1 - t, C) / (K + 1);

const drawTicket = (random: Random, weight = 1): Observation => {
  const u = random();
  const score = 1 - C * u * u * u; // u^K, multiplied out: Math.pow dominated the simulation's runtime
  return { score, correct: random() < score, weight };
};

const SEEDS = 200;
const ALPHA = 0.02;
const DELTA = 0.05;
const OPTIONS = { targetError: ALPHA, delta: DELTA, minSamples: 30 };

/** The rule LTT replaces: the lowest threshold whose point-estimate error is at most α. */
const naiveThreshold = (observations: readonly Observation[]): number | undefined => {
  const sorted = [...observations].sort((a, b) => b.score - a.score);
  let chosen: number | undefined;
  const sums = emptySums();
  let above = 0;
  for (const t of DEFAULT_GRID) {
    while (above < sorted.length && sorted[above]!.score >= t) {
      addOutcome(sums, sorted[above]!);
      above += 1;
    }
    const counts = countsFromSums(sums);
    if (counts.nEff >= OPTIONS.minSamples && counts.errorRate <= ALPHA) chosen = t;
  }
  return chosen;
};

const violationShare = (thresholds: readonly (number | undefined)[]): number =>
  thresholds.filter((t) => t !== undefined && trueErrorAbove(t) > ALPHA).length / thresholds.length;

describe('learnThenTest coverage over seeds', () => {
  it('keeps the true error above the chosen threshold within α in at least 1 − δ of 200 unweighted runs', () => {
    const chosen: (number | undefined)[] = [];
    const naive: (number | undefined)[] = [];
    for (let seed = 1; seed <= SEEDS; seed += 1) {
      const random = mulberry32(seed);
      const obs = Array.from({ length: 3000 }, () => drawTicket(random));
      chosen.push(learnThenTest(obs, OPTIONS).threshold);
      naive.push(naiveThreshold(obs));
    }
    const violations = violationShare(chosen);
    console.info(
      `LTT unweighted: ${(violations * 100).toFixed(1)}% of seeds violate α (naive rule: ${(violationShare(naive) * 100).toFixed(1)}%)`,
    );
    expect(violations).toBeLessThanOrEqual(0.08);
    // The check has teeth: the point-estimate rule on the same data breaks α far more often than δ.
    expect(violationShare(naive)).toBeGreaterThan(0.25);
    // And LTT is not vacuously safe: it certifies a useful threshold in almost every run.
    expect(chosen.filter((t) => t !== undefined && t <= 0.96).length).toBeGreaterThan(SEEDS * 0.8);
  });

  it('stays within α in at least 1 − δ of runs with inverse-propensity weights (Kish approximation)', () => {
    // Shadow-mode history labels every ticket (weight 1); live traffic labels every ticket below the
    // 0.9 production threshold but only a 5% exploration holdout above it (weight 20).
    const chosen: (number | undefined)[] = [];
    for (let seed = 1; seed <= SEEDS; seed += 1) {
      const random = mulberry32(10_000 + seed);
      const obs: Observation[] = [];
      for (let i = 0; i < 21_500; i += 1) {
        const ticket = drawTicket(random);
        if (i < 1500 || ticket.score < 0.9) obs.push(ticket);
        else if (random() < 0.05) obs.push({ ...ticket, weight: 1 / 0.05 });
      }
      chosen.push(learnThenTest(obs, OPTIONS).threshold);
    }
    const violations = violationShare(chosen);
    console.info(`LTT weighted (Kish): ${(violations * 100).toFixed(1)}% of seeds violate α`);
    expect(violations).toBeLessThanOrEqual(0.08);
    expect(chosen.filter((t) => t !== undefined).length).toBeGreaterThan(SEEDS * 0.8);
  });
});
