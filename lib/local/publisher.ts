import type { SQSClient } from '@aws-sdk/client-sqs';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';

interface PublishResult {
  /** SQS message id per input index, for the bodies the queue accepted. */
  messageIds: Map<number, string>;
  /** Extra deliveries sent for fault injection: the same body again, not a new ticket. */
  duplicatesSent: number;
  /** Input index → the queue's reason, for bodies SQS refused (too large, invalid characters). */
  rejected: Map<number, string>;
}

/**
 * Publishes bodies in SendMessageBatch calls of ten, a few calls at a time. A batch that the queue
 * refuses whole (one oversized entry makes the batch too long) is retried entry by entry, so one
 * bad body cannot take nine good ones down with it.
 */
const publishBodies = async (
  sqs: SQSClient,
  queueUrl: string,
  bodies: readonly string[],
  onProgress: (published: number) => void = () => undefined,
  options: { parallel?: number; duplicate?: { rate: number; random: () => number } } = {},
): Promise<PublishResult> => {
  const result: PublishResult = { messageIds: new Map(), rejected: new Map(), duplicatesSent: 0 };
  const parallel = options.parallel ?? 4;
  const chunks: number[][] = [];
  for (let i = 0; i < bodies.length; i += 10) chunks.push(bodies.slice(i, i + 10).map((_, j) => i + j));
  // Duplicate deliveries go out after the originals, as a publisher's retry after a timeout would.
  const again = options.duplicate
    ? bodies.map((_, i) => i).filter(() => options.duplicate!.random() < options.duplicate!.rate)
    : [];

  const sendChunk = async (indexes: number[], duplicate = false): Promise<void> => {
    try {
      const out = await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: indexes.map((index) => ({ Id: String(index), MessageBody: bodies[index] })),
        }),
      );
      if (duplicate) {
        result.duplicatesSent += out.Successful?.length ?? 0;
        return;
      }
      for (const ok of out.Successful ?? []) result.messageIds.set(Number(ok.Id), ok.MessageId ?? '');
      for (const failed of out.Failed ?? [])
        result.rejected.set(Number(failed.Id), failed.Code ?? 'rejected');
    } catch (error) {
      if (indexes.length === 1) {
        result.rejected.set(indexes[0] as number, (error as Error).name);
        return;
      }
      for (const index of indexes) await sendChunk([index]);
    }
  };

  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as number[];
      await sendChunk(chunk);
      done += chunk.length;
      onProgress(done);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  for (let i = 0; i < again.length; i += 10)
    await sendChunk(again.slice(i, i + 10), true).catch(() => undefined);
  return result;
};

export type { PublishResult };
export { publishBodies };
