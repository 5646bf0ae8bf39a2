import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createBedrockClassifier } from '../adapters/bedrock/bedrock-classifier.js';
import { createQuarantineStore } from '../adapters/dynamodb/quarantine-store.js';
import { createRouteConfigStore } from '../adapters/dynamodb/route-config-store.js';
import { createTicketStore } from '../adapters/dynamodb/ticket-store.js';
import { createBatchingSender } from '../adapters/sqs/batching-sender.js';
import type { ClassifyEnv } from '../config/env.schema.js';
import { loadTaxonomy } from '../config/load-taxonomy.js';
import { QUEUES, TABLES } from '../config/resources.js';
import { createRouteConfigSource } from '../domain/route-config/route-config-source.js';
import { createLimiter } from '../use-cases/concurrency.js';
import type { TriageDeps } from '../use-cases/triage-record.js';

interface AwsClients {
  dynamo: DynamoDBClient;
  sqs: SQSClient;
  bedrock: BedrockRuntimeClient;
}

/** Settings every client shares; the local stack passes its region and stand-in credentials. */
type ClientBase = { region?: string; credentials?: { accessKeyId: string; secretAccessKey: string } };

const createBedrockClient = (config: ClassifyEnv, base: ClientBase = {}) =>
  new BedrockRuntimeClient({
    ...base,
    ...(config.BEDROCK_REGION ? { region: config.BEDROCK_REGION } : {}),
    ...(config.BEDROCK_ENDPOINT ? { endpoint: config.BEDROCK_ENDPOINT } : {}),
    // Throttling is retried by SQS redelivery with the visibility timeout as backoff; retrying
    // inside the function only burns its time and the quota.
    maxAttempts: 2,
    requestHandler: { requestTimeout: config.MODEL_TIMEOUT_MS, connectionTimeout: 3_000 },
  });

/** Default clients, built once per container. The local stack injects its own. */
const createAwsClients = (config: ClassifyEnv): AwsClients => ({
  dynamo: new DynamoDBClient({}),
  sqs: new SQSClient({}),
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
  return {
    taxonomy,
    routeConfigs: createRouteConfigSource(configs, taxonomy, {
      ttlMs: config.ROUTE_CONFIG_CACHE_SECONDS * 1000,
      sampling: { explorationRate: config.EXPLORATION_RATE, auditRate: config.AUDIT_RATE },
    }),
    classifier: createBedrockClassifier({ client: clients.bedrock, modelId: config.MODEL_ID, taxonomy }),
    tickets: createTicketStore({
      client: documents,
      tableName: config[TABLES.tickets.envKey],
      retentionDays: config.TICKET_RETENTION_DAYS,
      leaseMs: config.MODEL_TIMEOUT_MS * 3,
    }),
    quarantine: createQuarantineStore({
      client: documents,
      tableName: config[TABLES.quarantine.envKey],
      retentionDays: config.TICKET_RETENTION_DAYS,
    }),
    sender: createBatchingSender(clients.sqs),
    queueUrls: {
      resolutions: config[QUEUES.resolutions.envKey],
      human: config[QUEUES.human.envKey],
      qa: config[QUEUES.qa.envKey],
    },
    modelId: config.MODEL_ID,
    modelLimiter: createLimiter(config.RECORD_CONCURRENCY),
    reserveMs: 2 * config.MODEL_TIMEOUT_MS + 2_000,
  };
};

export type { AwsClients };
export { createAwsClients, createBedrockClient, createClassifyDeps };
