import { GetQueueAttributesCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import type { HumanWorkItem, ResolutionMessage } from '../../lib/domain/outbound/outbound.schema.js';
import type { Outcome } from '../../lib/domain/outcomes/outcome.schema.js';
import type { RouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import { createRouteConfigSource } from '../../lib/domain/route-config/route-config-source.js';
import type { Random } from '../../lib/domain/scorer/prng.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { RetuneReport } from '../../lib/use-cases/retune-routes.js';
import { publishTickets } from '../queues/publish-tickets.js';
import type { InputItem } from './input-file.js';
import type { LocalStack } from './local-stack.js';
import { createOutcomeCollector } from './outcome-collector.js';
import type { LineResult, RunSummary } from './run-report.js';
import { resultFor, summarise } from './run-report.js';
import type { PeopleSettings } from './simulated-people.js';
import { createSimulatedPeople, DEFAULT_PEOPLE } from './simulated-people.js';

interface RunProgress {
  published: number;
  total: number;
  accounted: number;
}

interface RunOptions {
  taxonomy: Taxonomy;
  onProgress?: (progress: RunProgress) => void;
  /** Simulated agents, customers and QA answer from the input's labels (labelled CSV only). */
  people?: { random: Random; settings?: PeopleSettings };
  /** Run the retune this often while tickets flow (the schedule, sped up). */
  retuneEveryMs?: number;
  /** Deliver this share of tickets twice (fault injection); `published` still counts input lines. */
  duplicate?: { rate: number; random: Random };
  onRetune?: (report: RetuneReport) => void;
  /** Give up waiting when nothing has moved for this long; whatever is missing is reported lost. */
  idleTimeoutMs?: number;
  pollIntervalMs?: number;
}

interface RunResult {
  summary: RunSummary;
  results: LineResult[];
  routeConfigs: ReadonlyMap<string, RouteConfig>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The main job on a running local stack.
 * 1. publish every input line to the ingest queue (the stack's pollers invoke the real handlers);
 * 2. watch the resolutions, human and QA queues, the DLQ and the quarantine table; simulated
 *    people answer what they drain (QA answers audits and adjudication requests alike), through
 *    the outcomes queue, and the retune runs on a timer;
 * 3. stop when every published line is accounted for, or nothing has moved for the idle timeout;
 * 4. let the outcomes and QA's rulings settle, and retune once more;
 * 5. report one result per line and the summary, with `lost` = published minus accounted.
 */
const runTickets = async (
  stack: LocalStack,
  items: readonly InputItem[],
  options: RunOptions,
): Promise<RunResult> => {
  const { emulators } = stack;
  const progress = options.onProgress ?? (() => undefined);
  const truth = new Map(
    items.flatMap((i) => (i.ticketId && i.label ? [[i.ticketId, i.label] as const] : [])),
  );
  const people = options.people
    ? createSimulatedPeople(
        (id) => truth.get(id),
        options.taxonomy.routes.map((r) => r.id),
        options.people.random,
        options.people.settings ?? DEFAULT_PEOPLE,
      )
    : undefined;
  const outbox: Outcome[] = [];
  const answer = (outcome: Outcome | undefined) => {
    if (outcome) outbox.push(outcome);
  };
  const collector = createOutcomeCollector({
    sqs: emulators.sqs,
    documents: DynamoDBDocumentClient.from(emulators.dynamo),
    resolutionsUrl: emulators.queues.resolutions.url,
    humanUrl: emulators.queues.human.url,
    qaUrl: emulators.queues.qa.url,
    ingestDlqUrl: emulators.queues.ingest.dlqUrl,
    quarantineTable: emulators.tables.quarantine,
    onDownstream: (d) =>
      answer(
        d.destination === 'human'
          ? people?.agent(d.message as HumanWorkItem)
          : people?.customer(d.message as ResolutionMessage),
      ),
    onQaItem: (item) => answer(people?.qa(item)),
  });
  const sendOutcomes = async () => {
    while (outbox.length > 0) {
      const batch = outbox.splice(0, 10);
      await emulators.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: emulators.queues.outcomes.url,
          Entries: batch.map((o, i) => ({ Id: String(i), MessageBody: JSON.stringify(o) })),
        }),
      );
    }
  };

  const started = performance.now();
  let published = 0;
  let accounted = 0;
  let messageIds = new Map<number, string>();
  let done = false;
  const url = emulators.queues.ingest.url;
  const sendable = (list: readonly InputItem[]) =>
    list.map((i) => ({ line: i.line, body: i.body, ...(i.ticketId ? { ticketId: i.ticketId } : {}) }));
  const publishing = (async () => {
    const report = await publishTickets(emulators.sqs, url, sendable(items), {
      onProgress: (n) => {
        published = n;
        progress({ published, total: items.length, accounted });
      },
    });
    // Duplicate deliveries go out after the originals, as a publisher's retry after a timeout would.
    const duplicate = options.duplicate;
    if (duplicate)
      await publishTickets(
        emulators.sqs,
        url,
        sendable(items.filter(() => duplicate.random() < duplicate.rate)),
      );
    messageIds = report.messageIds;
    done = true;
  })();

  // The publisher keys message ids by input line, the same key the final results use.
  const countAccounted = (): number =>
    items.filter((item) => resultFor(item, messageIds.get(item.line), collector).outcome !== 'lost').length;

  let lastMove = performance.now();
  let lastRetune = performance.now();
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  for (;;) {
    await sleep(options.pollIntervalMs ?? 200);
    await collector.poll();
    await sendOutcomes();
    if (options.retuneEveryMs !== undefined && performance.now() - lastRetune > options.retuneEveryMs) {
      options.onRetune?.(await stack.retune());
      lastRetune = performance.now();
    }
    if (!done) continue;
    const now = countAccounted();
    if (now !== accounted) lastMove = performance.now();
    accounted = now;
    progress({ published, total: items.length, accounted });
    if (accounted === items.length || performance.now() - lastMove > idleTimeoutMs) break;
  }
  await publishing;
  const durationSeconds = (performance.now() - started) / 1000;
  if (people) {
    await settleOutcomes(stack, collector.poll, sendOutcomes);
    if (options.retuneEveryMs !== undefined) options.onRetune?.(await stack.retune());
  }
  const results = items.map((item) => resultFor(item, messageIds.get(item.line), collector));
  const routeConfigs = await readRouteConfigs(stack, options.taxonomy);
  return { summary: summarise(items, results, routeConfigs, durationSeconds), results, routeConfigs };
};

const waitingIn = async (stack: LocalStack, queueUrl: string): Promise<number> => {
  const out = await stack.emulators.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(out.Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
};

/**
 * Waits until the outcomes and QA queues are empty: every answer recorded before the last retune,
 * including QA's rulings on the disputed labels the outcome handler sent it.
 */
const settleOutcomes = async (stack: LocalStack, poll: () => Promise<void>, send: () => Promise<void>) => {
  const { outcomes, qa } = stack.emulators.queues;
  let quiet = 0;
  for (let i = 0; i < 100; i += 1) {
    await poll();
    await send();
    // Outcomes first: the handler sends an outcome's QA item before it deletes the outcome, so once
    // none is waiting or in flight, every QA item it will send is already on the QA queue.
    const waiting = (await waitingIn(stack, outcomes.url)) + (await waitingIn(stack, qa.url));
    // The emulator's counts can miss a message a poller holds for a moment: take three quiet
    // sweeps in a row, not one, as settled.
    quiet = waiting === 0 ? quiet + 1 : 0;
    if (quiet >= 3) return;
    await sleep(200);
  }
};

const readRouteConfigs = (stack: LocalStack, taxonomy: Taxonomy) =>
  createRouteConfigSource(
    createRouteConfigStore({
      client: DynamoDBDocumentClient.from(stack.emulators.dynamo),
      configTable: stack.emulators.tables.routeConfig,
    }),
    taxonomy,
    { ttlMs: 0 },
  )();

export type { RunOptions, RunProgress, RunResult };
export { runTickets };
