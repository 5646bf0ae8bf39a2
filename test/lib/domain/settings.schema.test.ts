import { describe, expect, it } from 'vitest';
import { DEFAULT_NEED_FLAG_BUDGET } from '../../../lib/domain/scorer/need-detector.js';
import { MIN_TRAINING_EXAMPLES } from '../../../lib/domain/scorer/train-scorer.js';
import {
  breakEvenWrongAutoCost,
  CostDefaultsSchema,
  DEFAULTS,
  MIN_SCORER_EXAMPLES,
  RetuneDefaultsSchema,
  SamplingSchema,
  ScorerDefaultsSchema,
} from '../../../lib/domain/settings.schema.js';

describe('the product defaults', () => {
  it('bound 2% error overall and 5% on each route at 95% confidence, on 30 own labels, over 90 days', () => {
    expect(DEFAULTS.retune).toEqual({
      targetError: 0.02,
      routeCap: 0.05,
      delta: 0.05,
      minSamples: 30,
      maxStepDown: 0.1,
      windowDays: 90,
    });
  });

  it('explore 5% of above-threshold tickets and audit 2% of auto-resolutions', () => {
    expect(DEFAULTS.sampling).toEqual({ explorationRate: 0.05, auditRate: 0.02 });
  });

  it('price a wrong auto-resolution at the break-even of a $4 human ticket and a 2% target: $200', () => {
    expect(DEFAULTS.cost).toEqual({ llmCostPerTicket: 0.0006, humanCostPerTicket: 4, wrongAutoCost: 200 });
  });
});

describe('the route scorer defaults', () => {
  it('train once 200 labelled examples are there, with 5-fold out-of-fold evidence', () => {
    expect(DEFAULTS.scorer).toMatchObject({ minExamples: 200, folds: 5 });
  });

  it("let the need-a-person detector flag the domain's budget of unmarked tickets, 1%", () => {
    expect(DEFAULTS.scorer.needFlagBudget).toBe(DEFAULT_NEED_FLAG_BUDGET);
    expect(DEFAULT_NEED_FLAG_BUDGET).toBe(0.01);
  });

  it('refuse a minimum below what the trainer itself needs', () => {
    expect(MIN_SCORER_EXAMPLES).toBe(MIN_TRAINING_EXAMPLES);
    expect(ScorerDefaultsSchema.safeParse({ minExamples: MIN_TRAINING_EXAMPLES - 1 }).success).toBe(false);
    expect(ScorerDefaultsSchema.safeParse({ minExamples: MIN_TRAINING_EXAMPLES }).success).toBe(true);
  });
});

describe('breakEvenWrongAutoCost', () => {
  it('makes a route erring exactly at the target cost the same automated as handled by people', () => {
    const human = 3.5;
    const target = 0.05;
    const wrong = breakEvenWrongAutoCost(human, target);
    expect(wrong).toBeCloseTo(70, 12);
    // Automating one ticket saves `human` and loses `wrong` with probability `target`.
    expect(human - target * wrong).toBeCloseTo(0, 12);
  });
});

describe('the settings schemas', () => {
  it('fill in what a partial object leaves out and keep what it sets', () => {
    expect(RetuneDefaultsSchema.parse({ targetError: 0.01 })).toMatchObject({
      targetError: 0.01,
      delta: 0.05,
    });
    expect(SamplingSchema.parse({ auditRate: 0.1 })).toEqual({ explorationRate: 0.05, auditRate: 0.1 });
    expect(CostDefaultsSchema.parse({ humanCostPerTicket: 6 })).toEqual({
      llmCostPerTicket: 0.0006,
      humanCostPerTicket: 6,
    });
  });

  it('refuse a target error or route cap of 0 or of half and more, and δ outside (0, 1)', () => {
    for (const targetError of [0, 0.5, 0.7]) {
      expect(RetuneDefaultsSchema.safeParse({ targetError }).success).toBe(false);
    }
    for (const routeCap of [0, 0.5, 0.7]) {
      expect(RetuneDefaultsSchema.safeParse({ routeCap }).success).toBe(false);
    }
    for (const delta of [0, 1]) expect(RetuneDefaultsSchema.safeParse({ delta }).success).toBe(false);
  });

  it('refuse rates outside [0, 1], fractional label counts and negative prices', () => {
    expect(SamplingSchema.safeParse({ explorationRate: 1.2 }).success).toBe(false);
    expect(SamplingSchema.safeParse({ auditRate: -0.1 }).success).toBe(false);
    expect(RetuneDefaultsSchema.safeParse({ minSamples: 12.5 }).success).toBe(false);
    expect(RetuneDefaultsSchema.safeParse({ windowDays: 0 }).success).toBe(false);
    expect(CostDefaultsSchema.safeParse({ humanCostPerTicket: -1 }).success).toBe(false);
  });
});
