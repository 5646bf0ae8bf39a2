import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createBedrockClassifier } from '../adapters/bedrock/bedrock-classifier.js';
import { createObservationStore } from '../adapters/dynamodb/observation-store.js';
import { createQuarantineStore } from '../adapters/dynamodb/quarantine-store.js';
import { createRouteConfigStore } from '../adapters/dynamodb/route-config-store.js';
import { createTicketStore } from '../adapters/dynamodb/ticket-store.js';
import { createBatchingSender } from '../adapters/sqs/batching-sender.js';
import type { ClassifyEnv } from '../config/env.schema.js';
import { loadTaxonomy } from '../config/load-taxonomy.js';
import { BUCKETS, QUEUES, TABLES } from '../config/resources.js';
import { classifyTimeBudget } from '../config/time-budget.js';
import { createRouteConfigSource } from '../domain/route-config/route-config-source.js';
import { createLimiter } from '../use-cases/concurrency.js';
import type { TriageDeps } from '../use-cases/triage-record.js';
import {
  createBedrockClient as buildBedrockClient,
  type ClientBase,
  createDynamoClient,
  createSqsClient,
} from './aws-clients.js';
import { lazyScorer } from './lazy-scorer.js';

interface AwsClients {
  dynamo: DynamoDBClient;
  sqs: SQSClient;
  bedrock: BedrockRuntimeClient;
  /** Only with a scorer bucket configured. */
  s3?: S3Client;
}

/** The classify function's Bedrock client, with the timeout and attempts the time budget counts. */
const createBedrockClient = (config: ClassifyEnv, base: ClientBase = {}) =>
  buildBedrockClient(
    {
      modelTimeoutMs: config.MODEL_TIMEOUT_MS,
      region: config.BEDROCK_REGION,
      endpoint: config.BEDROCK_ENDPOINT,
    },
    base,
  );

/** Default clients, built once per container. The local stack injects its own. */
const createAwsClients = (config: ClassifyEnv): AwsClients => ({
  dynamo: createDynamoClient(),
  sqs: createSqsClient(),
  bedrock: createBedrockClient(config),
});

const createClassifyDeps = (
  config: ClassifyEnv,
  clients: AwsClients = createAwsClients(config),
): TriageDeps => {
  const taxonomy = loadTaxonomy(config.TAXONOMY_PATH);
  const documents = DynamoDBDocumentClient.from(clients.dynamo, {
    marshallOptions: { removeUndefinedValues: true },
  });
  // The classifier only reads configs; the audit table is the retune's and the operators'.
  const configs = createRouteConfigStore({
    client: documents,
    configTable: config[TABLES.routeConfig.envKey],
  });
  const bucket = config[BUCKETS.scorer.envKey];
  const scorer =
    bucket === undefined
      ? undefined
      : lazyScorer({
          bucket,
          documents,
          configTable: config[TABLES.routeConfig.envKey],
          ttlMs: config.ROUTE_CONFIG_CACHE_SECONDS * 1000,
          ...(clients.s3 ? { s3: clients.s3 } : {}),
        });
  return {
    taxonomy,
    // With a scorer bucket the route scorer's probability is certified; the model is its second opinion.
    ...(scorer ?? {}),
    routeConfigs: createRouteConfigSource(configs, taxonomy, {
      ttlMs: config.ROUTE_CONFIG_CACHE_SECONDS * 1000,
      sampling: { explorationRate: config.EXPLORATION_RATE, auditRate: config.AUDIT_RATE },
    }),
    classifier: createBedrockClassifier({ client: clients.bedrock, modelId: config.MODEL_ID, taxonomy }),
    tickets: createTicketStore({
      client: documents,
      tableName: config[TABLES.tickets.envKey],
      retentionDays: config.TICKET_RETENTION_DAYS,
      defaultLeaseMs: config.MODEL_TIMEOUT_MS * 3,
    }),
    quarantine: createQuarantineStore({
      client: documents,
      tableName: config[TABLES.quarantine.envKey],
      retentionDays: config.TICKET_RETENTION_DAYS,
    }),
    sender: createBatchingSender(clients.sqs),
    observations: createObservationStore({
      client: documents,
      tableName: config[TABLES.observations.envKey],
      retentionDays: config.OBSERVATION_RETENTION_DAYS,
    }),
    queueUrls: {
      resolutions: config[QUEUES.resolutions.envKey],
      human: config[QUEUES.human.envKey],
      qa: config[QUEUES.qa.envKey],
    },
    modelId: config.MODEL_ID,
    modelLimiter: createLimiter(config.RECORD_CONCURRENCY),
    // The time budget's reserve: both model calls with every SDK attempt, and the writes after them.
    reserveMs: classifyTimeBudget(config.MODEL_TIMEOUT_MS).reserveMs,
    acceptHistory: config.ACCEPT_HISTORY === 'true',
  };
};

export type { AwsClients };
export { createAwsClients, createBedrockClient, createClassifyDeps };
