import { resolve } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createClassifyHandler } from '../../functions/classify-handler.js';
import { createOutcomeHandler } from '../../functions/outcome-handler.js';
import { createRetuneHandler } from '../../functions/retune-handler.js';
import { createTrainHandler } from '../../functions/train-handler.js';
import {
  ClassifyEnvSchema,
  loadEnv,
  OutcomeEnvSchema,
  RetuneEnvSchema,
  TrainEnvSchema,
} from '../../lib/config/env.schema.js';
import { classifyTimeBudget } from '../../lib/config/time-budget.js';
import { buildUserMessage, extractTicketText } from '../../lib/domain/classification/prompt.js';
import { redactPii } from '../../lib/domain/pii/redact.js';
import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import type { Ticket } from '../../lib/domain/tickets/ticket.schema.js';
import type { RetuneReport } from '../../lib/use-cases/retune-routes.js';
import type { TrainReport, TrainTrigger } from '../../lib/use-cases/train-route-scorer.js';
import { createBedrockClient } from '../../lib/wiring/classify-deps.js';
import { runBackfill } from '../backfill/backfill.js';
import { readHistoryCsv } from '../backfill/history-csv.js';
import type { LabelledExample } from '../data/labelled-csv.js';
import { readLabelledCsv } from '../data/labelled-csv.js';
import { stratifiedFolds } from '../embedded/cross-validate.js';
import type { TextClassifier } from '../embedded/text-classifier.js';
import { trainTextClassifier } from '../embedded/text-classifier.js';
import { toRouteId } from '../taxonomy/derive-taxonomy.js';
import type { StandInServer } from './converse-server.js';
import { startConverseServer } from './converse-server.js';
import type { Emulators } from './emulators.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION, resourceEnv, startEmulators } from './emulators.js';
import type { FaultRates } from './fault-spec.js';
import { createLambdaContext } from './lambda-context.js';
import type { SqsHandler, SqsPoller } from './sqs-poller.js';
import { pollEmulatorQueue } from './sqs-poller.js';

/**
 * Everything `npm start` runs on one machine: the emulators, the stand-in model endpoint, and the
 * real classify, outcome and retune handlers, middleware included. Each is built by the same
 * factory the Lambda entry calls, from config parsed by the same schema, with the emulators'
 * clients injected; nothing global is touched, so two stacks can run in one process.
 */

const LOCAL_MODEL_ID = 'local.stand-in';
const FUNCTION_TIMEOUT_MS = 30_000;

interface LocalStackOptions {
  trainPath: string;
  taxonomyPath: string;
  /** Concurrent classify invocations (the event source mapping's maximum concurrency). */
  concurrency?: number;
  batchSize?: number;
  /** The pollers' idle mode (see PollerOptions.idlePollMs), for a stack that waits long for work. */
  idlePollMs?: number;
  visibilityTimeoutSeconds?: number;
  /** Keep every Converse request body (tests check what the model receives). */
  recordModelRequests?: boolean;
  /** Extra or overriding function settings (TARGET_ERROR, EXPLORATION_RATE, MODEL_TIMEOUT_MS, ...). */
  settings?: Record<string, string>;
  /** Fault injection at the stand-in endpoint. */
  faults?: { rates: FaultRates['model']; seed: number };
  onStatus?: (message: string) => void;
  /** The handlers' Powertools log level (WARN by default, so the terminal stays readable). */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}

interface LocalStack {
  emulators: Emulators;
  standIn: StandInServer;
  classifier: TextClassifier;
  /** The real, middy-wrapped handlers, for direct invocations. */
  handler: SqsHandler;
  /** The classify timeout the time budget gives these settings, for direct invocations' contexts. */
  classifyTimeoutMs: number;
  outcomeHandler: SqsHandler;
  retune: (event?: { dryRun?: boolean }) => Promise<RetuneReport>;
  /**
   * The train function: a route scorer version from every labelled example, made active; with
   * `schedule`, only when the retrain rule says it is due, as the deployed schedule asks.
   */
  train: (trigger?: TrainTrigger) => Promise<TrainReport>;
  training: LabelledExample[];
  /**
   * Backfills the training set as labelled history, through the ingest queue and the real
   * classify handler, each ticket answered by a fold model that never trained on it; resolves
   * once all are scored, with how many history labels were recorded.
   */
  seedHistory: () => Promise<number>;
  stop(): Promise<void>;
}

const functionEnv = (
  emulators: Emulators,
  taxonomyPath: string,
  settings: Record<string, string>,
): Record<string, string> => ({
  ...resourceEnv(emulators),
  MODEL_ID: LOCAL_MODEL_ID,
  BEDROCK_REGION: LOCAL_REGION,
  TAXONOMY_PATH: resolve(taxonomyPath),
  MODEL_TIMEOUT_MS: '10000',
  // The stand-in has no quota to stay under: a whole default batch of ten is classified at once.
  RECORD_CONCURRENCY: '10',
  // Locally a retune should reach the classifier within a second, not a minute.
  ROUTE_CONFIG_CACHE_SECONDS: '1',
  ...settings,
});

/** The ticket text the stand-in receives: redacted and framed as the classifier frames it. */
const modelText = (ticket: Pick<Ticket, 'subject' | 'body'>): string =>
  extractTicketText(
    buildUserMessage({
      subject: ticket.subject === undefined ? undefined : redactPii(ticket.subject).text,
      body: redactPii(ticket.body).text,
    }),
  ) ?? '';

/** Folds and seed as crossValidate draws them, so the warm start scores what `triage eval` measures. */
const HISTORY_FOLDS = 5;

/** The stand-in endpoint, with fault injection when asked; `outOfFold` answers history tickets. */
const startStandIn = (
  options: LocalStackOptions,
  classifier: TextClassifier,
  outOfFold: ReadonlyMap<string, TextClassifier>,
  modelTimeoutMs: number,
): Promise<StandInServer> =>
  startConverseServer({
    classifier,
    modelFor: (text) => outOfFold.get(text),
    recordRequests: options.recordModelRequests,
    ...(options.faults
      ? {
          faults: {
            rates: options.faults.rates,
            random: mulberry32(options.faults.seed),
            // A hang outlasts the client's timeout, which is what makes it a hang.
            hangMs: modelTimeoutMs + 1_000,
          },
        }
      : {}),
  });

/**
 * The three real handlers, from config parsed by the same schemas as a cold start in Lambda (a bad
 * setting fails here, by key), with the emulators' clients injected.
 */
const createLocalHandlers = (
  options: LocalStackOptions,
  emulators: Emulators,
  env: Record<string, string>,
  standIn: StandInServer,
) => {
  const classifyConfig = loadEnv(ClassifyEnvSchema, { ...env, BEDROCK_ENDPOINT: standIn.endpoint });
  const base = { logLevel: options.logLevel ?? 'WARN' };
  const { dynamo, sqs, s3 } = emulators;
  const bedrock = createBedrockClient(classifyConfig, {
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const handler = createClassifyHandler(classifyConfig, {
    ...base,
    clients: { dynamo, sqs, bedrock, s3 },
  }).handler;
  const outcomeHandler = createOutcomeHandler(loadEnv(OutcomeEnvSchema, env), {
    ...base,
    clients: { dynamo, sqs, s3 },
  }).handler;
  const retuneHandler = createRetuneHandler(loadEnv(RetuneEnvSchema, env), {
    ...base,
    clients: { dynamo, s3 },
  }).handler;
  const retune: LocalStack['retune'] = (event = {}) =>
    retuneHandler(event, createLambdaContext('retune', 60_000));
  const { trainHandler } = createTrainHandler(loadEnv(TrainEnvSchema, env), {
    ...base,
    clients: { dynamo, s3 },
  });
  const train: LocalStack['train'] = (trigger = 'now') => trainHandler({ trigger });
  // As in AWS, the classify timeout comes from the time budget, or the deadline guard would
  // return every record unprocessed.
  const classifyTimeoutMs =
    classifyTimeBudget(classifyConfig.MODEL_TIMEOUT_MS, {
      batchSize: options.batchSize ?? 10,
      recordConcurrency: classifyConfig.RECORD_CONCURRENCY,
      batchingWindowSeconds: 0,
    }).functionTimeoutSeconds * 1000;
  return { handler, outcomeHandler, retune, train, classifyTimeoutMs };
};

/** The event source mappings: the ingest queue to classify, the outcomes queue to outcome. */
const startPollers = (
  options: LocalStackOptions,
  emulators: Emulators,
  handlers: Pick<LocalStack, 'handler' | 'outcomeHandler' | 'classifyTimeoutMs'>,
): SqsPoller[] => [
  pollEmulatorQueue(emulators, 'ingest', handlers.handler, {
    concurrency: options.concurrency ?? 4,
    batchSize: options.batchSize,
    functionTimeoutMs: handlers.classifyTimeoutMs,
    idlePollMs: options.idlePollMs,
  }),
  pollEmulatorQueue(emulators, 'outcomes', handlers.outcomeHandler, {
    concurrency: options.concurrency === 0 ? 0 : 1,
    batchSize: options.batchSize,
    functionTimeoutMs: FUNCTION_TIMEOUT_MS,
    idlePollMs: options.idlePollMs,
  }),
];

/** One model per fold, keyed by the text the stand-in receives for each ticket it never saw. */
const trainFoldModels = (
  training: LabelledExample[],
  items: ReturnType<typeof readHistoryCsv>,
  outOfFold: Map<string, TextClassifier>,
): void => {
  const folds = stratifiedFolds(
    training.map((e) => e.label),
    HISTORY_FOLDS,
    1,
  );
  for (const heldOut of folds) {
    const held = new Set(heldOut);
    const model = trainTextClassifier(
      training.filter((_, i) => !held.has(i)),
      { seed: 1 },
    );
    for (const i of heldOut) {
      const key = modelText(JSON.parse((items[i] as { body: string }).body) as Ticket);
      if (!outOfFold.has(key)) outOfFold.set(key, model);
    }
  }
};

/** Backfills the training set as history through the real classify handler (LocalStack.seedHistory). */
const seedHistoryWith = async (
  options: LocalStackOptions,
  emulators: Emulators,
  training: LabelledExample[],
  outOfFold: Map<string, TextClassifier>,
): Promise<number> => {
  const status = options.onStatus ?? (() => undefined);
  const items = readHistoryCsv(options.trainPath);
  if (outOfFold.size === 0) {
    status(
      `training ${HISTORY_FOLDS} fold models, so that no labelled ticket is scored by a model that saw it`,
    );
    trainFoldModels(training, items, outOfFold);
  }
  status(`backfilling ${items.length} labelled tickets through the classifier as first evidence`);
  const report = await runBackfill({
    sqs: emulators.sqs,
    documents: DynamoDBDocumentClient.from(emulators.dynamo),
    queueUrl: emulators.queues.ingest.url,
    ticketsTable: emulators.tables.tickets,
    items,
    pollMs: 200,
  });
  if (report.pending + report.unpublished > 0) {
    throw new Error(
      `the warm start scored ${report.scored + report.failed} of ${items.length} history tickets; ${report.pending} were still waiting`,
    );
  }
  return report.scored;
};

const startLocalStack = async (options: LocalStackOptions): Promise<LocalStack> => {
  const status = options.onStatus ?? (() => undefined);
  // The stand-in answers with route ids, so labels are folded the way a derived taxonomy folds them.
  const training = readLabelledCsv(options.trainPath).map((e) => ({ ...e, label: toRouteId(e.label) }));
  status(`training the local stand-in model on ${training.length} labelled tickets`);
  const classifier = trainTextClassifier(training);
  const emulators = await startEmulators({ visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 5 });
  const env = functionEnv(emulators, options.taxonomyPath, options.settings ?? {});
  // History tickets by the text the model receives, each with the fold model that never saw it.
  const outOfFold = new Map<string, TextClassifier>();
  const standIn = await startStandIn(options, classifier, outOfFold, Number(env.MODEL_TIMEOUT_MS));
  const handlers = createLocalHandlers(options, emulators, env, standIn);
  const pollers = startPollers(options, emulators, handlers);
  return {
    emulators,
    standIn,
    classifier,
    ...handlers,
    training,
    seedHistory: () => seedHistoryWith(options, emulators, training, outOfFold),
    stop: async () => {
      await Promise.all(pollers.map((p) => p.stop()));
      await standIn.stop();
      await emulators.stop();
    },
  };
};

export type { LocalStack, LocalStackOptions };
export { LOCAL_MODEL_ID, startLocalStack };
