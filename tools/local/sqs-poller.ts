import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Emulators, QueueName } from './emulators.js';
import { createLambdaContext } from './lambda-context.js';

/**
 * Acts as Lambda's SQS event source mapping: receives batches, invokes the handler with a real
 * SQSEvent, deletes the successes and leaves reported failures to the visibility timeout (and,
 * after maxReceiveCount, the DLQ). A thrown handler error fails the whole batch, as in Lambda.
 */

type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

interface PollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  handler: SqsHandler;
  functionName: string;
  functionTimeoutMs: number;
  batchSize: number;
  /** Concurrent invocations, like the mapping's maximum concurrency. */
  concurrency: number;
  /** Kept below the visibility timeout: the emulator can return a message twice in one long poll. */
  waitTimeSeconds?: number;
  /**
   * Once a long poll comes back empty, one worker looks with a short poll every `idlePollMs` and
   * the others wait until it finds messages. The emulator's long poll scans its queue every 10 ms
   * for the whole wait, so workers long-polling an empty queue cost a long-running stack (`triage
   * serve`) a steady share of a core. Unset: every worker long-polls all the time.
   */
  idlePollMs?: number;
  /**
   * Subscribes to "a message may have arrived" (the emulator's onSqsWrite): an idle lookout looks
   * at once instead of at its next `idlePollMs`, so a longer `idlePollMs` costs no latency.
   */
  wakeOn?: (listener: () => void) => () => void;
}

interface PollerStats {
  invocations: number;
  records: number;
  failedRecords: number;
  handlerErrors: number;
}

const toSqsRecord = (message: Message, queueArn: string): SQSRecord => ({
  messageId: message.MessageId ?? '',
  receiptHandle: message.ReceiptHandle ?? '',
  body: message.Body ?? '',
  attributes: {
    ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
    SentTimestamp: message.Attributes?.SentTimestamp ?? String(Date.now()),
    SenderId: message.Attributes?.SenderId ?? 'local',
    ApproximateFirstReceiveTimestamp:
      message.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
  },
  messageAttributes: {},
  md5OfBody: message.MD5OfBody ?? '',
  eventSource: 'aws:sqs',
  eventSourceARN: queueArn,
  awsRegion: 'us-east-1',
});

/**
 * A poller's idle mode (see `idlePollMs`): entered when a long poll finds nothing, left when the
 * lookout's short poll finds messages. Without `idlePollMs` it is never entered.
 */
const idleState = (idlePollMs: number | undefined) => {
  let on = false;
  let stopped = false;
  let release: () => void = () => undefined;
  let waiting = new Promise<void>((resolve) => (release = resolve));
  let timer: NodeJS.Timeout | undefined;
  /** Ends the lookout's pause under way, if one is. */
  let endPause: (() => void) | undefined;
  // A look asked for while the lookout was receiving: its receive may have missed the message.
  let poked = false;
  return {
    get on() {
      return on;
    },
    /** Whether idle mode is on now (it cannot be without `idlePollMs`). */
    enter: (): boolean => {
      if (idlePollMs !== undefined && !stopped) on = true;
      return on;
    },
    wake: (): void => {
      if (!on) return;
      on = false;
      release();
      waiting = new Promise<void>((resolve) => (release = resolve));
    },
    woken: (): Promise<void> => waiting,
    pause: (): Promise<void> => {
      if (poked || stopped) {
        poked = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const end = () => {
          clearTimeout(timer);
          endPause = undefined;
          resolve();
        };
        endPause = end;
        timer = setTimeout(end, idlePollMs);
      });
    },
    /** Ends the lookout's pause now, or the next one before it starts: something may have arrived. */
    look: (): void => {
      if (endPause) endPause();
      else poked = true;
    },
    stop: (): void => {
      stopped = true;
      on = false;
      endPause?.();
      release();
    },
  };
};

const startSqsPoller = (options: PollerOptions) => {
  const stats: PollerStats = { invocations: 0, records: 0, failedRecords: 0, handlerErrors: 0 };
  let running = true;

  const invoke = async (messages: Message[]): Promise<void> => {
    // The emulator may hand out one message twice in a receive; SQS would not, so keep the first.
    const unique = [...new Map(messages.map((m) => [m.MessageId, m])).values()];
    const records = unique.map((m) => toSqsRecord(m, options.queueArn));
    stats.invocations += 1;
    stats.records += records.length;
    let failed: Set<string>;
    try {
      const context = createLambdaContext(options.functionName, options.functionTimeoutMs);
      const response = await options.handler({ Records: records }, context);
      failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    } catch {
      stats.handlerErrors += 1;
      failed = new Set(records.map((r) => r.messageId));
    }
    stats.failedRecords += failed.size;
    const done = records.filter((r) => !failed.has(r.messageId));
    for (let i = 0; i < done.length; i += 10) {
      const chunk = done.slice(i, i + 10);
      await options.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: options.queueUrl,
          Entries: chunk.map((r, j) => ({ Id: String(j), ReceiptHandle: r.receiptHandle })),
        }),
      );
    }
  };

  const receive = (waitTimeSeconds: number) =>
    options.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: options.queueUrl,
        MaxNumberOfMessages: Math.min(10, options.batchSize),
        WaitTimeSeconds: waitTimeSeconds,
        MessageSystemAttributeNames: ['All'],
      }),
    );

  const idle = idleState(options.idlePollMs);
  const unsubscribe = options.wakeOn?.(() => idle.look()) ?? (() => undefined);

  const worker = async (index: number): Promise<void> => {
    while (running) {
      if (idle.on && index > 0) {
        await idle.woken();
        continue;
      }
      const received = await receive(idle.on ? 0 : (options.waitTimeSeconds ?? 1));
      const messages = received.Messages ?? [];
      if (messages.length > 0) {
        idle.wake();
        await invoke(messages);
      } else if (idle.enter() && index === 0 && running) await idle.pause();
    }
  };

  const workers = Array.from({ length: options.concurrency }, (_, index) => worker(index));

  return {
    stats,
    stop: async (): Promise<void> => {
      running = false;
      unsubscribe();
      idle.stop();
      await Promise.allSettled(workers);
    },
  };
};

type SqsPoller = ReturnType<typeof startSqsPoller>;

/** A poller on one of the emulators' queues, as that queue's event source mapping. */
const pollEmulatorQueue = (
  emulators: Emulators,
  queue: QueueName,
  handler: SqsHandler,
  options: {
    concurrency: number;
    batchSize?: number;
    functionName?: string;
    functionTimeoutMs?: number;
    idlePollMs?: number | undefined;
  },
): SqsPoller =>
  startSqsPoller({
    sqs: emulators.sqs,
    queueUrl: emulators.queues[queue].url,
    queueArn: emulators.queues[queue].arn,
    handler,
    functionName: options.functionName ?? queue,
    functionTimeoutMs: options.functionTimeoutMs ?? 30_000,
    batchSize: options.batchSize ?? 10,
    concurrency: options.concurrency,
    ...(options.idlePollMs === undefined
      ? {}
      : { idlePollMs: options.idlePollMs, wakeOn: (listener: () => void) => emulators.onSqsWrite(listener) }),
  });

export type { PollerOptions, PollerStats, SqsHandler, SqsPoller };
export { pollEmulatorQueue, startSqsPoller, toSqsRecord };
