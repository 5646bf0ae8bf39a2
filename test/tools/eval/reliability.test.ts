import { describe, expect, it } from 'vitest';
import { expectedCalibrationError } from '../../../tools/embedded/metrics.js';
import { topConfusions } from '../../../tools/eval/confusion.js';
import { calibrationErrorOf, reliabilityTable } from '../../../tools/eval/reliability.js';

const p = (label: string, predicted: string, confidence: number) => ({ label, predicted, confidence });

describe('reliabilityTable', () => {
  it('puts each prediction in its equal-width bin with the bin’s mean confidence and accuracy', () => {
    const table = reliabilityTable(
      [p('a', 'a', 0.95), p('a', 'b', 0.91), p('a', 'a', 0.1), p('a', 'a', 1)],
      10,
    );
    expect(table).toHaveLength(10);
    expect(table[9]).toMatchObject({ count: 3, accuracy: 2 / 3 });
    expect(table[9]?.meanConfidence).toBeCloseTo((0.95 + 0.91 + 1) / 3, 12);
    expect(table[1]).toMatchObject({ count: 1, meanConfidence: 0.1, accuracy: 1 });
    expect(table[5]).toMatchObject({ count: 0, meanConfidence: null, accuracy: null });
  });

  it('gives the same ECE as the metric the benchmarks report', () => {
    const predictions = Array.from({ length: 200 }, (_, i) =>
      p('a', i % 7 === 0 ? 'b' : 'a', ((i * 37) % 100) / 100),
    );
    expect(calibrationErrorOf(reliabilityTable(predictions, 15))).toBeCloseTo(
      expectedCalibrationError(predictions, 15),
      12,
    );
  });
});

describe('topConfusions', () => {
  it('ranks true → predicted pairs by how often they happen and ignores right answers', () => {
    const predictions = [
      p('refund', 'return', 0.9),
      p('refund', 'return', 0.8),
      p('card', 'login', 0.7),
      p('refund', 'refund', 0.99),
      p('return', 'refund', 0.6),
    ];
    expect(topConfusions(predictions, 2)).toEqual([
      { label: 'refund', predicted: 'return', count: 2 },
      { label: 'card', predicted: 'login', count: 1 },
    ]);
  });
});
