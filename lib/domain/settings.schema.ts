import { z } from 'zod';

/**
 * The product's tunable defaults, once. The functions' environment schemas, the CDK context, the
 * CLI, the simulator and the reports all take their defaults from here, so changing one changes
 * it everywhere. Each schema parses a partial object and fills in the rest. The range checks stay
 * with each reader (an env var, a context key), which knows its own limits.
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

const BreakerDefaultsSchema = z.object({
  /** Days the circuit breaker looks back; a sequential test starts every UTC midnight in it. */
  windowDays: z.number().int().positive().default(14),
  /** Expected false trips per window of a route at target (circuit-breaker.ts). */
  delta: z.number().gt(0).lt(1).default(0.05),
  /** Reopen rate of auto-resolutions still taken as normal. */
  reopenBaseline: z.number().gt(0).lt(1).default(0.15),
  /** Exploration rate of a tripped route until fresh automated labels re-certify it. */
  trippedExplorationRate: rate.default(0.2),
});

const ClassifyDefaultsSchema = z.object({
  /** Records of one SQS batch classified at once (the model limiter's size). */
  recordConcurrency: z.number().int().positive().max(50).default(5),
  /** One Bedrock attempt, in ms; the time budget derives the function timeout from it. */
  modelTimeoutMs: z.number().int().positive().default(20_000),
  /** How long a classify container trusts its copy of the route configs. */
  routeConfigCacheSeconds: z.number().int().nonnegative().default(60),
  /** Days a ticket record (and a quarantine entry) is kept before DynamoDB TTL removes it. */
  ticketRetentionDays: z.number().int().positive().default(90),
});

const WebhookDefaultsSchema = z.object({
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: z.number().int().positive().default(65_536),
  /** How far a signed timestamp may be from now, in seconds, before the request is a replay. */
  toleranceSeconds: z.number().int().positive().default(300),
  /** Seconds the function trusts its copy of the signing secrets. */
  secretCacheSeconds: z.number().int().nonnegative().default(300),
});

/**
 * The trainer's own floor (MIN_TRAINING_EXAMPLES of domain/scorer/train-scorer.ts, which a test
 * keeps equal): restated here so that every function's settings do not import the trainer.
 */
const MIN_SCORER_EXAMPLES = 20;

const ScorerDefaultsSchema = z.object({
  /** Fewest labelled examples before a route scorer is trained; fewer, the run is skipped. */
  minExamples: z.number().int().min(MIN_SCORER_EXAMPLES).default(200),
  /** Folds of the out-of-fold scores kept as a version's evidence. */
  folds: z.number().int().min(2).max(20).default(5),
  /**
   * A scheduled training run trains again once the labels grew by this share (a backfill, a week
   * of resolutions): each new version must be certified afresh, so not for every few labels.
   */
  retrainGrowth: z.number().min(0).max(10).default(0.1),
  /** …or once the active version is this many hours old, whatever came in. */
  retrainAfterHours: z
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  /**
   * Share of unmarked tickets the need-a-person detector may send to a person, out of fold: its
   * threshold is the lowest that keeps within it (DEFAULT_NEED_FLAG_BUDGET of need-detector.ts).
   */
  needFlagBudget: rate.default(0.01),
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
  breaker: BreakerDefaultsSchema.parse({}),
  classify: ClassifyDefaultsSchema.parse({}),
  webhook: WebhookDefaultsSchema.parse({}),
  scorer: ScorerDefaultsSchema.parse({}),
  cost: { ...cost, wrongAutoCost: breakEvenWrongAutoCost(cost.humanCostPerTicket, retune.targetError) },
} as const;

export {
  BreakerDefaultsSchema,
  breakEvenWrongAutoCost,
  ClassifyDefaultsSchema,
  CostDefaultsSchema,
  DEFAULTS,
  MIN_SCORER_EXAMPLES,
  RetuneDefaultsSchema,
  SamplingSchema,
  ScorerDefaultsSchema,
  WebhookDefaultsSchema,
};
