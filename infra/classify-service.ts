import { Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ClassifyEnvSchema } from '../lib/config/env.schema.js';
import { BUCKETS, QUEUES, TABLES } from '../lib/config/resources.js';
import { bedrockInvokeArns, type ModelAccess } from './bedrock-access.js';
import { type DataAccess, grantDataAccess } from './data-access.js';
import type { FunctionEnv } from './function-env.js';
import type { TriageData } from './triage-data.js';
import { bundledTaxonomy, TAXONOMY_PATH, TriageFunction } from './triage-function.js';

/**
 * The classify function, fed by the ingest queue, with exactly the permissions it uses: consume the
 * ingest queue, send to the resolutions, human and QA queues, read/write the tickets, write the
 * quarantine, write history labels to the observations, list the route configs, and invoke the
 * configured Bedrock model.
 */

interface ClassifySettings extends ModelAccess {
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
  readonly maxConcurrency: number;
  readonly reservedConcurrency?: number;
  readonly recordConcurrency: number;
  readonly modelTimeoutMs: number;
  readonly functionTimeoutSeconds: number;
  readonly functionMemoryMb: number;
  readonly ticketRetentionDays: number;
  /** The retune's window: history labels expire after it, as the outcome function's do. */
  readonly windowDays: number;
  readonly routeConfigCacheSeconds: number;
  /** Whether history tickets from `triage backfill` are scored (ACCEPT_HISTORY), else quarantined. */
  readonly acceptHistory: boolean;
  /** Sampling rates of routes the retune has not written a config for yet. */
  readonly explorationRate: number;
  readonly auditRate: number;
  /** Taxonomy JSON (project-relative); copied into the bundle. */
  readonly taxonomyFile: string;
}

interface ClassifyServiceProps {
  readonly data: TriageData;
  readonly settings: ClassifySettings;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * lib/adapters/dynamodb/ticket-store.ts (Get, and conditional Updates that also create the item),
 * quarantine-store.ts (Put), observation-store.ts `put` (a history ticket's label, from
 * triage backfill), route-config-store.ts `list` (Scan of all configs, cached per
 * container; the classifier never reads the audit trail), and lib/adapters/sqs/batching-sender.ts
 * (SendMessageBatch, authorized as sqs:SendMessage). The route scorer: the active scorer's pointer
 * (GetItem of its route-config item), its artifact (`scorers/*`), and a history ticket's labelled
 * example (`examples/*`).
 */
const CLASSIFY_ACCESS: DataAccess = {
  tables: {
    tickets: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
    quarantine: ['dynamodb:PutItem'],
    observations: ['dynamodb:PutItem'],
    routeConfig: ['dynamodb:GetItem', 'dynamodb:Scan'],
  },
  sendTo: ['resolutions', 'human', 'qa'],
  objects: { examples: ['s3:PutObject'], scorers: ['s3:GetObject'] },
};

class ClassifyService extends Construct {
  readonly fn: TriageFunction<typeof ClassifyEnvSchema>;

  constructor(scope: Construct, id: string, props: ClassifyServiceProps) {
    super(scope, id);
    const { data, settings: s } = props;
    const { tables, queues } = data;

    const environment: FunctionEnv<typeof ClassifyEnvSchema> = {
      [TABLES.tickets.envKey]: tables.tickets.tableName,
      [TABLES.quarantine.envKey]: tables.quarantine.tableName,
      [TABLES.routeConfig.envKey]: tables.routeConfig.tableName,
      [TABLES.observations.envKey]: tables.observations.tableName,
      [QUEUES.resolutions.envKey]: queues.resolutions.queue.queueUrl,
      [QUEUES.human.envKey]: queues.human.queue.queueUrl,
      [QUEUES.qa.envKey]: queues.qa.queue.queueUrl,
      [BUCKETS.scorer.envKey]: data.scorerBucket.bucket.bucketName,
      ROUTE_CONFIG_CACHE_SECONDS: String(s.routeConfigCacheSeconds),
      ACCEPT_HISTORY: String(s.acceptHistory),
      EXPLORATION_RATE: String(s.explorationRate),
      AUDIT_RATE: String(s.auditRate),
      MODEL_ID: s.modelId,
      BEDROCK_REGION: s.bedrockRegion,
      TAXONOMY_PATH,
      TICKET_RETENTION_DAYS: String(s.ticketRetentionDays),
      OBSERVATION_RETENTION_DAYS: String(s.windowDays),
      RECORD_CONCURRENCY: String(s.recordConcurrency),
      MODEL_TIMEOUT_MS: String(s.modelTimeoutMs),
    };
    this.fn = new TriageFunction(this, 'Classify', {
      entry: 'functions/classify.ts',
      description: 'Classifies tickets from the ingest queue and routes them to auto-resolution or a human',
      envSchema: ClassifyEnvSchema,
      environment,
      timeout: Duration.seconds(s.functionTimeoutSeconds),
      memorySize: s.functionMemoryMb,
      reservedConcurrentExecutions: s.reservedConcurrency,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      bundledFiles: [bundledTaxonomy(s.taxonomyFile)],
    });
    const { function: fn, role } = this.fn;

    // maxConcurrency caps how many batches run at once, so that Bedrock calls in flight stay within
    // the model quota. Calls in flight = maxConcurrency x min(batchSize, recordConcurrency). A quota
    // of Q requests per minute at an average call latency of L seconds sustains Q / (60 / L) calls
    // in flight, so: maxConcurrency = floor(Q / (60 / L) / min(batchSize, recordConcurrency)), and
    // at least 2 (the SQS event source minimum). Example: Q = 250 RPM, L = 2.5 s gives ~10 calls in
    // flight; with 5 records at once, maxConcurrency = 2. Check the tokens-per-minute quota the same
    // way (tokens per call x calls per minute). Throttled records are retried, never dropped.
    fn.addEventSource(
      new SqsEventSource(queues.ingest.queue, {
        batchSize: s.batchSize,
        maxBatchingWindow:
          s.maxBatchingWindowSeconds > 0 ? Duration.seconds(s.maxBatchingWindowSeconds) : undefined,
        maxConcurrency: s.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );

    grantDataAccess(role, data, CLASSIFY_ACCESS);
    const stack = Stack.of(this);
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'InvokeConfiguredModel',
        actions: ['bedrock:InvokeModel'],
        resources: bedrockInvokeArns(s, stack.partition, stack.account),
      }),
    );
  }
}

export type { ClassifyServiceProps, ClassifySettings };
export { CLASSIFY_ACCESS, ClassifyService };
