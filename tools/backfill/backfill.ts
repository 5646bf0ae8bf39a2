import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PublishFailure, SqsSender } from '../queues/publish-tickets.js';
import { publishTickets } from '../queues/publish-tickets.js';
import { readBackfillState, writeBackfillState } from './backfill-state.js';
import type { HistoryItem } from './history-csv.js';
import type { TicketCost } from './scored-tickets.js';
import { readTickets, settledAs } from './scored-tickets.js';

/**
 * `triage backfill` (and the warm start of `triage run`): labelled history through the deployed
 * classifier.
 * 1. skip what the state file says an earlier run published to this queue;
 * 2. publish the rest to the ingest queue in chunks, recording each chunk in the state file, and
 *    stop between chunks when interrupted;
 * 3. wait, reading the tickets table, until every published ticket is dispatched (or the wait
 *    runs out): the classify function scored it and wrote its label, or the model failed;
 * 4. report labels and model-correct share per route, and what the model calls cost.
 * Exactly-once comes from the classifier, not from here: a ticket published twice is claimed
 * once, and its label's id is derived from the stored decision.
 */

interface BackfillOptions {
  sqs: SqsSender;
  documents: DynamoDBDocumentClient;
  queueUrl: string;
  ticketsTable: string;
  items: readonly HistoryItem[];
  /** Where to record progress; none, and every item is published (duplicates are harmless). */
  statePath?: string;
  /** Messages per chunk between state writes (default 100). */
  chunkSize?: number;
  /** Attempts per message before it is reported unpublished (default 5). */
  attempts?: number;
  /** How long to wait for the tickets to be scored (default 10 minutes). */
  waitMs?: number;
  /** Between reads of the tickets table (default 500 ms). */
  pollMs?: number;
  signal?: AbortSignal;
  onPublished?: (done: number, total: number) => void;
  onSettled?: (done: number, total: number) => void;
  onStatus?: (message: string) => void;
}

interface RouteEvidence {
  /** History labels recorded for the route (the model chose it). */
  labels: number;
  /** Of which the model's route was the label's. */
  correct: number;
}

interface BackfillReport extends TicketCost {
  /** Rows in the input. */
  tickets: number;
  /** Sent by this run. */
  published: number;
  /** Already published by an earlier run, according to the state file. */
  resumed: number;
  /** Not accepted by SQS after every attempt: run the command again to retry them. */
  unpublished: number;
  /** Scored: a label was recorded. */
  scored: number;
  /** The model failed: no label. */
  failed: number;
  /** The ticketId is stored for another ticket: nothing was recorded for this row. */
  conflicts: number;
  /** Published but not dispatched when the wait ended. */
  pending: number;
  interrupted: boolean;
  routes: Record<string, RouteEvidence>;
  wallSeconds: number;
  failures: PublishFailure[];
}

/** Waits ms, or less when the signal aborts; leaves no listener behind either way. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

const publishAll = async (options: BackfillOptions, published: Set<string>) => {
  const { items, statePath, signal } = options;
  const todo = items.filter((i) => !published.has(i.ticketId));
  const chunkSize = options.chunkSize ?? 100;
  const failures: PublishFailure[] = [];
  let sent = 0;
  const resumed = items.length - todo.length;
  options.onPublished?.(resumed, items.length);
  for (let start = 0; start < todo.length && !signal?.aborted; start += chunkSize) {
    const chunk = todo.slice(start, start + chunkSize);
    const report = await publishTickets(options.sqs, options.queueUrl, chunk, {
      maxAttempts: options.attempts ?? 5,
    });
    const byLine = new Map(chunk.map((i) => [i.line, i.ticketId]));
    for (const line of report.messageIds.keys()) published.add(byLine.get(line) as string);
    sent += report.sent;
    failures.push(...report.failures);
    if (statePath) writeBackfillState(statePath, options.queueUrl, published);
    options.onPublished?.(resumed + sent + failures.length, items.length);
  }
  return { sent, resumed, failures };
};

const runBackfill = async (options: BackfillOptions): Promise<BackfillReport> => {
  const started = performance.now();
  const { items, signal } = options;
  let published = new Set<string>();
  if (options.statePath) {
    const state = readBackfillState(options.statePath, options.queueUrl);
    if (state.otherQueue)
      options.onStatus?.(`the state file ${options.statePath} is for ${state.otherQueue}: starting over`);
    published = state.published;
    // Written before anything is sent, so a state file that cannot be written stops the run here.
    writeBackfillState(options.statePath, options.queueUrl, published);
    const known = items.filter((i) => published.has(i.ticketId)).length;
    if (known > 0) options.onStatus?.(`resuming: ${known} of ${items.length} tickets were published before`);
  }
  const publish = await publishAll(options, published);

  const report: BackfillReport = {
    tickets: items.length,
    published: publish.sent,
    resumed: publish.resumed,
    unpublished: publish.failures.length,
    scored: 0,
    failed: 0,
    conflicts: 0,
    pending: 0,
    interrupted: false,
    routes: {},
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    llmUsd: 0,
    wallSeconds: 0,
    failures: publish.failures,
  };
  const labels = new Map(items.map((i) => [i.ticketId, i.label]));
  let pending = items.filter((i) => published.has(i.ticketId)).map((i) => i.ticketId);
  const total = pending.length;
  const deadline = Date.now() + (options.waitMs ?? 600_000);
  options.onSettled?.(0, total);
  while (pending.length > 0 && !signal?.aborted) {
    const stored = await readTickets(options.documents, options.ticketsTable, pending, {
      isSettled: (t) => t.status === 'DISPATCHED',
    });
    const settled = new Set<string>();
    for (const ticket of stored) {
      const outcome = settledAs(ticket, labels.get(ticket.ticketId) as string);
      if (!outcome) continue;
      settled.add(ticket.ticketId);
      if (outcome.kind === 'conflict') {
        report.conflicts += 1;
        continue;
      }
      for (const key of [
        'inputTokens',
        'outputTokens',
        'cacheReadTokens',
        'cacheWriteTokens',
        'llmUsd',
      ] as const)
        report[key] += outcome.cost[key];
      if (outcome.kind === 'failed') {
        report.failed += 1;
        continue;
      }
      report.scored += 1;
      const route = report.routes[outcome.routeId] ?? { labels: 0, correct: 0 };
      report.routes[outcome.routeId] = route;
      route.labels += 1;
      if (outcome.correct) route.correct += 1;
    }
    pending = pending.filter((id) => !settled.has(id));
    options.onSettled?.(total - pending.length, total);
    if (pending.length === 0 || Date.now() >= deadline) break;
    await sleep(options.pollMs ?? 500, signal);
  }
  report.pending = pending.length;
  report.interrupted = signal?.aborted === true;
  report.wallSeconds = (performance.now() - started) / 1000;
  return report;
};

export type { BackfillOptions, BackfillReport, RouteEvidence };
export { runBackfill };
