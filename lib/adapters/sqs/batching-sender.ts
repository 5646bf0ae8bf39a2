import type { SQSClient } from '@aws-sdk/client-sqs';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { MessageSender } from '../../domain/ports.js';
import { RetryableRecordError } from '../../domain/retryable-record-error.js';

/**
 * Coalesces sends from records processed concurrently into SendMessageBatch calls of up to ten
 * entries, so a batch of N decisions costs about N/10 SQS requests. Each caller still learns
 * whether its own message was accepted, and a failed entry fails only its own record.
 */

/** SQS refused one entry of a batch: its record is retried, the others are not affected. */
class SendFailedError extends RetryableRecordError {
  override name = 'SendFailedError';
}

interface Pending {
  body: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

const MAX_ENTRIES = 10;

const createBatchingSender = (client: SQSClient): MessageSender => {
  const queues = new Map<string, Pending[]>();

  const flush = async (queueUrl: string, entries: Pending[]): Promise<void> => {
    try {
      const out = await client.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: entries.map((e, i) => ({ Id: String(i), MessageBody: e.body })),
        }),
      );
      const failed = new Map((out.Failed ?? []).map((f) => [f.Id, f]));
      entries.forEach((entry, i) => {
        const failure = failed.get(String(i));
        if (failure)
          entry.reject(new SendFailedError(`SQS refused the message (${failure.Code ?? 'unknown'})`));
        else entry.resolve();
      });
    } catch (error) {
      for (const entry of entries) entry.reject(error as Error);
    }
  };

  const drain = (queueUrl: string) => {
    const pending = queues.get(queueUrl) ?? [];
    queues.delete(queueUrl);
    for (let i = 0; i < pending.length; i += MAX_ENTRIES)
      void flush(queueUrl, pending.slice(i, i + MAX_ENTRIES));
  };

  const send = (queueUrl: string, body: string): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const pending = queues.get(queueUrl);
      if (pending) {
        pending.push({ body, resolve, reject });
        if (pending.length >= MAX_ENTRIES) drain(queueUrl);
        return;
      }
      queues.set(queueUrl, [{ body, resolve, reject }]);
      // Wait one macrotask so sends from records finishing at about the same time share a request.
      setImmediate(() => drain(queueUrl));
    });

  return { send };
};

export { createBatchingSender, SendFailedError };
