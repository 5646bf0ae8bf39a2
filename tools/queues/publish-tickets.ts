import type {
  SendMessageBatchCommandOutput,
  SendMessageBatchResultEntry,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { MAX_MESSAGE_BYTES } from '../../lib/config/resources.js';
import type { AwsConfigError } from './aws-config.js';
import { asAwsConfigError } from './aws-config.js';

/**
 * The upstream publisher behind `triage publish`: sends bodies in SendMessageBatch calls (at most
 * ten entries and 256 KiB a call) and retries what did not go through, with exponential backoff,
 * until each entry is sent, refused for good, or out of attempts. A body SQS can never take (over
 * 256 KiB) is reported for its own line and never stops the others. A configuration error (no
 * credentials, nothing answering at the endpoint) stops the whole publish at its first occurrence
 * and is thrown as an AwsConfigError: every other line would fail the same way.
 */

interface PublishItem {
  /** 1-based input line, to report failures against. */
  line: number;
  body: string;
  ticketId?: string;
}

interface PublishFailure {
  line: number;
  ticketId?: string;
  reason: string;
  attempts: number;
}

interface PublishReport {
  total: number;
  sent: number;
  /** Entries that needed more than one attempt (whether or not they went through in the end). */
  retried: number;
  failed: number;
  failures: PublishFailure[];
  /** Input line → SQS message id, for the bodies the queue accepted. */
  messageIds: Map<number, string>;
}

interface PublishOptions {
  /** Attempts per entry, the first included (default 5). */
  maxAttempts?: number;
  /** Backoff before the second attempt, doubling after each (default 200 ms, capped at 10 s). */
  baseDelayMs?: number;
  /** Concurrent SendMessageBatch calls (default 4). */
  parallel?: number;
  onProgress?: (done: number, total: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

type SqsSender = Pick<SQSClient, 'send'>;

const MAX_ENTRIES = 10;

/** Errors that the same request can never get past: retrying them only delays the report. */
const PERMANENT_ERRORS = new Set([
  'QueueDoesNotExist',
  'AWS.SimpleQueueService.NonExistentQueue',
  'AccessDenied',
  'AccessDeniedException',
  'InvalidAddress',
  'InvalidSecurity',
  'UnsupportedOperation',
  'AWS.SimpleQueueService.UnsupportedOperation',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
]);

const byteLength = (body: string) => Buffer.byteLength(body, 'utf8');

/** Packs entries into calls of at most ten entries and MAX_MESSAGE_BYTES in total. */
const packBatches = (indexes: readonly number[], items: readonly PublishItem[]): number[][] => {
  const batches: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const index of indexes) {
    const size = byteLength((items[index] as PublishItem).body);
    if (current.length === MAX_ENTRIES || (current.length > 0 && bytes + size > MAX_MESSAGE_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(index);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff before attempt `attempt` (the second waits about `baseDelayMs`), with jitter. */
const backoffMs = (baseDelayMs: number, attempt: number): number => {
  const delay = Math.min(10_000, baseDelayMs * 2 ** (attempt - 2));
  return delay / 2 + (Math.random() * delay) / 2;
};

/** What one publish has settled so far, entry by entry, shared by all its batches. */
const createTally = (items: readonly PublishItem[], onProgress: (done: number, total: number) => void) => {
  const messageIds = new Map<number, string>();
  const failures: PublishFailure[] = [];
  const attempts = new Array<number>(items.length).fill(0);
  let done = 0;
  const fail = (index: number, reason: string) => {
    const item = items[index] as PublishItem;
    failures.push({
      line: item.line,
      ...(item.ticketId ? { ticketId: item.ticketId } : {}),
      reason,
      attempts: attempts[index] ?? 0,
    });
    done += 1;
  };
  const sent = (index: number, messageId: string) => {
    messageIds.set((items[index] as PublishItem).line, messageId);
    done += 1;
  };
  const progress = () => onProgress(done, items.length);
  const report = (): PublishReport => {
    failures.sort((a, b) => a.line - b.line);
    return {
      total: items.length,
      sent: messageIds.size,
      retried: attempts.filter((n) => n > 1).length,
      failed: failures.length,
      failures,
      messageIds,
    };
  };
  return { attempts, fail, sent, progress, report };
};

type Tally = ReturnType<typeof createTally>;

interface Retry {
  index: number;
  reason: string;
}

interface Publish {
  sqs: SqsSender;
  queueUrl: string;
  items: readonly PublishItem[];
  tally: Tally;
}

/** The entries SQS could ever take; the others fail at once, each reported for its own line. */
const admissible = (items: readonly PublishItem[], tally: Tally): number[] => {
  const pending: number[] = [];
  items.forEach((item, index) => {
    const size = byteLength(item.body);
    if (size > MAX_MESSAGE_BYTES)
      tally.fail(index, `body is ${size} bytes, over the ${MAX_MESSAGE_BYTES}-byte SQS limit`);
    else if (size === 0) tally.fail(index, 'empty body: SQS cannot carry it');
    else pending.push(index);
  });
  return pending;
};

/** Each entry of a batch response: sent, refused for good, or to try again. */
const settleResponse = (
  out: SendMessageBatchCommandOutput,
  batch: number[],
  tally: Tally,
  retry: Retry[],
) => {
  const settled = new Set<number>();
  for (const ok of out.Successful ?? ([] as SendMessageBatchResultEntry[])) {
    settled.add(Number(ok.Id));
    tally.sent(Number(ok.Id), ok.MessageId ?? '');
  }
  for (const failed of out.Failed ?? []) {
    const index = Number(failed.Id);
    settled.add(index);
    const reason = `${failed.Code ?? 'failed'}${failed.Message ? `: ${failed.Message}` : ''}`;
    // SenderFault marks what this entry can never get past (invalid characters and the like).
    if (failed.SenderFault) tally.fail(index, reason);
    else retry.push({ index, reason });
  }
  // An entry the response does not mention was neither sent nor refused: try it again.
  for (const index of batch)
    if (!settled.has(index)) retry.push({ index, reason: 'missing from the batch response' });
};

/** One SendMessageBatch call; returns the configuration error that must stop the publish, if any. */
const sendBatch = async (
  publish: Publish,
  batch: number[],
  attempt: number,
  retry: Retry[],
): Promise<AwsConfigError | undefined> => {
  const { sqs, queueUrl, items, tally } = publish;
  let fatal: AwsConfigError | undefined;
  for (const index of batch) tally.attempts[index] = attempt;
  try {
    const out = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map((index) => ({
          Id: String(index),
          MessageBody: (items[index] as PublishItem).body,
        })),
      }),
    );
    settleResponse(out, batch, tally, retry);
  } catch (error) {
    const e = error as Error & { Code?: string };
    const code = e.Code ?? e.name;
    const reason = `${code}: ${e.message}`;
    fatal = asAwsConfigError(error, queueUrl);
    // A configuration error stops the publish: every other line would fail the same way.
    if (!fatal) {
      const permanent = PERMANENT_ERRORS.has(code) || PERMANENT_ERRORS.has(e.name);
      for (const index of batch) {
        if (permanent) tally.fail(index, reason);
        else retry.push({ index, reason });
      }
    }
  }
  tally.progress();
  return fatal;
};

/** One attempt at every pending entry, `parallel` calls at a time; what must be tried again. */
const sendRound = async (publish: Publish, pending: number[], attempt: number, parallel: number) => {
  const retry: Retry[] = [];
  const batches = packBatches(pending, publish.items);
  let fatal: AwsConfigError | undefined;
  let next = 0;
  const worker = async () => {
    while (next < batches.length && !fatal) {
      const stop = await sendBatch(publish, batches[next++] as number[], attempt, retry);
      fatal ??= stop;
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, batches.length) }, worker));
  if (fatal) throw fatal;
  return retry;
};

const publishTickets = async (
  sqs: SqsSender,
  queueUrl: string,
  items: readonly PublishItem[],
  options: PublishOptions = {},
): Promise<PublishReport> => {
  const maxAttempts = options.maxAttempts ?? 5;
  const sleep = options.sleep ?? defaultSleep;
  const tally = createTally(items, options.onProgress ?? (() => undefined));
  const publish: Publish = { sqs, queueUrl, items, tally };
  let pending = admissible(items, tally);
  tally.progress();
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    if (attempt > 1) await sleep(backoffMs(options.baseDelayMs ?? 200, attempt));
    const retry = await sendRound(publish, pending, attempt, options.parallel ?? 4);
    pending = [];
    for (const { index, reason } of retry) {
      if (attempt >= maxAttempts) tally.fail(index, `${reason} (after ${attempt} attempts)`);
      else pending.push(index);
    }
    tally.progress();
  }
  return tally.report();
};

export type { PublishFailure, PublishItem, PublishOptions, PublishReport, SqsSender };
export { packBatches, publishTickets };
