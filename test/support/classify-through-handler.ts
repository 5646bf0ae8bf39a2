import type { SQSRecord } from 'aws-lambda';
import { expect } from 'vitest';
import type { HumanWorkItem, ResolutionMessage } from '../../lib/domain/outbound/outbound.schema.js';
import { HumanWorkItemSchema, ResolutionMessageSchema } from '../../lib/domain/outbound/outbound.schema.js';
import { createLambdaContext } from '../../tools/local/lambda-context.js';
import type { LocalStack } from '../../tools/local/local-stack.js';
import { toSqsRecord } from '../../tools/local/sqs-poller.js';
import { deleteReceived, drainQueue, receiveMessages, sendBodies } from './sqs-helpers.js';

interface Triaged {
  resolutions: ResolutionMessage[];
  human: HumanWorkItem[];
}

/**
 * Sends raw ticket bodies to the ingest queue, hands them to the real classify handler as one SQS
 * batch (as the event source mapping would), checks that no record failed, and returns what the
 * handler published: automatic resolutions and human work items.
 */
const classifyThroughHandler = async (stack: LocalStack, bodies: readonly string[]): Promise<Triaged> => {
  const { sqs, queues } = stack.emulators;
  await sendBodies(sqs, queues.ingest.url, [...bodies]);
  const messages = await receiveMessages(sqs, queues.ingest.url, bodies.length);
  const records = messages.map((m) => toSqsRecord(m, queues.ingest.arn)) as SQSRecord[];
  const response = await stack.handler(
    { Records: records },
    createLambdaContext('classify', stack.classifyTimeoutMs),
  );
  expect(response.batchItemFailures).toEqual([]);
  await deleteReceived(
    sqs,
    queues.ingest.url,
    records.map((r) => r.receiptHandle),
  );
  const [resolutions, human] = await Promise.all([
    drainQueue(sqs, queues.resolutions.url),
    drainQueue(sqs, queues.human.url),
  ]);
  return {
    resolutions: resolutions.map((m) => ResolutionMessageSchema.parse(JSON.parse(m.Body ?? ''))),
    human: human.map((m) => HumanWorkItemSchema.parse(JSON.parse(m.Body ?? ''))),
  };
};

export type { Triaged };
export { classifyThroughHandler };
