import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IConstruct } from 'constructs';
import { z } from 'zod';
import { unpricedModelProblem } from '../lib/domain/classification/pricing.js';

/**
 * Deployment configuration, read once from CDK context (cdk.json `context` or `-c key=value`) through
 * one zod schema. Values given on the command line arrive as strings, so numbers are coerced and
 * lists accept a comma-separated string. An invalid value fails synth and the error names the key.
 */

class InfraConfigError extends Error {
  override name = 'InfraConfigError';
}

const LOG_RETENTION_DAYS = Object.values(RetentionDays).filter((v): v is number => typeof v === 'number');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
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
const rate = z.coerce.number().min(0).max(1);
const emptyAsUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
/** A boolean from cdk.json, or the string "true"/"false" from `-c key=value`. */
const flag = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());

const AWS_REGION = z
  .string()
  .regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'expected an AWS region such as us-east-1');

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
    targetError: z.coerce.number().gt(0).lt(0.5).default(0.02),
    humanCostPerTicket: money.default(4),
    wrongAutoCost: money.default(25),
    /** Share of confident tickets of a route sent to a human anyway, as fresh labels (classify, retune). */
    explorationRate: rate.default(0.05),
    /** Share of auto-resolutions drawn for QA audit (classify, retune). */
    auditRate: rate.default(0.02),
    /** How long a classify container trusts its cached route configs (ROUTE_CONFIG_CACHE_SECONDS). */
    routeConfigCacheSeconds: int(0, 3_600).default(60),
    /** Labels a route needs before the retune may automate it. */
    minSamples: int(1, 1_000_000).default(30),
    /** Largest threshold decrease of one retune run. */
    maxStepDown: z.coerce.number().gt(0).max(1).default(0.1),
    /**
     * Days of labelled observations the retune reads; observations and outcomes expire after it.
     * At least the circuit breaker's 14-day window, which reads the same observations.
     */
    windowDays: int(14, 365).default(90),
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
    batchSize: int(1, 100).default(10),
    maxBatchingWindowSeconds: int(0, 300).default(2),
    /** Upper bound of concurrent classify invocations (SQS event source maximumConcurrency, 2..1000). */
    maxConcurrency: int(2, 1000).default(2),
    /** Reserved concurrency; unset by default so a small account is not left without headroom. */
    reservedConcurrency: z.preprocess(emptyAsUndefined, int(1, 10_000).optional()),
    /** Records of one batch classified at once (RECORD_CONCURRENCY). */
    recordConcurrency: int(1, 50).default(5),
    modelTimeoutMs: int(1_000, 120_000).default(20_000),
    functionTimeoutSeconds: int(10, 900).default(60),
    functionMemoryMb: int(128, 10_240).default(512),
    ticketRetentionDays: int(1, 3_650).default(90),
    logRetentionDays: z.coerce
      .number()
      .refine((d) => LOG_RETENTION_DAYS.includes(d), `one of ${LOG_RETENTION_DAYS.join(', ')}`)
      .default(30),
    alarmEmail: z.preprocess(emptyAsUndefined, z.email().optional()),
    /** Alarm when the oldest message waiting for a human is older than this. */
    humanQueueMaxAgeMinutes: int(1, 20_160).default(60),
    /** Alarm when tickets wait longer than this for classification. */
    ingestQueueMaxAgeMinutes: int(1, 20_160).default(15),
    /** Alarm when more messages than this are quarantined in 5 minutes. */
    quarantineAlarmThreshold: int(0, 1_000_000).default(10),
    removalPolicy: z.enum(['retain', 'destroy']).default('retain'),
    /** Taxonomy JSON, relative to the project root: bundled with the function and read for the dashboard. */
    taxonomyFile: z.string().min(1).default('data/bnpl/taxonomy.json'),
  })
  .superRefine((c, ctx) => {
    // A batch is classified in waves of recordConcurrency calls; the slowest case must end before
    // the function times out, or the whole batch is retried.
    const waves = Math.ceil(c.batchSize / c.recordConcurrency);
    if (waves * c.modelTimeoutMs >= c.functionTimeoutSeconds * 1000) {
      ctx.addIssue({
        code: 'custom',
        path: ['modelTimeoutMs'],
        message: `${waves} waves (batchSize / recordConcurrency) x ${c.modelTimeoutMs} ms must end within functionTimeoutSeconds (${c.functionTimeoutSeconds} s)`,
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
    if (!c.modelRegions.includes(c.bedrockRegion)) {
      ctx.addIssue({
        code: 'custom',
        path: ['bedrockRegion'],
        message: `must be one of modelRegions (${c.modelRegions.join(', ')})`,
      });
    }
  });

type InfraConfig = z.infer<typeof InfraConfigSchema>;

const CONFIG_KEYS = Object.keys(InfraConfigSchema.shape) as (keyof InfraConfig)[];

/** Parses a plain object of context values (missing keys take their defaults). */
const parseInfraConfig = (context: Record<string, unknown>): InfraConfig => {
  const parsed = InfraConfigSchema.safeParse(context);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  context "${i.path.join('.')}": ${i.message}`);
    throw new InfraConfigError(`invalid CDK context:\n${lines.join('\n')}`);
  }
  return parsed.data;
};

/** Reads every config key from the construct tree's context. */
const loadInfraConfig = (scope: IConstruct): InfraConfig =>
  parseInfraConfig(Object.fromEntries(CONFIG_KEYS.map((key) => [key, scope.node.tryGetContext(key)])));

export type { InfraConfig };
export { CONFIG_KEYS, InfraConfigError, InfraConfigSchema, loadInfraConfig, parseInfraConfig };
