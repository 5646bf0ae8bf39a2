import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
} from '@aws-sdk/client-sqs';

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
  drainWaitSeconds = 0,
): Promise<Message[]> => {
  const seen = new Map<string, Message>();
  const draining = count === Number.POSITIVE_INFINITY;
  for (let i = 0; i < attempts && seen.size < count; i += 1) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        // Draining needs no wait: the emulator answers a short poll with everything visible, so
        // a long poll would only add its full wait to the last, empty receive.
        WaitTimeSeconds: draining ? drainWaitSeconds : 1,
        MessageSystemAttributeNames: ['All'],
      }),
    );
    for (const m of out.Messages ?? []) if (m.MessageId && !seen.has(m.MessageId)) seen.set(m.MessageId, m);
    // Everything sent before the call is visible at once, so an empty receive means drained.
    if (draining && (out.Messages?.length ?? 0) === 0) break;
  }
  return [...seen.values()];
};

/** Deletes received messages by receipt handle, ten at a time, as a consumer acknowledges them. */
const deleteReceived = async (
  sqs: SQSClient,
  queueUrl: string,
  receiptHandles: readonly string[],
): Promise<void> => {
  for (let i = 0; i < receiptHandles.length; i += 10) {
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: receiptHandles
          .slice(i, i + 10)
          .map((handle, j) => ({ Id: String(j), ReceiptHandle: handle })),
      }),
    );
  }
};

/**
 * Receives everything on a queue and deletes it, so a test counts only what it sent itself.
 * `waitSeconds` also catches messages that become visible again within that time (records a
 * failed invocation left in flight).
 */
const drainQueue = async (sqs: SQSClient, queueUrl: string, waitSeconds = 0): Promise<Message[]> => {
  const messages = await receiveMessages(sqs, queueUrl, Number.POSITIVE_INFINITY, 20, waitSeconds);
  await deleteReceived(
    sqs,
    queueUrl,
    messages.map((m) => m.ReceiptHandle as string),
  );
  return messages;
};

export { deleteReceived, drainQueue, receiveMessages, sendBodies };
