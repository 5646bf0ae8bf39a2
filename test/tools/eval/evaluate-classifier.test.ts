import { afterEach, describe, expect, it, vi } from 'vitest';
import { crossValidate } from '../../../tools/embedded/cross-validate.js';
import { evaluateClassifier } from '../../../tools/eval/evaluate-classifier.js';
import { rankedCrossValidate } from '../../../tools/eval/ranked-cross-validate.js';
import { syntheticTickets } from '../../support/synthetic-tickets.js';

const known = ['refund_status', 'card_arrival', 'change_pin'];
const train = known.flatMap((label) => syntheticTickets(label, 30));
const test = [
  ...known.flatMap((label) => syntheticTickets(label, 10, 100)),
  ...syntheticTickets('crypto', 6),
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('evaluateClassifier', () => {
  it('trains on one set, scores another and counts unseen labels as out of scope', () => {
    const report = evaluateClassifier(train, test);
    expect(report.trainExamples).toBe(90);
    expect(report.labels).toBe(3);
    expect(report.outOfScope).toEqual({ examples: 6, labels: ['crypto'] });
    // Every crypto ticket is wrong, so accuracy can be at most 30/36.
    expect(report.accuracy).toBeLessThanOrEqual(30 / 36);
    expect(report.accuracy).toBeGreaterThan(0.7);
    expect(report.ticketsPerSecond).toBeGreaterThan(0);
    expect(report.topKRecall?.k).toBe(5);
  });
});

describe('rankedCrossValidate', () => {
  it('makes the same out-of-fold predictions as tools/embedded crossValidate', () => {
    const examples = known.flatMap((label) => syntheticTickets(label, 20));
    const ranked = rankedCrossValidate(examples, { folds: 3, keep: 2 });
    const plain = crossValidate(examples, { folds: 3 });
    expect(
      ranked.outOfFold.map(({ index, predicted, confidence }) => ({ index, predicted, confidence })),
    ).toEqual(plain.outOfFold.map(({ index, predicted, confidence }) => ({ index, predicted, confidence })));
    expect(ranked.outOfFold.every((p) => p.topLabels.length === 2 && p.topLabels[0] === p.predicted)).toBe(
      true,
    );
  });
});
