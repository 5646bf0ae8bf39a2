import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import { initialRouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import { createLambdaContext } from '../../tools/local/lambda-context.js';
import type { LocalStack } from '../../tools/local/local-stack.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import { toSqsRecord } from '../../tools/local/sqs-poller.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { smallSampleTrain } from '../support/small-train.js';
import { deleteReceived, receiveMessages, sendBodies } from '../support/sqs-helpers.js';

/**
 * History tickets (triage backfill) through the real classify handler, against dynalite,
 * local-aws-sqs and the stand-in endpoint over HTTP: labels are recorded, nothing goes out.
 */

let stack: LocalStack;
let telemetry: TelemetrySink;
let documents: DynamoDBDocumentClient;
const taxonomy = loadTaxonomy(SAMPLE.taxonomy);

const ticket = (ticketId: string, body: string, history?: { route: string }) =>
  JSON.stringify({
    ticketId,
    body,
    customer: { id: 'c-7' },
    channel: 'email',
    createdAt: '2025-06-01T09:00:00Z',
    ...(history ? { history } : {}),
  });

/** Sends the bodies, receives them as the event source mapping would, and invokes the handler. */
const deliver = async (bodies: string[]) => {
  const { url, arn } = stack.emulators.queues.ingest;
  await sendBodies(stack.emulators.sqs, url, bodies);
  const messages = await receiveMessages(stack.emulators.sqs, url, bodies.length);
  expect(messages).toHaveLength(bodies.length);
  const records: SQSRecord[] = messages.map((m) => toSqsRecord(m, arn));
  const response = await stack.handler(
    { Records: records },
    createLambdaContext('classify', stack.classifyTimeoutMs),
  );
  const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
  await deleteReceived(
    stack.emulators.sqs,
    url,
    records.filter((r) => !failed.has(r.messageId)).map((r) => r.receiptHandle),
  );
  return response;
};

const observations = async (): Promise<Observation[]> =>
  ((await documents.send(new ScanCommand({ TableName: stack.emulators.tables.observations }))).Items ??
    []) as Observation[];

/** Messages on each downstream queue, read from the queue's counters (no receive wait). */
const downstream = async () => {
  const { resolutions, human, qa } = stack.emulators.queues;
  const count = async (url: string) => {
    const out = await stack.emulators.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    const a = out.Attributes ?? {};
    return Number(a.ApproximateNumberOfMessages ?? 0) + Number(a.ApproximateNumberOfMessagesNotVisible ?? 0);
  };
  const [r, h, q] = await Promise.all([resolutions.url, human.url, qa.url].map(count));
  return { resolutions: r, human: h, qa: q };
};

beforeAll(async () => {
  telemetry = captureTelemetry();
  stack = await startLocalStack({
    trainPath: smallSampleTrain(6),
    taxonomyPath: SAMPLE.taxonomy,
    concurrency: 0,
  });
  documents = DynamoDBDocumentClient.from(stack.emulators.dynamo);
  // Every route automated at any confidence, every auto-resolution audited: a history ticket must
  // still be neither.
  const store = createRouteConfigStore({
    client: documents,
    configTable: stack.emulators.tables.routeConfig,
    auditTable: stack.emulators.tables.routeAudit,
  });
  for (const route of taxonomy.routes.filter((r) => r.policy === 'auto')) {
    const initial = initialRouteConfig(route, taxonomy);
    await store.save({
      ...initial,
      mode: 'auto',
      threshold: 0.01,
      auditRate: 1,
      explorationRate: 0,
      version: 1,
    });
  }
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  telemetry?.restore();
});

describe('history tickets through the classify handler', () => {
  const history = [
    ticket('h-1', 'When is my next instalment due?', { route: 'payment_schedule' }),
    ticket('h-2', 'I was charged a late fee, why?', { route: 'late_fee' }),
    ticket('h-3', 'Can you send me a copy of my statement?', { route: 'out_of_scope' }),
  ];

  it('records one history label each and sends nothing to the resolutions, human or QA queues', async () => {
    const response = await deliver([...history, ticket('live-1', 'When is my next instalment due?')]);
    expect(response.batchItemFailures).toEqual([]);
    const stored = await observations();
    expect(stored.map((o) => o.ticketId).sort()).toEqual(['h-1', 'h-2', 'h-3']);
    for (const o of stored) {
      expect(o).toMatchObject({ kind: 'label', source: 'history', weight: 1, autoResolved: false });
      expect(o.observationId).toMatch(new RegExp(`#${o.ticketId}#label$`));
    }
    expect(stored.find((o) => o.ticketId === 'h-3')?.correct).toBe(false);
    // The live ticket of the same batch is auto-resolved and audited, as the routes say.
    expect(await downstream()).toEqual({ resolutions: 1, human: 0, qa: 1 });
    const h1 = await documents.send(
      new GetCommand({ TableName: stack.emulators.tables.tickets, Key: { ticketId: 'h-1' } }),
    );
    expect(h1.Item).toMatchObject({ status: 'DISPATCHED', action: 'HISTORY', destination: 'history' });
    expect(h1.Item?.outboundMessage).toBeUndefined();
  });

  it('writes nothing new when the same history tickets are delivered again', async () => {
    const before = await observations();
    const response = await deliver(history);
    expect(response.batchItemFailures).toEqual([]);
    expect(await observations()).toEqual(before);
    // Still only the live ticket's reply and its audit item.
    expect(await downstream()).toEqual({ resolutions: 1, human: 0, qa: 1 });
  });
});
