import { z } from 'zod';
import { unpricedModelProblem } from '../domain/classification/pricing.js';
import { DEFAULTS, MIN_SCORER_EXAMPLES } from '../domain/settings.schema.js';
import { BUCKETS, QUEUES, TABLES } from './resources.js';

/**
 * Function configuration, read once at cold start. A missing or invalid key fails the init with
 * the key's name: a resource name never gets a silent default.
 */

class ConfigError extends Error {
  override name = 'ConfigError';
}

const positiveInt = z.coerce.number().int().positive();

const rate = z.coerce.number().min(0).max(1);

/** Sampling rates for routes nothing was written for yet. */
const SamplingEnv = {
  EXPLORATION_RATE: rate.default(DEFAULTS.sampling.explorationRate),
  AUDIT_RATE: rate.default(DEFAULTS.sampling.auditRate),
};

const ClassifyEnvSchema = z.object({
  [TABLES.tickets.envKey]: z.string().min(1),
  [TABLES.quarantine.envKey]: z.string().min(1),
  [TABLES.routeConfig.envKey]: z.string().min(1),
  /** Where a history ticket's label goes (triage backfill): the only table it writes besides tickets. */
  [TABLES.observations.envKey]: z.string().min(1),
  [QUEUES.resolutions.envKey]: z.string().url(),
  [QUEUES.human.envKey]: z.string().url(),
  [QUEUES.qa.envKey]: z.string().url(),
  /** How long a container trusts its copy of the route configs. */
  ROUTE_CONFIG_CACHE_SECONDS: z.coerce
    .number()
    .int()
    .nonnegative()
    .default(DEFAULTS.classify.routeConfigCacheSeconds),
  ...SamplingEnv,
  /** Bedrock model or inference-profile id used for classification. */
  MODEL_ID: z
    .string()
    .min(1)
    .superRefine((id, ctx) => {
      // An unpriced model would report every ticket's cost as 0: refuse it at cold start.
      const problem = unpricedModelProblem(id);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** Region of the Bedrock endpoint; defaults to the function's own region. */
  BEDROCK_REGION: z.string().min(1).optional(),
  /** Only for the local stand-in endpoint; unset in AWS. */
  BEDROCK_ENDPOINT: z.string().url().optional(),
  /** Path of the taxonomy JSON shipped with the function. */
  TAXONOMY_PATH: z.string().min(1),
  /** Days a ticket record is kept before DynamoDB TTL removes it. */
  TICKET_RETENTION_DAYS: positiveInt.default(DEFAULTS.classify.ticketRetentionDays),
  /** Days a history label stays in the rolling window (as the outcome function's labels do). */
  OBSERVATION_RETENTION_DAYS: positiveInt.default(DEFAULTS.retune.windowDays),
  /** Records processed at once inside one SQS batch. */
  RECORD_CONCURRENCY: positiveInt.max(50).default(DEFAULTS.classify.recordConcurrency),
  /** Client timeout for one Bedrock call, in ms. */
  MODEL_TIMEOUT_MS: positiveInt.default(DEFAULTS.classify.modelTimeoutMs),
  /**
   * `false`: quarantine history tickets (`triage backfill`'s labelled evidence) instead of scoring
   * them, so that publishers to the ingest queue cannot add evidence once the backfill is done.
   */
  ACCEPT_HISTORY: z.enum(['true', 'false']).default('true'),
  /** The scorer bucket: classify reads the active scorer and writes history labels' examples there. */
  [BUCKETS.scorer.envKey]: z.string().min(1).optional(),
});

const OutcomeEnvSchema = z.object({
  [TABLES.tickets.envKey]: z.string().min(1),
  [TABLES.quarantine.envKey]: z.string().min(1),
  [TABLES.routeConfig.envKey]: z.string().min(1),
  [TABLES.routeAudit.envKey]: z.string().min(1),
  [TABLES.outcomes.envKey]: z.string().min(1),
  [TABLES.observations.envKey]: z.string().min(1),
  /** Where disputed human labels go for QA adjudication (the queue audits use). */
  [QUEUES.qa.envKey]: z.string().url(),
  TAXONOMY_PATH: z.string().min(1),
  /** Days labelled observations stay in the rolling window. */
  OBSERVATION_RETENTION_DAYS: positiveInt.default(DEFAULTS.retune.windowDays),
  TICKET_RETENTION_DAYS: positiveInt.default(DEFAULTS.classify.ticketRetentionDays),
  /** Days the circuit breaker looks back; a sequential test starts every UTC midnight in it. */
  BREAKER_WINDOW_DAYS: positiveInt.default(DEFAULTS.breaker.windowDays),
  /** The retune's target error: the breaker trips once the labels show it is exceeded. */
  TARGET_ERROR: z.coerce.number().gt(0).lt(1).default(DEFAULTS.retune.targetError),
  /** Expected false trips per window of a route at target (circuit-breaker.ts). */
  BREAKER_DELTA: z.coerce.number().gt(0).lt(1).default(DEFAULTS.breaker.delta),
  /** Reopen rate of auto-resolutions still taken as normal. */
  BREAKER_REOPEN_BASELINE: z.coerce.number().gt(0).lt(1).default(DEFAULTS.breaker.reopenBaseline),
  /** Exploration rate of a tripped route until fresh automated labels re-certify it. */
  BREAKER_EXPLORATION_RATE: rate.default(DEFAULTS.breaker.trippedExplorationRate),
  /** The scorer bucket, where a person's or QA's label is kept as a training example. */
  [BUCKETS.scorer.envKey]: z.string().min(1).optional(),
});

const RetuneEnvSchema = z.object({
  [TABLES.routeConfig.envKey]: z.string().min(1),
  [TABLES.routeAudit.envKey]: z.string().min(1),
  [TABLES.observations.envKey]: z.string().min(1),
  TAXONOMY_PATH: z.string().min(1),
  TARGET_ERROR: z.coerce.number().gt(0).lt(1).default(DEFAULTS.retune.targetError),
  /** Each automated route's cap on its own error; at least TARGET_ERROR. */
  ROUTE_CAP: z.coerce.number().gt(0).lt(0.5).default(DEFAULTS.retune.routeCap),
  /** 1 − confidence of the bound on the error rate. */
  DELTA: z.coerce.number().gt(0).lt(1).default(DEFAULTS.retune.delta),
  MIN_SAMPLES: positiveInt.default(DEFAULTS.retune.minSamples),
  MAX_STEP_DOWN: z.coerce.number().gt(0).max(1).default(DEFAULTS.retune.maxStepDown),
  WINDOW_DAYS: positiveInt.default(DEFAULTS.retune.windowDays),
  LLM_COST_PER_TICKET: z.coerce.number().nonnegative().default(DEFAULTS.cost.llmCostPerTicket),
  HUMAN_COST_PER_TICKET: z.coerce.number().nonnegative().default(DEFAULTS.cost.humanCostPerTicket),
  /** Unset: human cost / target error, the price at which the target is the break-even. */
  WRONG_AUTO_COST: z.coerce.number().nonnegative().optional(),
  /** `true`: compute and report the changes, write nothing. */
  DRY_RUN: z.enum(['true', 'false']).default('false'),
  /** The scorer bucket: when set, only the active route scorer version's scores certify. */
  [BUCKETS.scorer.envKey]: z.string().min(1).optional(),
  ...SamplingEnv,
});

/** The route scorer's training run: labelled examples in, a new active scorer version out. */
const TrainEnvSchema = z.object({
  [TABLES.routeConfig.envKey]: z.string().min(1),
  [BUCKETS.scorer.envKey]: z.string().min(1),
  /** The stack's KMS key: artifacts are written SSE-KMS with it. Unset: the bucket's default. */
  SCORER_KMS_KEY_ID: z.string().min(1).optional(),
  /** Fewest labelled examples before a scorer is trained; fewer, the run is skipped. */
  MIN_EXAMPLES: z.coerce.number().int().min(MIN_SCORER_EXAMPLES).default(DEFAULTS.scorer.minExamples),
  /** Folds of the out-of-fold evidence. */
  CV_FOLDS: z.coerce.number().int().min(2).max(20).default(DEFAULTS.scorer.folds),
  /** A scheduled run trains again once the labels grew by this share of the active version's. */
  RETRAIN_GROWTH: z.coerce.number().min(0).max(10).default(DEFAULTS.scorer.retrainGrowth),
  /** …or once the active version is this many hours old. */
  RETRAIN_AFTER_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(DEFAULTS.scorer.retrainAfterHours),
  /** Out-of-fold share of unmarked tickets the need-a-person detector may flag. */
  NEED_FLAG_BUDGET: z.coerce.number().min(0).max(0.5).default(DEFAULTS.scorer.needFlagBudget),
});

/**
 * The outcomes webhook: verifies a helpdesk's signature, maps its payload to the outcome contract
 * and sends it to the outcomes queue, where the outcome function stores it exactly once.
 */
const WebhookEnvSchema = z.object({
  [QUEUES.outcomes.envKey]: z.string().url(),
  /**
   * Secrets Manager secret (ARN or name) holding a JSON object of signing secrets by adapter:
   * `{"generic": "...", "zendesk": "...", "freshdesk": "..."}`. An adapter without one answers 401.
   */
  WEBHOOK_SECRET_ID: z.string().min(1),
  /** Seconds the function trusts its copy of the secret before reading it again. */
  WEBHOOK_SECRET_CACHE_SECONDS: z.coerce
    .number()
    .int()
    .nonnegative()
    .default(DEFAULTS.webhook.secretCacheSeconds),
  /** JSON: per-adapter field maps from the vendor payload to the outcome contract (see lib/domain/ingress). */
  WEBHOOK_FIELD_MAPS: z.string().min(2).default('{}'),
  /** Largest request body accepted, in bytes; larger gets 413 before any parsing. */
  WEBHOOK_MAX_BODY_BYTES: positiveInt.max(262_144).default(DEFAULTS.webhook.maxBodyBytes),
  /** How far a signed timestamp may be from now, in seconds, before the request is a replay. */
  WEBHOOK_TOLERANCE_SECONDS: positiveInt.max(3_600).default(DEFAULTS.webhook.toleranceSeconds),
});

type ClassifyEnv = z.infer<typeof ClassifyEnvSchema>;
type OutcomeEnv = z.infer<typeof OutcomeEnvSchema>;
type RetuneEnv = z.infer<typeof RetuneEnvSchema>;
type TrainEnv = z.infer<typeof TrainEnvSchema>;
type WebhookEnv = z.infer<typeof WebhookEnvSchema>;

const loadEnv = <S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> => {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const keys = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid function configuration (${keys})`);
  }
  return parsed.data;
};

export type { ClassifyEnv, OutcomeEnv, RetuneEnv, TrainEnv, WebhookEnv };
export {
  ClassifyEnvSchema,
  ConfigError,
  loadEnv,
  OutcomeEnvSchema,
  RetuneEnvSchema,
  TrainEnvSchema,
  WebhookEnvSchema,
};
