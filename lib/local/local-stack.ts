import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClassifyEnv } from '../config/env.schema.js';
import { QUEUES, TABLES } from '../config/resources.js';
import { readLabelledCsv } from '../data/labelled-csv.js';
import { trainTextClassifier } from '../embedded/text-classifier.js';
import { toRouteId } from '../taxonomy/derive-taxonomy.js';
import type { StandInServer } from './converse-server.js';
import { startConverseServer } from './converse-server.js';
import type { Emulators } from './emulators.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startEmulators } from './emulators.js';
import type { SqsHandler, SqsPoller } from './sqs-poller.js';
import { startSqsPoller } from './sqs-poller.js';

/**
 * Everything `npm start` runs on one machine: the emulators, the stand-in model endpoint, and the
 * real classify handler module, configured only through environment variables as in Lambda.
 */

const LOCAL_MODEL_ID = 'local.stand-in';
const CLASSIFY_TIMEOUT_MS = 30_000;

interface LocalStackOptions {
  trainPath: string;
  taxonomyPath: string;
  /** Concurrent handler invocations (the event source mapping's maximum concurrency). */
  concurrency?: number;
  batchSize?: number;
  visibilityTimeoutSeconds?: number;
  /** Keep every Converse request body (tests check what the model receives). */
  recordModelRequests?: boolean;
  onStatus?: (message: string) => void;
}

interface LocalStack {
  emulators: Emulators;
  standIn: StandInServer;
  poller: SqsPoller;
  /** The real classify handler module's raw handler, for direct invocations in tests. */
  handler: SqsHandler;
  trainingExamples: number;
  stop(): Promise<void>;
}

const handlerEnv = (
  emulators: Emulators,
  standIn: StandInServer,
  taxonomyPath: string,
): Record<string, string> => {
  const config: Record<keyof ClassifyEnv, string> = {
    [TABLES.tickets.envKey]: emulators.tables.tickets,
    [TABLES.quarantine.envKey]: emulators.tables.quarantine,
    [QUEUES.resolutions.envKey]: emulators.queues.resolutions.url,
    [QUEUES.human.envKey]: emulators.queues.human.url,
    MODEL_ID: LOCAL_MODEL_ID,
    BEDROCK_REGION: LOCAL_REGION,
    BEDROCK_ENDPOINT: standIn.endpoint,
    TAXONOMY_PATH: resolve(taxonomyPath),
    TICKET_RETENTION_DAYS: '90',
    RECORD_CONCURRENCY: '10',
    MODEL_TIMEOUT_MS: '10000',
  };
  return {
    ...config,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
    AWS_ENDPOINT_URL_SQS: emulators.sqsEndpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    POWERTOOLS_SERVICE_NAME: 'ticket-triage',
    POWERTOOLS_LOG_LEVEL: 'WARN',
    AWS_LAMBDA_FUNCTION_NAME: 'classify',
  };
};

/** Imports the Lambda module after its environment is set, as a cold start would. */
const loadClassifyHandler = async (): Promise<SqsHandler> => {
  const url = pathToFileURL(resolve(import.meta.dirname, '../../functions/classify.ts')).href;
  const module = (await import(url)) as { classifyHandler: SqsHandler };
  return module.classifyHandler;
};

const startLocalStack = async (options: LocalStackOptions): Promise<LocalStack> => {
  const status = options.onStatus ?? (() => undefined);
  // The stand-in answers with route ids, so labels are folded the way a derived taxonomy folds them.
  const examples = readLabelledCsv(options.trainPath).map((e) => ({ ...e, label: toRouteId(e.label) }));
  status(`training the local stand-in model on ${examples.length} labelled tickets`);
  const classifier = trainTextClassifier(examples);
  const emulators = await startEmulators({ visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 5 });
  const standIn = await startConverseServer({ classifier, recordRequests: options.recordModelRequests });
  Object.assign(process.env, handlerEnv(emulators, standIn, options.taxonomyPath));
  const handler = await loadClassifyHandler();
  const poller = startSqsPoller({
    sqs: emulators.sqs,
    queueUrl: emulators.queues.ingest.url,
    queueArn: `arn:aws:sqs:${LOCAL_REGION}:123456789012:${QUEUES.ingest.id}`,
    handler,
    functionName: 'classify',
    functionTimeoutMs: CLASSIFY_TIMEOUT_MS,
    batchSize: options.batchSize ?? 10,
    concurrency: options.concurrency ?? 4,
  });
  return {
    emulators,
    standIn,
    poller,
    handler,
    trainingExamples: examples.length,
    stop: async () => {
      await poller.stop();
      await standIn.stop();
      await emulators.stop();
    },
  };
};

export type { LocalStack, LocalStackOptions };
export { LOCAL_MODEL_ID, startLocalStack };
