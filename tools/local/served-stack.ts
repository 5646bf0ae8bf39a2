import { createWebhookHandler } from '../../functions/webhook-handler.js';
import { loadEnv, WebhookEnvSchema } from '../../lib/config/env.schema.js';
import { QUEUES } from '../../lib/config/resources.js';
import type { Random } from '../../lib/domain/scorer/prng.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { RetuneReport } from '../../lib/use-cases/retune-routes.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './emulators.js';
import type { EndpointsFile } from './endpoints-file.js';
import type { LabelBook } from './label-book.js';
import type { LocalStack } from './local-stack.js';
import { startLocalStack } from './local-stack.js';
import type { SweepCounts } from './served-people.js';
import { createServedPeople, servedPeopleResources } from './served-people.js';
import { describeTraining } from './train-scorer-step.js';
import type { WebhookServer } from './webhook-server.js';
import { startWebhookServer } from './webhook-server.js';

/**
 * The embedded stack kept running for `triage serve`:
 * 1. start the emulators, the stand-in model and the classify and outcome pollers (the local stack);
 * 2. store the training set, scored out-of-fold, as first evidence and retune once (unless cold);
 * 3. put the real webhook function behind a local HTTP API;
 * 4. retune on a timer and, with people on, let simulated people answer what they know;
 * 5. until stop(): the timers end, then the webhook server, the pollers and the emulators.
 */

const WEBHOOK_ADAPTERS = ['generic', 'zendesk', 'freshdesk'] as const;

/**
 * An idle stack's pollers stop long-polling (the emulator's long poll scans its queue every 10 ms)
 * and look when a request to the emulator may have brought a message, or at the latest this often
 * (a message whose visibility timeout ran out arrives with no request).
 */
const IDLE_POLL_MS = 5_000;
/**
 * The timer's retune is skipped while nothing was written to the emulators since the last one
 * began (no ticket, outcome, pin or unpin: it would read the same evidence and change nothing,
 * and a retune of the warm start's 3,000 labels takes half a second of CPU), but for one this
 * often, since the evidence window moves with the clock.
 */
const IDLE_RETUNE_MS = 3_600_000;

/** How often a served stack trains a new scorer version (the deployed schedule is daily). */
const TRAIN_EVERY_MS = 600_000;

type WebhookSecrets = Record<(typeof WEBHOOK_ADAPTERS)[number], string>;

interface ServeOptions {
  trainPath: string;
  taxonomyPath: string;
  taxonomy: Taxonomy;
  coldStart: boolean;
  /**
   * Whether history tickets (`triage backfill`) are scored; false quarantines them as
   * `history_not_accepted`, as a stack deployed with `-c acceptHistory=false` does (ACCEPT_HISTORY).
   * The warm start sends the training set as history, so false needs a cold start.
   */
  acceptHistory?: boolean;
  retuneEveryMs: number;
  /** The longest the timer skips the retune while nothing is written (default an hour). */
  idleRetuneMs?: number;
  /** Between training runs of the route scorer; default ten minutes. */
  trainEveryMs?: number;
  /** Each webhook adapter's own signing secret. */
  webhookSecrets: WebhookSecrets;
  /** Simulated people, or none: then outcomes come only from outside. */
  people?: { labels: LabelBook; random: Random };
  peopleEveryMs?: number;
  onStatus?: (message: string) => void;
  onRetune?: (report: RetuneReport) => void;
  onPeople?: (counts: SweepCounts) => void;
  /** A failed retune or sweep; the stack keeps serving. */
  onError?: (what: string, error: unknown) => void;
  /** A stop asked for while starting: what has started is stopped, and ServeStoppedError thrown. */
  signal?: AbortSignal;
}

class ServeStoppedError extends Error {
  override name = 'ServeStoppedError';
}

interface ServedStack {
  stack: LocalStack;
  webhook: WebhookServer;
  /** The endpoints file's content, but for the serving process's id. */
  endpoints: Omit<EndpointsFile, 'pid'>;
  stop(): Promise<void>;
}

/** Runs `task` every `everyMs`, never two at once; stop() waits for the one under way. */
const every = (everyMs: number, task: () => Promise<void>) => {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const schedule = () => {
    timer = setTimeout(() => {
      running = task().finally(() => {
        if (!stopped) schedule();
      });
    }, everyMs);
  };
  schedule();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
};

/**
 * Whether the timer's retune has anything new to read: a write to the emulators since the last one
 * began, or a long quiet spell. A retune that changes a route writes, so one more follows it, which
 * changes nothing and writes nothing.
 */
const retuneDue = (stack: LocalStack, idleRetuneMs: number) => {
  const writes = () => stack.emulators.writes();
  let seen = writes();
  let lastAt = Date.now();
  return (): boolean => {
    const now = writes();
    if (now === seen && Date.now() - lastAt < idleRetuneMs) return false;
    seen = now;
    lastAt = Date.now();
    return true;
  };
};

const endpointsOf = (
  stack: LocalStack,
  webhook: WebhookServer,
  options: ServeOptions,
): Omit<EndpointsFile, 'pid'> => {
  const { emulators } = stack;
  const q = emulators.queues;
  return {
    version: 1,
    region: LOCAL_REGION,
    sqsEndpoint: emulators.sqsEndpoint,
    dynamodbEndpoint: emulators.dynamoEndpoint,
    s3Endpoint: emulators.s3Endpoint,
    credentials: LOCAL_CREDENTIALS,
    webhookUrl: webhook.url,
    webhookSecret: options.webhookSecrets.generic,
    webhookSecrets: { ...options.webhookSecrets },
    queues: {
      ingest: q.ingest.url,
      ingestDlq: q.ingest.dlqUrl,
      resolutions: q.resolutions.url,
      resolutionsDlq: q.resolutions.dlqUrl,
      human: q.human.url,
      humanDlq: q.human.dlqUrl,
      qa: q.qa.url,
      qaDlq: q.qa.dlqUrl,
      outcomes: q.outcomes.url,
      outcomesDlq: q.outcomes.dlqUrl,
    },
    tables: { ...emulators.tables },
    buckets: { ...emulators.buckets },
    taxonomyPath: options.taxonomyPath,
    people: options.people !== undefined,
  };
};

const startWebhook = (stack: LocalStack, secrets: WebhookSecrets): Promise<WebhookServer> => {
  // The same schema as the function's cold start; the secret is local, so no Secrets Manager.
  const config = loadEnv(WebhookEnvSchema, {
    [QUEUES.outcomes.envKey]: stack.emulators.queues.outcomes.url,
    WEBHOOK_SECRET_ID: 'local',
  });
  const { handler } = createWebhookHandler(config, {
    logLevel: 'WARN',
    clients: { sqs: stack.emulators.sqs },
    secrets: async () => ({ ...secrets }),
  });
  return startWebhookServer({ handler, adapters: WEBHOOK_ADAPTERS });
};

const startServedStack = async (options: ServeOptions): Promise<ServedStack> => {
  const status = options.onStatus ?? (() => undefined);
  const failed = options.onError ?? (() => undefined);
  if (options.acceptHistory === false && !options.coldStart)
    throw new Error(
      'a stack that refuses history tickets cannot take the training set as history: start it cold',
    );
  const stack = await startLocalStack({
    trainPath: options.trainPath,
    taxonomyPath: options.taxonomyPath,
    onStatus: status,
    idlePollMs: IDLE_POLL_MS,
    ...(options.acceptHistory === false ? { settings: { ACCEPT_HISTORY: 'false' } } : {}),
  });
  const stoppers: (() => Promise<void>)[] = [];
  let webhook: WebhookServer | undefined;
  // Starting takes seconds (a minute for a warm start on the full sample): a stop need not wait.
  const checkStop = () => {
    if (options.signal?.aborted) throw new ServeStoppedError('stopped while starting');
  };
  try {
    checkStop();
    if (!options.coldStart) {
      const seeded = await stack.seedHistory();
      status(`first evidence: ${seeded} labels`);
      status(describeTraining(await stack.train()));
      const first = await stack.retune();
      const automated = first.plans.filter((p) => p.plan.mode === 'auto').length;
      status(
        `${automated} of ${first.plans.length} routes certified for automation on the route scorer's scores`,
      );
    }
    checkStop();
    webhook = await startWebhook(stack, options.webhookSecrets);
    const due = retuneDue(stack, options.idleRetuneMs ?? IDLE_RETUNE_MS);
    // The train function's schedule: a new scorer version once enough labels came in meanwhile.
    stoppers.push(
      every(options.trainEveryMs ?? TRAIN_EVERY_MS, async () => {
        try {
          const report = await stack.train('schedule');
          // Every period finds the scorer up to date until enough labels come in: say only changes.
          if (report.kind === 'trained' || report.reason !== 'up_to_date') status(describeTraining(report));
        } catch (error) {
          failed('train', error);
        }
      }),
    );
    stoppers.push(
      every(options.retuneEveryMs, async () => {
        if (!due()) return;
        try {
          // Not inside the optional call: `f?.(await x)` skips x when there is no f.
          const report = await stack.retune();
          options.onRetune?.(report);
        } catch (error) {
          failed('retune', error);
        }
      }),
    );
    const people = options.people;
    if (people) {
      const { emulators } = stack;
      const served = createServedPeople({
        ...servedPeopleResources(emulators),
        labels: people.labels,
        routes: options.taxonomy.routes.map((r) => r.id),
        random: people.random,
      });
      stoppers.push(
        every(options.peopleEveryMs ?? 500, async () => {
          try {
            const counts = await served.sweep();
            options.onPeople?.(counts);
          } catch (error) {
            failed('simulated people', error);
          }
        }),
      );
    }
  } catch (error) {
    await Promise.all(stoppers.map((s) => s()));
    await webhook?.stop();
    await stack.stop();
    throw error;
  }
  const server = webhook;
  return {
    stack,
    webhook: server,
    endpoints: endpointsOf(stack, server, options),
    stop: async () => {
      await Promise.all(stoppers.map((s) => s()));
      await server.stop();
      await stack.stop();
    },
  };
};

export type { ServedStack, ServeOptions, WebhookSecrets };
export { ServeStoppedError, startServedStack, WEBHOOK_ADAPTERS };
