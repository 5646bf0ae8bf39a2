import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createObservationStore } from '../adapters/dynamodb/observation-store.js';
import { createOutcomeStore } from '../adapters/dynamodb/outcome-store.js';
import { createQuarantineStore } from '../adapters/dynamodb/quarantine-store.js';
import { createRouteConfigStore } from '../adapters/dynamodb/route-config-store.js';
import { createTicketStore } from '../adapters/dynamodb/ticket-store.js';
import { createBatchingSender } from '../adapters/sqs/batching-sender.js';
import type { OutcomeEnv, RetuneEnv } from '../config/env.schema.js';
import { loadTaxonomy } from '../config/load-taxonomy.js';
import { BUCKETS, QUEUES, TABLES } from '../config/resources.js';
import { breakEvenWrongAutoCost } from '../domain/settings.schema.js';
import type { RecordOutcomeDeps } from '../use-cases/record-outcome.js';
import type { RetuneDeps } from '../use-cases/retune-routes.js';
import { createDynamoClient, createSqsClient } from './aws-clients.js';
import { createS3Client } from './s3-client.js';
import { scorerEvidence, scorerExamples } from './scorer-deps.js';

/** The feedback loop's adapters, built once per container from validated config. */

/**
 * How long an outcome claim blocks other deliveries of it: past the outcome function's 30 s timeout,
 * so a live claim is never taken over, and under the queue's visibility timeout, so the redelivery
 * after a crash finds it expired.
 */
const OUTCOME_CLAIM_MS = 45_000;

const documentClient = (dynamo: DynamoDBClient = createDynamoClient()) =>
  DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });

const createOutcomeDeps = (config: OutcomeEnv, dynamo?: DynamoDBClient, sqs?: SQSClient, s3?: S3Client) => {
  const client = documentClient(dynamo);
  const bucket = config[BUCKETS.scorer.envKey];
  // Adjudication requests from records of one batch share SendMessageBatch calls.
  const sender = createBatchingSender(sqs ?? createSqsClient());
  const qaUrl = config[QUEUES.qa.envKey];
  const tickets = createTicketStore({
    client,
    tableName: config[TABLES.tickets.envKey],
    retentionDays: config.TICKET_RETENTION_DAYS,
    defaultLeaseMs: 0,
  });
  const deps: RecordOutcomeDeps = {
    readTicket: tickets.read,
    outcomes: createOutcomeStore({
      client,
      tableName: config[TABLES.outcomes.envKey],
      retentionDays: config.OBSERVATION_RETENTION_DAYS,
      claimMs: OUTCOME_CLAIM_MS,
    }),
    observations: createObservationStore({
      client,
      tableName: config[TABLES.observations.envKey],
      retentionDays: config.OBSERVATION_RETENTION_DAYS,
    }),
    configs: createRouteConfigStore({
      client,
      configTable: config[TABLES.routeConfig.envKey],
      auditTable: config[TABLES.routeAudit.envKey],
    }),
    taxonomy: loadTaxonomy(config.TAXONOMY_PATH),
    breaker: {
      targetError: config.TARGET_ERROR,
      delta: config.BREAKER_DELTA,
      reopenBaseline: config.BREAKER_REOPEN_BASELINE,
      trippedExplorationRate: config.BREAKER_EXPLORATION_RATE,
    },
    breakerWindowDays: config.BREAKER_WINDOW_DAYS,
    sendToQa: (item) => sender.send(qaUrl, JSON.stringify(item)),
    ...(bucket ? { examples: scorerExamples({ s3: s3 ?? createS3Client(), bucket }) } : {}),
  };
  const quarantine = createQuarantineStore({
    client,
    tableName: config[TABLES.quarantine.envKey],
    retentionDays: config.TICKET_RETENTION_DAYS,
  });
  return { deps, quarantine };
};

const createRetuneDeps = (config: RetuneEnv, dynamo?: DynamoDBClient, s3?: S3Client): RetuneDeps => {
  const client = documentClient(dynamo);
  const taxonomy = loadTaxonomy(config.TAXONOMY_PATH);
  const bucket = config[BUCKETS.scorer.envKey];
  const location = bucket && {
    s3: s3 ?? createS3Client(),
    bucket,
    documents: client,
    configTable: config[TABLES.routeConfig.envKey],
  };
  return {
    taxonomy,
    // With a scorer bucket only the active scorer version's scores certify.
    ...(location ? { scorer: scorerEvidence(location, taxonomy) } : {}),
    configs: createRouteConfigStore({
      client,
      configTable: config[TABLES.routeConfig.envKey],
      auditTable: config[TABLES.routeAudit.envKey],
    }),
    observations: createObservationStore({
      client,
      tableName: config[TABLES.observations.envKey],
      retentionDays: config.WINDOW_DAYS,
    }),
    settings: {
      targetError: config.TARGET_ERROR,
      routeCap: Math.max(config.ROUTE_CAP, config.TARGET_ERROR),
      delta: config.DELTA,
      minSamples: config.MIN_SAMPLES,
      maxStepDown: config.MAX_STEP_DOWN,
      cost: {
        llmCostPerTicket: config.LLM_COST_PER_TICKET,
        humanCostPerTicket: config.HUMAN_COST_PER_TICKET,
        wrongAutoCost:
          config.WRONG_AUTO_COST ?? breakEvenWrongAutoCost(config.HUMAN_COST_PER_TICKET, config.TARGET_ERROR),
      },
    },
    sampling: { explorationRate: config.EXPLORATION_RATE, auditRate: config.AUDIT_RATE },
    windowDays: config.WINDOW_DAYS,
  };
};

export { createOutcomeDeps, createRetuneDeps };
