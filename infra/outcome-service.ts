import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { OutcomeEnvSchema } from '../lib/config/env.schema.js';
import { BUCKETS, QUEUES, TABLES } from '../lib/config/resources.js';
import { type DataAccess, grantDataAccess } from './data-access.js';
import type { FunctionEnv } from './function-env.js';
import type { TriageData } from './triage-data.js';
import { bundledTaxonomy, TAXONOMY_PATH, TriageFunction } from './triage-function.js';

/**
 * The outcome function, fed by the outcomes queue (human resolutions, customer feedback, QA
 * verdicts; contract in docs/contracts.md, "Outcomes"). It stores each outcome once, turns it into labelled
 * observations, sends human labels that disagree with the model to QA for adjudication, and
 * trips a route's circuit breaker (drops it to shadow mode) when its audited or customer-reported
 * quality falls past the floor.
 */

interface OutcomeSettings {
  /** Days before TTL removes the quarantine entries of invalid outcomes (TICKET_RETENTION_DAYS). */
  readonly ticketRetentionDays: number;
  /** The retune's window: observations and outcome records expire after it. */
  readonly windowDays: number;
  readonly taxonomyFile: string;
  /** The retune's target error, which the circuit breaker tests against (TARGET_ERROR). */
  readonly targetError: number;
  readonly breakerDelta: number;
  readonly breakerReopenBaseline: number;
  readonly breakerExplorationRate: number;
}

interface OutcomeServiceProps {
  readonly data: TriageData;
  readonly settings: OutcomeSettings;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Sizing of the outcome consumer. A record costs a handful of DynamoDB calls and no model call, so
 * these are fixed rather than configured. The outcomes queue's visibility timeout is derived from
 * them (infra/triage-app.ts). maxConcurrency keeps a flood of outcomes from taking the account's
 * concurrency from classify, and bounds version conflicts on a route's config (a conflicting
 * record fails and is retried).
 */
const OUTCOME_CONSUMER = {
  timeout: Duration.seconds(30),
  memorySize: 256,
  batchSize: 10,
  maxBatchingWindow: Duration.seconds(1),
  maxConcurrency: 5,
} as const;

/**
 * lib/use-cases/record-outcome.ts through its stores: read the ticket (Get), claim, complete or set
 * aside the outcome (conditional Put; a consistent Get when the failed claim's old item is not
 * returned), write observations and read the breaker window (Put, Query), read and save the
 * route config (Get, conditional Put), append to the audit trail (Put), quarantine invalid
 * messages (Put), and send disputed human labels to the QA queue for adjudication
 * (SendMessageBatch, authorized as sqs:SendMessage, with the data key through SQS). A person's or
 * QA's label becomes the ticket's labelled example for the route scorer (`examples/*`).
 */
const OUTCOME_ACCESS: DataAccess = {
  tables: {
    tickets: ['dynamodb:GetItem'],
    outcomes: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    observations: ['dynamodb:PutItem', 'dynamodb:Query'],
    routeConfig: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    routeAudit: ['dynamodb:PutItem'],
    quarantine: ['dynamodb:PutItem'],
  },
  sendTo: ['qa'],
  objects: { examples: ['s3:PutObject'] },
};

class OutcomeService extends Construct {
  readonly fn: TriageFunction<typeof OutcomeEnvSchema>;

  constructor(scope: Construct, id: string, props: OutcomeServiceProps) {
    super(scope, id);
    const { data, settings: s } = props;
    const { tables, queues } = data;

    const environment: FunctionEnv<typeof OutcomeEnvSchema> = {
      [TABLES.tickets.envKey]: tables.tickets.tableName,
      [TABLES.quarantine.envKey]: tables.quarantine.tableName,
      [TABLES.routeConfig.envKey]: tables.routeConfig.tableName,
      [TABLES.routeAudit.envKey]: tables.routeAudit.tableName,
      [TABLES.outcomes.envKey]: tables.outcomes.tableName,
      [TABLES.observations.envKey]: tables.observations.tableName,
      [QUEUES.qa.envKey]: queues.qa.queue.queueUrl,
      [BUCKETS.scorer.envKey]: data.scorerBucket.bucket.bucketName,
      TAXONOMY_PATH,
      OBSERVATION_RETENTION_DAYS: String(s.windowDays),
      TICKET_RETENTION_DAYS: String(s.ticketRetentionDays),
      TARGET_ERROR: String(s.targetError),
      BREAKER_DELTA: String(s.breakerDelta),
      BREAKER_REOPEN_BASELINE: String(s.breakerReopenBaseline),
      BREAKER_EXPLORATION_RATE: String(s.breakerExplorationRate),
    };
    this.fn = new TriageFunction(this, 'Outcome', {
      entry: 'functions/outcome.ts',
      description: 'Records outcomes as labelled observations and trips route circuit breakers',
      envSchema: OutcomeEnvSchema,
      environment,
      timeout: OUTCOME_CONSUMER.timeout,
      memorySize: OUTCOME_CONSUMER.memorySize,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      bundledFiles: [bundledTaxonomy(s.taxonomyFile)],
    });
    this.fn.function.addEventSource(
      new SqsEventSource(queues.outcomes.queue, {
        batchSize: OUTCOME_CONSUMER.batchSize,
        maxBatchingWindow: OUTCOME_CONSUMER.maxBatchingWindow,
        maxConcurrency: OUTCOME_CONSUMER.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
    grantDataAccess(this.fn.role, data, OUTCOME_ACCESS);
  }
}

export type { OutcomeServiceProps, OutcomeSettings };
export { OUTCOME_ACCESS, OUTCOME_CONSUMER, OutcomeService };
