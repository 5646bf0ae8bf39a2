import type { SQSClient } from '@aws-sdk/client-sqs';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';

interface PublishResult {
  /** SQS message id per input index, for the bodies the queue accepted. */
  messageIds: Map<number, string>;
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
  parallel = 4,
): Promise<PublishResult> => {
  const result: PublishResult = { messageIds: new Map(), rejected: new Map() };
  const chunks: number[][] = [];
  for (let i = 0; i < bodies.length; i += 10) chunks.push(bodies.slice(i, i + 10).map((_, j) => i + j));

  const sendChunk = async (indexes: number[]): Promise<void> => {
    try {
      const out = await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: indexes.map((index) => ({ Id: String(index), MessageBody: bodies[index] })),
        }),
      );
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
  return result;
};

export type { PublishResult };
export { publishBodies };
