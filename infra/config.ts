import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IConstruct } from 'constructs';
import { z } from 'zod';
import { classifyTimeBudget, type TimeBudget } from '../lib/config/time-budget.js';
import { unpricedModelProblem } from '../lib/domain/classification/pricing.js';
import { FieldMapsSchema } from '../lib/domain/ingress/field-map.schema.js';
import { breakEvenWrongAutoCost, DEFAULTS, MIN_SCORER_EXAMPLES } from '../lib/domain/settings.schema.js';
import { unknownKeyProblems } from './context-keys.js';

/**
 * Deployment configuration, read once from CDK context (cdk.json `context` or `-c key=value`) through
 * one zod schema. Values given on the command line arrive as strings, so numbers are coerced and
 * lists accept a comma-separated string. An invalid value or an unknown key fails synth with one
 * line that names the key (and the allowed range, or the key that was probably meant).
 */

class InfraConfigError extends Error {
  override name = 'InfraConfigError';
}

const LOG_RETENTION_DAYS = Object.values(RetentionDays).filter((v): v is number => typeof v === 'number');

const int = (min: number, max: number) => {
  const error = `an integer from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
const money = z.coerce.number().nonnegative();
const list = (item: z.ZodString) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(item).min(1),
  );
const rate = z.coerce
  .number({ error: 'a number from 0 to 1' })
  .min(0, { error: 'a number from 0 to 1' })
  .max(1, { error: 'a number from 0 to 1' });
const emptyAsUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
/** A boolean from cdk.json, or the string "true"/"false" from `-c key=value`. */
const flag = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());

/** A JSON object from cdk.json, or its JSON text from `-c key='{...}'`. */
const parseJsonString = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};
/**
 * Lambda holds at most 4 KB of environment per function: the field maps travel in one variable,
 * beside a queue URL, a secret ARN and a few numbers, so this much is left for them.
 */
const FIELD_MAPS_MAX_BYTES = 3_072;
/**
 * Checked at synth with the function's own schema, and passed on as given: the function applies
 * the defaults of the adapters left out (lib/domain/ingress/default-field-maps.ts).
 */
const fieldMaps = z.preprocess(
  parseJsonString,
  z.record(z.string(), z.unknown()).superRefine((maps, ctx) => {
    const parsed = FieldMapsSchema.safeParse(maps);
    for (const issue of parsed.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: `${issue.path.join('.') || '(top level)'}: ${issue.message}` });
    }
    const bytes = Buffer.byteLength(JSON.stringify(maps));
    if (bytes > FIELD_MAPS_MAX_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `${bytes} bytes of JSON, above the ${FIELD_MAPS_MAX_BYTES} a Lambda environment (4 KB in all) leaves for WEBHOOK_FIELD_MAPS`,
      });
    }
  }),
);

/**
 * Default paths of the outcome fields in a Salesforce Event Relay event: a platform event's fields
 * arrive in `detail.payload`, and CreatedDate is when the event was published (the resolution).
 */
const SALESFORCE_FIELD_PATHS = {
  ticketId: '$.detail.payload.Ticket_Id__c',
  finalRoute: '$.detail.payload.Final_Route__c',
  handleSeconds: '$.detail.payload.Handle_Seconds__c',
  resolvedAt: '$.detail.payload.CreatedDate',
} as const;

/** `aws.partner/salesforce.com/<orgId>/<channelId>` (Event Relay's RemoteResource). */
const SALESFORCE_EVENT_SOURCE = /^aws\.partner\/salesforce\.com\/[A-Za-z0-9]+\/[A-Za-z0-9]+$/;
/** An input-transformer path: `$.` then dot-separated names, as EventBridge's InputPathsMap takes them. */
const eventPath = z
  .string()
  .regex(/^\$(\.[A-Za-z0-9_-]+)+$/, 'expected a JSON path such as $.detail.payload.Ticket_Id__c');

const AWS_REGION = z
  .string()
  .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'expected an AWS region such as us-east-1');

const LAMBDA_MAX_TIMEOUT_SECONDS = 900;
/** Unset ingestQueueMaxAgeMinutes: one redelivery of a retried ticket, plus this. */
const INGEST_AGE_MARGIN_MINUTES = 10;

interface BudgetSettings {
  modelTimeoutMs: number;
  batchSize: number;
  recordConcurrency: number;
  maxBatchingWindowSeconds: number;
  functionTimeoutSeconds?: number;
}

const timeBudgetOf = (c: BudgetSettings): TimeBudget =>
  classifyTimeBudget(c.modelTimeoutMs, {
    batchSize: c.batchSize,
    recordConcurrency: c.recordConcurrency,
    batchingWindowSeconds: c.maxBatchingWindowSeconds,
    functionTimeoutSeconds: c.functionTimeoutSeconds,
  });

const InfraConfigSchema = z
  .object({
    /** Prefix of the stack names and the dashboard name. */
    stackPrefix: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9-]{0,40}$/, 'letters, digits and "-", starting with a letter')
      .default('TicketTriage'),
    /** Bedrock model id or inference-profile id the classify function calls. */
    modelId: z
      .string()
      .min(1)
      .refine((id) => !id.startsWith('arn:'), 'give the model or inference-profile id, not its ARN')
      .superRefine((id, ctx) => {
        const problem = unpricedModelProblem(id);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .default('us.anthropic.claude-haiku-4-5-20251001-v1:0'),
    /** Foundation model behind the profile; derived from modelId (geo prefix removed) when unset. */
    foundationModelId: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
    /** Regions the inference profile routes to: IAM must allow the foundation model in each. */
    modelRegions: list(AWS_REGION).default(['us-east-1', 'us-east-2', 'us-west-2']),
    /** Region whose Bedrock endpoint the function calls (a source region of the profile). */
    bedrockRegion: AWS_REGION.default('us-east-1'),
    /** Target error rate among auto-resolutions (read by the retune function). */
    targetError: z.coerce.number().gt(0).lt(0.5).default(DEFAULTS.retune.targetError),
    /** Each automated route's cap on its own error, at least targetError (ROUTE_CAP). */
    routeCap: z.coerce.number().gt(0).lt(0.5).default(DEFAULTS.retune.routeCap),
    humanCostPerTicket: money.default(DEFAULTS.cost.humanCostPerTicket),
    /** Unset: humanCostPerTicket / targetError, the price at which the target is the break-even. */
    wrongAutoCost: money.optional(),
    /** Share of confident tickets of a route sent to a human anyway, as fresh labels (classify, retune). */
    explorationRate: rate.default(DEFAULTS.sampling.explorationRate),
    /** Share of auto-resolutions drawn for QA audit (classify, retune). */
    auditRate: rate.default(DEFAULTS.sampling.auditRate),
    /** Expected false circuit-breaker trips per 14 days of a route at target (BREAKER_DELTA). */
    breakerDelta: z.coerce.number().gt(0).lt(1).default(DEFAULTS.breaker.delta),
    /** Reopen rate of auto-resolutions still taken as normal (BREAKER_REOPEN_BASELINE). */
    breakerReopenBaseline: z.coerce.number().gt(0).lt(1).default(DEFAULTS.breaker.reopenBaseline),
    /** Exploration rate of a tripped route until it is re-certified (BREAKER_EXPLORATION_RATE). */
    breakerExplorationRate: rate.default(DEFAULTS.breaker.trippedExplorationRate),
    /** How long a classify container trusts its cached route configs (ROUTE_CONFIG_CACHE_SECONDS). */
    routeConfigCacheSeconds: int(0, 3_600).default(DEFAULTS.classify.routeConfigCacheSeconds),
    /**
     * Take history tickets (`triage backfill`) on the ingest queue (ACCEPT_HISTORY). Set it to false
     * once the backfill is done, so that ingest publishers cannot add labelled evidence.
     */
    acceptHistory: flag.default(true),
    /** Labels a route needs before the retune may automate it. */
    minSamples: int(1, 1_000_000).default(DEFAULTS.retune.minSamples),
    /** Largest threshold decrease of one retune run. */
    maxStepDown: z.coerce.number().gt(0).max(1).default(DEFAULTS.retune.maxStepDown),
    /**
     * Days of labelled observations the retune reads; observations and outcomes expire after it.
     * At least the circuit breaker's 14-day window, which reads the same observations.
     */
    windowDays: int(14, 365).default(DEFAULTS.retune.windowDays),
    /** Run the scheduled retune as a dry run: report the changes, write nothing. */
    retuneDryRun: flag.default(false),
    /** EventBridge schedule expression of the retune function. */
    retuneSchedule: z
      .string()
      .regex(
        /^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(.+\))$/,
        'expected rate(...) or cron(...)',
      )
      .default('rate(1 hour)'),
    /** EventBridge schedule expression of the route scorer's training run. */
    trainSchedule: z
      .string()
      .regex(
        /^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(.+\))$/,
        'expected rate(...) or cron(...)',
      )
      .default('rate(1 hour)'),
    /** A scheduled run trains again once the labels grew by this share of the active scorer's (RETRAIN_GROWTH). */
    scorerRetrainGrowth: z.coerce.number().min(0).max(10).default(DEFAULTS.scorer.retrainGrowth),
    /** …or once the active scorer is this many hours old (RETRAIN_AFTER_HOURS). */
    scorerRetrainAfterHours: int(1, 24 * 30).default(DEFAULTS.scorer.retrainAfterHours),
    /** Out-of-fold share of unmarked tickets the need-a-person detector may flag (NEED_FLAG_BUDGET). */
    needFlagBudget: z.coerce.number().min(0).max(0.5).default(DEFAULTS.scorer.needFlagBudget),
    /** Fewest labelled examples before a route scorer is trained (MIN_EXAMPLES). */
    scorerMinExamples: int(MIN_SCORER_EXAMPLES, 10_000_000).default(DEFAULTS.scorer.minExamples),
    /** Memory of the training function: 1,769 MB and up buys a whole vCPU. */
    trainMemoryMb: int(1_769, 10_240).default(3_008),
    batchSize: int(1, 100).default(10),
    maxBatchingWindowSeconds: int(0, 300).default(2),
    /** Upper bound of concurrent classify invocations (SQS event source maximumConcurrency, 2..1000). */
    maxConcurrency: int(2, 1000).default(2),
    /** Reserved concurrency; unset by default so a small account is not left without headroom. */
    reservedConcurrency: z.preprocess(emptyAsUndefined, int(1, 10_000).optional()),
    /** Records of one batch classified at once (RECORD_CONCURRENCY). */
    recordConcurrency: int(1, 50).default(DEFAULTS.classify.recordConcurrency),
    /** One Bedrock attempt (MODEL_TIMEOUT_MS); the time budget derives the function timeout from it. */
    modelTimeoutMs: int(1_000, 120_000).default(DEFAULTS.classify.modelTimeoutMs),
    /** Classify function timeout; unset, the time budget's minimum for the batch settings. */
    functionTimeoutSeconds: z.preprocess(emptyAsUndefined, int(10, 900).optional()),
    functionMemoryMb: int(128, 10_240).default(512),
    ticketRetentionDays: int(1, 3_650).default(DEFAULTS.classify.ticketRetentionDays),
    logRetentionDays: z.coerce
      .number()
      .refine((d) => LOG_RETENTION_DAYS.includes(d), `one of ${LOG_RETENTION_DAYS.join(', ')}`)
      .default(30),
    alarmEmail: z.preprocess(emptyAsUndefined, z.email().optional()),
    /** Alarm when the oldest message waiting for a human is older than this. */
    humanQueueMaxAgeMinutes: int(1, 20_160).default(60),
    /**
     * Visibility timeout of the human work queue: how long a helpdesk consumer has to take a
     * received item into the helpdesk and delete it (docs/helpdesk-consumer.md) before it is
     * delivered again. Not the time an agent takes: the outcome is sent later, on its own.
     */
    humanQueueVisibilitySeconds: int(30, 43_200).default(300),
    /**
     * Alarm when tickets wait longer than this for classification. A record returned for a retry
     * (throttled, out of time) waits one visibility timeout before it comes back, so this must
     * exceed it. Unset: the ingest visibility timeout plus 10 minutes.
     */
    ingestQueueMaxAgeMinutes: z.preprocess(emptyAsUndefined, int(1, 20_160).optional()),
    /** Alarm when more messages than this are quarantined in 5 minutes. */
    quarantineAlarmThreshold: int(0, 1_000_000).default(10),
    removalPolicy: z.enum(['retain', 'destroy']).default('retain'),
    /** Taxonomy JSON, relative to the project root: bundled with the function and read for the dashboard. */
    taxonomyFile: z.string().min(1).default('data/bnpl/taxonomy.json'),
    /** Deploy the outcomes webhook: its HTTP API, function and signing secret. */
    webhook: flag.default(true),
    /** Steady requests per second the webhook's stage accepts before answering 429. */
    webhookRateLimit: int(1, 10_000).default(50),
    /** Requests the webhook's stage accepts at once above the rate (the token bucket). */
    webhookBurstLimit: int(1, 5_000).default(100),
    /** Largest webhook body the function accepts (WEBHOOK_MAX_BODY_BYTES); larger gets 413. */
    webhookMaxBodyBytes: int(1_024, 262_144).default(DEFAULTS.webhook.maxBodyBytes),
    /** How far a signed timestamp may be from now before a request is a replay (WEBHOOK_TOLERANCE_SECONDS). */
    webhookToleranceSeconds: int(1, 3_600).default(DEFAULTS.webhook.toleranceSeconds),
    /** How long a webhook container trusts its copy of the signing secrets (WEBHOOK_SECRET_CACHE_SECONDS). */
    webhookSecretCacheSeconds: int(0, 3_600).default(DEFAULTS.webhook.secretCacheSeconds),
    /** Per-adapter field maps from a helpdesk payload to the outcome contract (WEBHOOK_FIELD_MAPS). */
    webhookFieldMaps: fieldMaps.default({}),
    /** Partner event source of a Salesforce Event Relay; set, outcomes also arrive through EventBridge. */
    salesforceEventSource: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          SALESFORCE_EVENT_SOURCE,
          'expected aws.partner/salesforce.com/<orgId>/<channelId>, as Event Relay names its source',
        )
        .optional(),
    ),
    /** Only events of this detail-type (the platform event's API name, e.g. Ticket_Resolved__e). */
    salesforceDetailType: z.preprocess(emptyAsUndefined, z.string().min(1).max(256).optional()),
    /** Where the rule's input transformer reads each outcome field in the Salesforce event. */
    salesforceFieldPaths: z
      .preprocess(
        parseJsonString,
        z
          .object({
            ticketId: eventPath.default(SALESFORCE_FIELD_PATHS.ticketId),
            finalRoute: eventPath.default(SALESFORCE_FIELD_PATHS.finalRoute),
            handleSeconds: eventPath.default(SALESFORCE_FIELD_PATHS.handleSeconds),
            resolvedAt: eventPath.default(SALESFORCE_FIELD_PATHS.resolvedAt),
            agentId: eventPath.optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .superRefine((c, ctx) => {
    if (c.routeCap < c.targetError) {
      ctx.addIssue({
        code: 'custom',
        path: ['routeCap'],
        message: `${c.routeCap} is below targetError ${c.targetError}: a route's cap is at least the stream's target`,
      });
    }
    // The slowest batch (every call taking its full timeout on every attempt) must end before the
    // function times out, or the whole batch is retried; the guard then never returns a record early.
    const budget = timeBudgetOf(c);
    const keys = `modelTimeoutMs ${c.modelTimeoutMs}, batchSize ${c.batchSize}, recordConcurrency ${c.recordConcurrency}`;
    if (
      c.functionTimeoutSeconds === undefined &&
      budget.minFunctionTimeoutSeconds > LAMBDA_MAX_TIMEOUT_SECONDS
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['modelTimeoutMs'],
        message: `the time budget of ${keys} needs a ${budget.minFunctionTimeoutSeconds} s function timeout, above Lambda's ${LAMBDA_MAX_TIMEOUT_SECONDS} s: lower modelTimeoutMs or batchSize, or raise recordConcurrency`,
      });
    }
    if (
      c.functionTimeoutSeconds !== undefined &&
      c.functionTimeoutSeconds < budget.minFunctionTimeoutSeconds
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['functionTimeoutSeconds'],
        message: `${c.functionTimeoutSeconds} s is below the ${budget.minFunctionTimeoutSeconds} s the time budget of ${keys} needs: raise functionTimeoutSeconds (or leave it unset), or lower modelTimeoutMs or batchSize, or raise recordConcurrency`,
      });
    }
    const visibility = budget.minVisibilityTimeoutSeconds;
    if (c.ingestQueueMaxAgeMinutes !== undefined && c.ingestQueueMaxAgeMinutes * 60 <= visibility) {
      ctx.addIssue({
        code: 'custom',
        path: ['ingestQueueMaxAgeMinutes'],
        message: `must exceed the ingest visibility timeout (${visibility} s, from functionTimeoutSeconds and maxBatchingWindowSeconds), or one retried ticket sets the alarm off`,
      });
    }
    if (c.humanQueueMaxAgeMinutes * 60 <= c.humanQueueVisibilitySeconds) {
      ctx.addIssue({
        code: 'custom',
        path: ['humanQueueMaxAgeMinutes'],
        message: `must exceed humanQueueVisibilitySeconds (${c.humanQueueVisibilitySeconds} s), or one failed helpdesk handoff sets the alarm off`,
      });
    }
    if (c.batchSize > 10 && c.maxBatchingWindowSeconds < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxBatchingWindowSeconds'],
        message: 'must be at least 1 when batchSize is above 10 (SQS event source rule)',
      });
    }
    if (c.reservedConcurrency !== undefined && c.reservedConcurrency < c.maxConcurrency) {
      ctx.addIssue({
        code: 'custom',
        path: ['reservedConcurrency'],
        message: `must be at least maxConcurrency (${c.maxConcurrency}) or the event source is throttled`,
      });
    }
    for (const key of ['salesforceDetailType', 'salesforceFieldPaths'] as const) {
      if (c[key] !== undefined && c.salesforceEventSource === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'needs salesforceEventSource, the partner event source the rule listens to',
        });
      }
    }
    if (!c.modelRegions.includes(c.bedrockRegion)) {
      ctx.addIssue({
        code: 'custom',
        path: ['bedrockRegion'],
        message: `must be one of modelRegions (${c.modelRegions.join(', ')})`,
      });
    }
  });

type ContextConfig = z.infer<typeof InfraConfigSchema>;

/** The config with what derives from it: the classify time budget and the timeout it gives. */
type InfraConfig = Omit<
  ContextConfig,
  'functionTimeoutSeconds' | 'ingestQueueMaxAgeMinutes' | 'wrongAutoCost'
> & {
  readonly wrongAutoCost: number;
  readonly functionTimeoutSeconds: number;
  readonly ingestQueueMaxAgeMinutes: number;
  readonly classifyBudget: TimeBudget;
};

const CONFIG_KEYS = Object.keys(InfraConfigSchema.shape) as (keyof ContextConfig)[];

const shown = (value: unknown): string => (value === undefined ? '' : ` = ${JSON.stringify(value)}`);

/**
 * Parses a plain object of context values (missing keys take their defaults). Every problem goes
 * on one line, as `cdk synth` prints it: the key, the value given and what it accepts.
 */
const parseInfraConfig = (context: Record<string, unknown>): InfraConfig => {
  const unknown = unknownKeyProblems(context, CONFIG_KEYS);
  const parsed = InfraConfigSchema.safeParse(context);
  const problems = [
    ...unknown,
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => {
          const key = i.path.join('.');
          return `context "${key}"${shown(context[key])}: ${i.message}`;
        })),
  ];
  if (problems.length > 0 || !parsed.success) {
    throw new InfraConfigError(`invalid CDK context: ${problems.join('; ')}`);
  }
  const classifyBudget = timeBudgetOf(parsed.data);
  return {
    ...parsed.data,
    wrongAutoCost:
      parsed.data.wrongAutoCost ??
      breakEvenWrongAutoCost(parsed.data.humanCostPerTicket, parsed.data.targetError),
    functionTimeoutSeconds: classifyBudget.functionTimeoutSeconds,
    ingestQueueMaxAgeMinutes:
      parsed.data.ingestQueueMaxAgeMinutes ??
      Math.ceil(classifyBudget.minVisibilityTimeoutSeconds / 60) + INGEST_AGE_MARGIN_MINUTES,
    classifyBudget,
  };
};

/** Reads the config from the construct tree's context; CDK's own keys are left to CDK. */
const loadInfraConfig = (scope: IConstruct): InfraConfig =>
  parseInfraConfig(
    Object.fromEntries(
      Object.entries(scope.node.getAllContext() as Record<string, unknown>).filter(
        ([, v]) => v !== undefined,
      ),
    ),
  );

export type { InfraConfig };
export {
  CONFIG_KEYS,
  InfraConfigError,
  InfraConfigSchema,
  loadInfraConfig,
  parseInfraConfig,
  SALESFORCE_FIELD_PATHS,
};
