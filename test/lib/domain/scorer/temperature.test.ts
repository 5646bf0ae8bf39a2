import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../lib/domain/scorer/prng.js';
import { fitTemperature, meanNll } from '../../../../lib/domain/scorer/temperature.js';

/** Logits z with labels drawn from softmax(z / trueT): the fitted T should come back near trueT. */
const sample = (trueT: number, rows: number, seed: number) => {
  const random = mulberry32(seed);
  const logits: Float64Array[] = [];
  const truth: number[] = [];
  for (let r = 0; r < rows; r += 1) {
    const z = Float64Array.from({ length: 6 }, () => (random() - 0.5) * 12);
    const p = Array.from(z, (v) => Math.exp(v / trueT));
    const total = p.reduce((a, b) => a + b, 0);
    let u = random() * total;
    let label = 0;
    while (label < p.length - 1 && u > p[label]!) u -= p[label++]!;
    logits.push(z);
    truth.push(label);
  }
  return { logits, truth };
};

describe('fitTemperature', () => {
  it('recovers the temperature that generated the labels', () => {
    for (const trueT of [0.5, 2]) {
      const { logits, truth } = sample(trueT, 3000, 11);
      expect(fitTemperature(logits, truth)).toBeGreaterThan(trueT * 0.85);
      expect(fitTemperature(logits, truth)).toBeLessThan(trueT * 1.15);
    }
  });

  it('lowers held-out NLL compared with T = 1 when the model is miscalibrated', () => {
    const { logits, truth } = sample(3, 1000, 5);
    const t = fitTemperature(logits, truth);
    expect(meanNll(logits, truth, 1 / t)).toBeLessThan(meanNll(logits, truth, 1));
  });

  it('returns 1 without data and stays within its clamp on separable data', () => {
    expect(fitTemperature([], [])).toBe(1);
    const separable = [Float64Array.of(5, 0), Float64Array.of(0, 5)];
    const t = fitTemperature(separable, [0, 1]);
    expect(t).toBeGreaterThanOrEqual(0.1 - 1e-9);
    expect(Number.isFinite(t)).toBe(true);
  });
});
