import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RouteConfig } from '../policy/route-config.schema.js';
import type { InputItem } from './input-file.js';
import type { LocalStack } from './local-stack.js';
import { createOutcomeCollector } from './outcome-collector.js';
import { publishBodies } from './publisher.js';
import type { LineResult, RunSummary } from './run-report.js';
import { resultFor, summarise } from './run-report.js';

interface RunProgress {
  published: number;
  total: number;
  accounted: number;
}

interface RunOptions {
  routeConfigs: ReadonlyMap<string, RouteConfig>;
  onProgress?: (progress: RunProgress) => void;
  /** Give up waiting when nothing has moved for this long; whatever is missing is reported lost. */
  idleTimeoutMs?: number;
  pollIntervalMs?: number;
}

interface RunResult {
  summary: RunSummary;
  results: LineResult[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The main job on a running local stack.
 * 1. publish every input line to the ingest queue (the stack's poller invokes the real handler);
 * 2. watch the resolutions and human queues, the DLQ and the quarantine table;
 * 3. stop when every published line is accounted for, or nothing has moved for the idle timeout;
 * 4. report one result per line and the summary, with `lost` = published minus accounted.
 */
const runTickets = async (
  stack: LocalStack,
  items: readonly InputItem[],
  options: RunOptions,
): Promise<RunResult> => {
  const { emulators } = stack;
  const progress = options.onProgress ?? (() => undefined);
  const collector = createOutcomeCollector({
    sqs: emulators.sqs,
    documents: DynamoDBDocumentClient.from(emulators.dynamo),
    resolutionsUrl: emulators.queues.resolutions.url,
    humanUrl: emulators.queues.human.url,
    ingestDlqUrl: emulators.queues.ingest.dlqUrl,
    quarantineTable: emulators.tables.quarantine,
  });

  const started = performance.now();
  let published = 0;
  let accounted = 0;
  const publishing = publishBodies(
    emulators.sqs,
    emulators.queues.ingest.url,
    items.map((i) => i.body),
    (n) => {
      published = n;
      progress({ published, total: items.length, accounted });
    },
  );

  let messageIds = new Map<number, string>();
  let done = false;
  void publishing.then((r) => {
    messageIds = r.messageIds;
    done = true;
  });

  const countAccounted = (): number =>
    items.filter((item, index) => resultFor(item, messageIds.get(index), collector).outcome !== 'lost')
      .length;

  let lastMove = performance.now();
  const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  for (;;) {
    await sleep(options.pollIntervalMs ?? 200);
    await collector.poll();
    if (!done) continue;
    const now = countAccounted();
    if (now !== accounted) lastMove = performance.now();
    accounted = now;
    progress({ published, total: items.length, accounted });
    if (accounted === items.length || performance.now() - lastMove > idleTimeoutMs) break;
  }
  await publishing;
  const durationSeconds = (performance.now() - started) / 1000;
  const results = items.map((item, index) => resultFor(item, messageIds.get(index), collector));
  return { summary: summarise(items, results, options.routeConfigs, durationSeconds), results };
};

export type { RunOptions, RunProgress, RunResult };
export { runTickets };
