import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import { ReceiveMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';

/** Sends bodies in batches of ten; returns the SQS message ids in input order. */
const sendBodies = async (sqs: SQSClient, queueUrl: string, bodies: readonly string[]): Promise<string[]> => {
  const ids: string[] = [];
  for (let i = 0; i < bodies.length; i += 10) {
    const chunk = bodies.slice(i, i + 10);
    const out = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: chunk.map((body, j) => ({ Id: String(j), MessageBody: body })),
      }),
    );
    if (out.Failed?.length) throw new Error(`send failed: ${JSON.stringify(out.Failed)}`);
    const byId = new Map(out.Successful?.map((s) => [s.Id, s.MessageId as string]));
    for (let j = 0; j < chunk.length; j += 1) ids.push(byId.get(String(j)) as string);
  }
  return ids;
};

/** Receives until `count` distinct messages are in hand (or the attempts run out); `Infinity` drains. */
const receiveMessages = async (
  sqs: SQSClient,
  queueUrl: string,
  count: number,
  attempts = 20,
): Promise<Message[]> => {
  const seen = new Map<string, Message>();
  for (let i = 0; i < attempts && seen.size < count; i += 1) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        MessageSystemAttributeNames: ['All'],
      }),
    );
    for (const m of out.Messages ?? []) if (m.MessageId && !seen.has(m.MessageId)) seen.set(m.MessageId, m);
    // Everything sent before the call is visible at once, so an empty receive means drained.
    if (count === Number.POSITIVE_INFINITY && (out.Messages?.length ?? 0) === 0) break;
  }
  return [...seen.values()];
};

export { receiveMessages, sendBodies };
