import { resolve } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createClassifyHandler } from '../../functions/classify-handler.js';
import { createOutcomeHandler } from '../../functions/outcome-handler.js';
import { createRetuneHandler } from '../../functions/retune-handler.js';
import {
  ClassifyEnvSchema,
  loadEnv,
  OutcomeEnvSchema,
  RetuneEnvSchema,
} from '../../lib/config/env.schema.js';
import { classifyTimeBudget } from '../../lib/config/time-budget.js';
import { buildUserMessage, extractTicketText } from '../../lib/domain/classification/prompt.js';
import { redactPii } from '../../lib/domain/pii/redact.js';
import type { Ticket } from '../../lib/domain/tickets/ticket.schema.js';
import type { RetuneReport } from '../../lib/use-cases/retune-routes.js';
import { createBedrockClient } from '../../lib/wiring/classify-deps.js';
import { runBackfill } from '../backfill/backfill.js';
import { readHistoryCsv } from '../backfill/history-csv.js';
import type { LabelledExample } from '../data/labelled-csv.js';
import { readLabelledCsv } from '../data/labelled-csv.js';
import { stratifiedFolds } from '../embedded/cross-validate.js';
import { mulberry32 } from '../embedded/prng.js';
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
  /** The pollers' idle mode (see PollerOptions.idlePollMs), for a stack that waits long for work. */
  idlePollMs?: number;
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
  const standIn = await startConverseServer({
    classifier,
    modelFor: (text) => outOfFold.get(text),
    recordRequests: options.recordModelRequests,
    ...(options.faults
      ? {
          faults: {
            rates: options.faults.rates,
            random: mulberry32(options.faults.seed),
            // A hang outlasts the client's timeout, which is what makes it a hang.
            hangMs: Number(env.MODEL_TIMEOUT_MS) + 1_000,
          },
        }
      : {}),
  });
  // The same schemas as a cold start in Lambda: a bad setting fails here, by key.
  const classifyConfig = loadEnv(ClassifyEnvSchema, { ...env, BEDROCK_ENDPOINT: standIn.endpoint });
  const base = { logLevel: options.logLevel ?? 'WARN' };
  const dynamo = emulators.dynamo;
  const handler = createClassifyHandler(classifyConfig, {
    ...base,
    clients: {
      dynamo,
      sqs: emulators.sqs,
      bedrock: createBedrockClient(classifyConfig, { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }),
    },
  }).handler;
  const outcomeHandler = createOutcomeHandler(loadEnv(OutcomeEnvSchema, env), {
    ...base,
    clients: { dynamo, sqs: emulators.sqs },
  }).handler;
  const retuneHandler = createRetuneHandler(loadEnv(RetuneEnvSchema, env), {
    ...base,
    clients: { dynamo },
  }).handler;
  const retune: LocalStack['retune'] = (event = {}) =>
    retuneHandler(event, createLambdaContext('retune', 60_000));
  const classifyTimeoutMs =
    classifyTimeBudget(classifyConfig.MODEL_TIMEOUT_MS, {
      batchSize: options.batchSize ?? 10,
      recordConcurrency: classifyConfig.RECORD_CONCURRENCY,
      batchingWindowSeconds: 0,
    }).functionTimeoutSeconds * 1000;
  const pollers: SqsPoller[] = [
    pollEmulatorQueue(emulators, 'ingest', handler, {
      concurrency: options.concurrency ?? 4,
      batchSize: options.batchSize,
      // As in AWS, the classify timeout comes from the time budget, or the deadline guard would
      // return every record unprocessed.
      functionTimeoutMs: classifyTimeoutMs,
      idlePollMs: options.idlePollMs,
    }),
    pollEmulatorQueue(emulators, 'outcomes', outcomeHandler, {
      concurrency: options.concurrency === 0 ? 0 : 1,
      batchSize: options.batchSize,
      functionTimeoutMs: FUNCTION_TIMEOUT_MS,
      idlePollMs: options.idlePollMs,
    }),
  ];

  const seedHistory = async (): Promise<number> => {
    const items = readHistoryCsv(options.trainPath);
    if (outOfFold.size === 0) {
      status(
        `training ${HISTORY_FOLDS} fold models, so that no labelled ticket is scored by a model that saw it`,
      );
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

  return {
    emulators,
    standIn,
    classifier,
    handler,
    classifyTimeoutMs,
    outcomeHandler,
    retune,
    training,
    seedHistory,
    stop: async () => {
      await Promise.all(pollers.map((p) => p.stop()));
      await standIn.stop();
      await emulators.stop();
    },
  };
};

export type { LocalStack, LocalStackOptions };
export { LOCAL_MODEL_ID, startLocalStack };
