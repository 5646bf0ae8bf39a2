import { z } from 'zod';

/**
 * The product's tunable defaults, once. The functions' environment schemas, the CDK context, the
 * CLI, the simulator and the reports all take their defaults from here, so changing one changes
 * it everywhere. Each schema parses a partial object and fills in the rest.
 */

const rate = z.number().min(0).max(1);
const money = z.number().nonnegative();

const SamplingSchema = z.object({
  /** Share of above-threshold tickets sent to a person anyway, so calibration labels keep coming. */
  explorationRate: rate.default(0.05),
  /** Share of auto-resolutions sent to QA audit. */
  auditRate: rate.default(0.02),
});

const RetuneDefaultsSchema = z.object({
  /** The stream's target: the error rate of all auto-resolutions together. */
  targetError: z.number().gt(0).lt(0.5).default(0.02),
  /** Each automated route's cap on its own error; at least the target (equal: a strict per-route promise). */
  routeCap: z.number().gt(0).lt(0.5).default(0.05),
  /** 1 − confidence of the bound. */
  delta: z.number().gt(0).lt(1).default(0.05),
  /** Fewest own labels above a threshold before it can be certified. */
  minSamples: z.number().int().positive().default(30),
  /** Largest drop of a threshold in one retune. */
  maxStepDown: z.number().gt(0).max(1).default(0.1),
  /** Labels older than this many days no longer count. */
  windowDays: z.number().int().positive().default(90),
});

const CostDefaultsSchema = z.object({
  /** Model cost per ticket (USD), paid on every ticket. */
  llmCostPerTicket: money.default(0.0006),
  /** Cost of a ticket a person handles (USD). */
  humanCostPerTicket: money.default(4),
});

/**
 * The price of a wrong auto-resolution that makes the target error the break-even: automating a
 * ticket saves a human's cost and risks `targetError` of a wrong answer, so at human / target the
 * two balance, and a route erring above the target costs more automated than handled by people.
 */
const breakEvenWrongAutoCost = (humanCostPerTicket: number, targetError: number): number =>
  humanCostPerTicket / targetError;

const retune = RetuneDefaultsSchema.parse({});
const cost = CostDefaultsSchema.parse({});

const DEFAULTS = {
  sampling: SamplingSchema.parse({}),
  retune,
  cost: { ...cost, wrongAutoCost: breakEvenWrongAutoCost(cost.humanCostPerTicket, retune.targetError) },
} as const;

export { breakEvenWrongAutoCost, CostDefaultsSchema, DEFAULTS, RetuneDefaultsSchema, SamplingSchema };
