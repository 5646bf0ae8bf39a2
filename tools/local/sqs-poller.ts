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

  const worker = async (): Promise<void> => {
    while (running) {
      const received = await options.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: options.queueUrl,
          MaxNumberOfMessages: Math.min(10, options.batchSize),
          WaitTimeSeconds: options.waitTimeSeconds ?? 1,
          MessageSystemAttributeNames: ['All'],
        }),
      );
      if (received.Messages && received.Messages.length > 0) await invoke(received.Messages);
    }
  };

  const workers = Array.from({ length: options.concurrency }, () => worker());

  return {
    stats,
    stop: async (): Promise<void> => {
      running = false;
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
  options: { concurrency: number; batchSize?: number; functionName?: string; functionTimeoutMs?: number },
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
  });

export type { PollerOptions, PollerStats, SqsHandler, SqsPoller };
export { pollEmulatorQueue, startSqsPoller, toSqsRecord };
