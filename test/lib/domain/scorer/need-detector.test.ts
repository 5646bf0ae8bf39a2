import { describe, expect, it } from 'vitest';
import { loadScorer } from '../../../../lib/domain/scorer/load-scorer.js';
import {
  MIN_NEED_POSITIVES,
  needDetectorReport,
  thresholdForBudget,
  trainNeedDetector,
} from '../../../../lib/domain/scorer/need-detector.js';
import { mulberry32, shuffleInPlace } from '../../../../lib/domain/scorer/prng.js';
import { ScorerArtifactSchema } from '../../../../lib/domain/scorer/scorer-artifact.schema.js';
import { fitTfidf } from '../../../../lib/domain/scorer/tfidf.js';
import type { TrainingExample } from '../../../../lib/domain/scorer/train-scorer.js';
import { trainScorer } from '../../../../lib/domain/scorer/train-scorer.js';
import { scorerTickets } from '../../../support/scorer-tickets.js';

const trainedAt = '2026-12-07T06:00:00.000Z';
const NEEDS = ['bereaved', 'hospital', 'redundant', 'overwhelmed', 'carer'];

/** Routine tickets, with the first `marked` of them given a need word and marked `neededPerson`. */
const markedTickets = (marked: number): TrainingExample[] =>
  scorerTickets(25).map((t, i) =>
    i % 5 === 0 && i / 5 < marked
      ? { ...t, text: `${t.text} ${NEEDS[(i / 5) % NEEDS.length]} and scared`, neededPerson: true }
      : t,
  );

const rowsOf = (examples: readonly TrainingExample[]) =>
  fitTfidf(
    examples.map((e) => e.text),
    { minDf: 3 },
  ).transformMany(examples.map((e) => e.text));

const linear = { trainedAt, model: 'linear' } as const;
const withDetector = trainScorer(markedTickets(25), linear);

describe('thresholdForBudget', () => {
  it('returns the score just above which at most the budget of negatives lie', () => {
    const scores = [0.9, 0.1, 0.5, 0.7, 0.3, 0.2, 0.4, 0.6, 0.8, 0.05];
    expect(thresholdForBudget(scores, 0.1)).toBe(0.8);
    expect(thresholdForBudget(scores, 0.25)).toBe(0.7);
    expect(thresholdForBudget(scores, 0)).toBe(0.9);
  });

  it('returns 0 when the budget allows every negative', () => {
    expect(thresholdForBudget([0.2, 0.4], 1)).toBe(0);
  });

  it('rejects a budget outside [0, 1], or not a number, and says which', () => {
    expect(() => thresholdForBudget([0.2], 1.5)).toThrow(RangeError);
    expect(() => thresholdForBudget([0.2], -0.01)).toThrow(/flag budget must be in \[0, 1\], got -0.01/);
    expect(() => thresholdForBudget([0.2], Number.NaN)).toThrow(RangeError);
  });
});

describe('trainNeedDetector', () => {
  it('trains no detector when fewer than the minimum tickets are marked', () => {
    const examples = markedTickets(MIN_NEED_POSITIVES - 1);
    const result = trainNeedDetector(rowsOf(examples), examples);
    expect(result).toEqual({
      trained: false,
      reason: 'too_few_positives',
      positives: MIN_NEED_POSITIVES - 1,
      negatives: 150 - MIN_NEED_POSITIVES + 1,
    });
  });

  it('chooses a threshold whose out-of-fold flag rate stays within the budget and finds the marked tickets', () => {
    const examples = markedTickets(25);
    const result = trainNeedDetector(rowsOf(examples), examples, { flagBudget: 0.02 });
    expect(result).toMatchObject({ trained: true, positives: 25, negatives: 125, flagBudget: 0.02 });
    if (!result.trained) return;
    expect(result.oofFlagRate).toBeLessThanOrEqual(0.02);
    expect(result.oofRecall).toBeGreaterThan(0.8);
  });

  it('trains no detector when no marked ticket scores above every unmarked one out of fold', () => {
    // Each marked ticket has an unmarked twin of the same text: same fold, same score, never above it.
    const routine = scorerTickets(25);
    const twins = routine
      .slice(0, 25)
      .map((t) => ({ ...t, ticketId: `${t.ticketId}-twin`, neededPerson: true }));
    const examples = [...routine, ...twins];
    const result = trainNeedDetector(rowsOf(examples), examples, { flagBudget: 0 });
    expect(result).toMatchObject({ trained: false, reason: 'no_out_of_fold_recall', positives: 25 });
  });
});

describe('trainNeedDetector out of fold', () => {
  it('finds next to nothing when the marks are random: no ticket is scored by a model that saw its mark', () => {
    // The same tickets and the same number of marks as the test above, on tickets with no need
    // word: a model scoring its own training rows would find them; out of fold it cannot.
    const routine = scorerTickets(25);
    const marked = new Set(
      shuffleInPlace(
        routine.map((t) => t.ticketId),
        mulberry32(7),
      ).slice(0, 25),
    );
    const examples = routine.map((t) => (marked.has(t.ticketId) ? { ...t, neededPerson: true } : t));
    const result = trainNeedDetector(rowsOf(examples), examples, { flagBudget: 0.02 });
    const recall = result.trained ? result.oofRecall : 0;
    expect(recall).toBeLessThanOrEqual(0.12);
  });
});

describe('needDetectorReport', () => {
  it('reports a stored detector with its out-of-fold figures', () => {
    expect(needDetectorReport(withDetector.detector, 25)).toEqual({
      trained: true,
      positives: 25,
      negatives: 125,
      threshold: withDetector.detector!.threshold,
      oofRecall: withDetector.detector!.oofRecall,
      flagRate: withDetector.detector!.oofFlagRate,
    });
  });

  it('says too few marks below the minimum, and no out-of-fold recall from the minimum on', () => {
    expect(needDetectorReport(undefined, MIN_NEED_POSITIVES - 1)).toEqual({
      trained: false,
      reason: 'too_few_positives',
      positives: MIN_NEED_POSITIVES - 1,
      minPositives: MIN_NEED_POSITIVES,
    });
    expect(needDetectorReport(undefined, MIN_NEED_POSITIVES)).toMatchObject({
      trained: false,
      reason: 'no_out_of_fold_recall',
    });
  });
});

describe('the detector inside the route scorer', () => {
  it('is stored in the artifact with its threshold and out-of-fold figures, and the schema accepts it', () => {
    expect(ScorerArtifactSchema.safeParse(withDetector).success).toBe(true);
    expect(withDetector.detector).toMatchObject({ positives: 25, negatives: 125, flagBudget: 0.01 });
    expect(withDetector.detector!.weights.rows).toBe(withDetector.features.terms.flat().length);
  });

  it('says a new ticket with a need word needs a person, and a routine one does not', () => {
    const scorer = loadScorer(withDetector);
    expect(scorer.score('where is my card delivery, my mother is in hospital and scared').needsPerson).toBe(
      true,
    );
    expect(scorer.score('where is my card delivery please').needsPerson).toBe(false);
  });

  it('says no ticket needs a person when the artifact has no detector', () => {
    const artifact = trainScorer(markedTickets(MIN_NEED_POSITIVES - 1), linear);
    expect(artifact.detector).toBeUndefined();
    expect(loadScorer(artifact).score('my mother is in hospital and scared').needsPerson).toBe(false);
  });

  it('trains no detector when told not to, whatever the marks', () => {
    expect(trainScorer(markedTickets(25), { ...linear, needDetector: false }).detector).toBeUndefined();
  });

  it('rejects an artifact whose detector matrix does not match the features', () => {
    const { detector } = withDetector;
    const broken = {
      ...withDetector,
      detector: { ...detector!, weights: { ...detector!.weights, rows: 3 } },
    };
    const result = ScorerArtifactSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(/detector: a 3×2 matrix/);
  });
});
