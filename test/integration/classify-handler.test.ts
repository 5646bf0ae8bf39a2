import { DynamoDBDocumentClient, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { HumanWorkItem, ResolutionMessage } from '../../lib/domain/outbound/outbound.schema.js';
import { HumanWorkItemSchema, ResolutionMessageSchema } from '../../lib/domain/outbound/outbound.schema.js';
import { createLambdaContext } from '../../tools/local/lambda-context.js';
import type { LocalStack } from '../../tools/local/local-stack.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import { toSqsRecord } from '../../tools/local/sqs-poller.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { automateRoutes } from '../support/route-configs.js';
import { smallSampleTrain } from '../support/small-train.js';
import { deleteReceived, drainQueue, receiveMessages, sendBodies } from '../support/sqs-helpers.js';

/**
 * The real classify handler module, configured by environment as in Lambda, against dynalite,
 * local-aws-sqs and the stand-in Converse endpoint, all over HTTP with the real SDK clients.
 */

let stack: LocalStack;
/** The handler's EMF metrics and logs, kept off the test output and checked like CloudWatch would. */
let telemetry: TelemetrySink;
let documents: DynamoDBDocumentClient;

const ticket = (ticketId: string, body: string) =>
  JSON.stringify({
    ticketId,
    body,
    customer: { id: 'c-42' },
    channel: 'chat',
    createdAt: '2026-11-20T09:30:00Z',
  });

/** Invokes the handler and, like the event source mapping, deletes the records it did not fail. */
const invoke = async (records: SQSRecord[]): Promise<SQSBatchResponse> => {
  const response = await stack.handler(
    { Records: records },
    createLambdaContext('classify', stack.classifyTimeoutMs),
  );
  const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
  const done = records.filter((r) => !failed.has(r.messageId)).map((r) => r.receiptHandle);
  await deleteReceived(stack.emulators.sqs, stack.emulators.queues.ingest.url, done);
  return response;
};

const collectDownstream = async () => {
  const [resolutions, human] = await Promise.all([
    drainQueue(stack.emulators.sqs, stack.emulators.queues.resolutions.url),
    drainQueue(stack.emulators.sqs, stack.emulators.queues.human.url),
  ]);
  return {
    resolutions: resolutions.map((m) => ResolutionMessageSchema.parse(JSON.parse(m.Body ?? ''))),
    human: human.map((m) => HumanWorkItemSchema.parse(JSON.parse(m.Body ?? ''))),
  };
};

const recordsFor = async (bodies: string[]) => {
  const ids = await sendBodies(stack.emulators.sqs, stack.emulators.queues.ingest.url, bodies);
  const messages = await receiveMessages(
    stack.emulators.sqs,
    stack.emulators.queues.ingest.url,
    bodies.length,
  );
  expect(messages).toHaveLength(bodies.length);
  const { arn } = stack.emulators.queues.ingest;
  const byId = new Map(messages.map((m) => [m.MessageId, toSqsRecord(m, arn)]));
  return ids.map((id) => byId.get(id) as SQSRecord);
};

beforeAll(async () => {
  telemetry = captureTelemetry();
  stack = await startLocalStack({
    // Forty tickets a route (as run-tickets.test.ts): confident enough on an invoice question to
    // auto-resolve at a 0.5 threshold, at a fraction of the full sample's training time.
    trainPath: smallSampleTrain(40),
    taxonomyPath: SAMPLE.taxonomy,
    concurrency: 0,
    recordModelRequests: true,
  });
  documents = DynamoDBDocumentClient.from(stack.emulators.dynamo);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  telemetry?.restore();
});

describe('classify handler on the embedded default', () => {
  it('accounts for every message of a batch that mixes valid, malformed and duplicate tickets', async () => {
    const bodies = [
      ticket('T-100', 'When is my next instalment due? I cannot find the date in the app.'),
      ticket('T-101', 'I want to speak to a real person about my account, not a bot.'),
      '{"ticketId": "T-102", "body": ',
      JSON.stringify({ ticketId: 'T-103', body: 'no customer or channel' }),
      ticket('T-100', 'When is my next instalment due? I cannot find the date in the app.'),
      ticket(
        'T-104',
        'There is a purchase of 340 EUR on my account that I never made. I think someone hacked me.',
      ),
    ];
    const records = await recordsFor(bodies);
    const first = await invoke(records);

    // Only the in-batch duplicate of T-100 may fail (its twin holds the claim); it must not be lost.
    const duplicateId = records[4]?.messageId as string;
    const failedIds = first.batchItemFailures.map((f) => f.itemIdentifier);
    expect(failedIds.every((id) => id === duplicateId || id === records[0]?.messageId)).toBe(true);
    const retry = records.filter((r) => failedIds.includes(r.messageId));
    if (retry.length > 0) expect((await invoke(retry)).batchItemFailures).toEqual([]);

    const quarantined = await documents.send(
      new ScanCommand({ TableName: stack.emulators.tables.quarantine }),
    );
    const reasons = new Map(quarantined.Items?.map((i) => [i.quarantineId, i.reason]));
    expect(reasons.get(records[2]?.messageId)).toBe('invalid_json');
    expect(reasons.get(records[3]?.messageId)).toBe('schema_violation');
    expect(quarantined.Items?.find((i) => i.quarantineId === records[2]?.messageId)?.body).toBe(bodies[2]);

    const { resolutions, human } = await collectDownstream();
    const delivered = [...resolutions, ...human].map((m) => m.ticketId).sort();
    expect(delivered).toEqual(['T-100', 'T-101', 'T-104']);

    const person = human.find((m) => m.ticketId === 'T-101') as HumanWorkItem;
    expect(person.escalation.reasons).toContain('customer_requested_human');
    const fraud = human.find((m) => m.ticketId === 'T-104');
    expect(fraud?.escalation.reason).toBeDefined();

    const emf = telemetry.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => '_aws' in l);
    expect(emf.reduce((sum, l) => sum + (Number(l.Quarantined) || 0), 0)).toBeGreaterThanOrEqual(2);
    expect(emf.some((l) => l.Route === 'none' || typeof l.Route === 'string')).toBe(true);

    for (const id of ['T-100', 'T-101', 'T-104']) {
      const stored = await documents.send(
        new GetCommand({ TableName: stack.emulators.tables.tickets, Key: { ticketId: id } }),
      );
      expect(stored.Item?.status).toBe('DISPATCHED');
      expect(stored.Item?.modelId).toBe('local.stand-in');
      expect(stored.Item?.inputTokens).toBeGreaterThan(0);
    }
  });

  it('gives a redelivered ticket no second model call, decision or downstream message', async () => {
    const [record] = await recordsFor([
      ticket('T-200', 'How do I change the card my instalments are taken from?'),
    ]);
    expect((await invoke([record as SQSRecord])).batchItemFailures).toEqual([]);
    const callsAfterFirst = stack.standIn.stats.answered;
    const firstDecision = await documents.send(
      new GetCommand({ TableName: stack.emulators.tables.tickets, Key: { ticketId: 'T-200' } }),
    );

    // The same SQS record again (a visibility-timeout redelivery), and a second send of the ticket.
    const [again] = await recordsFor([
      ticket('T-200', 'How do I change the card my instalments are taken from?'),
    ]);
    const response = await invoke([record as SQSRecord, again as SQSRecord]);
    expect(response.batchItemFailures).toEqual([]);
    expect(stack.standIn.stats.answered).toBe(callsAfterFirst);

    const after = await documents.send(
      new GetCommand({ TableName: stack.emulators.tables.tickets, Key: { ticketId: 'T-200' } }),
    );
    expect(after.Item?.decidedAt).toBe(firstDecision.Item?.decidedAt);
    const { resolutions, human } = await collectDownstream();
    expect([...resolutions, ...human].filter((m) => m.ticketId === 'T-200')).toHaveLength(1);
  });

  it('quarantines a second message with the same ticketId and a different body, keeping both bodies', async () => {
    const original = ticket('T-250', 'How do I change the card my instalments are taken from?');
    const [first] = await recordsFor([original]);
    expect((await invoke([first as SQSRecord])).batchItemFailures).toEqual([]);
    const callsAfterFirst = stack.standIn.stats.requests;
    const before = await documents.send(
      new GetCommand({ TableName: stack.emulators.tables.tickets, Key: { ticketId: 'T-250' } }),
    );

    const conflicting = ticket('T-250', 'Please close my account and refund everything.');
    const [second] = await recordsFor([conflicting]);
    expect((await invoke([second as SQSRecord])).batchItemFailures).toEqual([]);

    expect(stack.standIn.stats.requests).toBe(callsAfterFirst);
    const entry = await documents.send(
      new GetCommand({
        TableName: stack.emulators.tables.quarantine,
        Key: { quarantineId: second?.messageId },
      }),
    );
    expect(entry.Item).toMatchObject({
      reason: 'conflicting_duplicate',
      ticketId: 'T-250',
      body: conflicting,
    });
    // The first body is kept as the tickets table holds it: its hash and its redacted text.
    expect(entry.Item?.conflict).toMatchObject({
      storedStatus: 'DISPATCHED',
      storedBodyHash: before.Item?.bodyHash,
      storedRedactedText: before.Item?.redactedText,
    });
    expect(entry.Item?.conflict.bodyHash).not.toBe(before.Item?.bodyHash);
    const after = await documents.send(
      new GetCommand({ TableName: stack.emulators.tables.tickets, Key: { ticketId: 'T-250' } }),
    );
    expect(after.Item).toEqual(before.Item);
    const { resolutions, human } = await collectDownstream();
    expect([...resolutions, ...human].filter((m) => m.ticketId === 'T-250')).toHaveLength(1);
  });

  it('lets exactly one of two different bodies with one ticketId in a batch take effect', async () => {
    const bodies = [
      ticket('T-260', 'When is my next instalment due?'),
      ticket('T-260', 'I want to speak to a real person about my account.'),
    ];
    const records = await recordsFor(bodies);
    const response = await invoke(records);
    // The loser sees the winner's claim and its different hash at once: nothing waits for a lease.
    expect(response.batchItemFailures).toEqual([]);
    const quarantined = await documents.send(
      new ScanCommand({ TableName: stack.emulators.tables.quarantine }),
    );
    const conflicts = (quarantined.Items ?? []).filter((i) => i.ticketId === 'T-260');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.reason).toBe('conflicting_duplicate');
    expect(bodies).toContain(conflicts[0]?.body);
    const { resolutions, human } = await collectDownstream();
    expect([...resolutions, ...human].filter((m) => m.ticketId === 'T-260')).toHaveLength(1);
  });

  it('auto-resolves only with the route’s approved answer, never with ticket text', async () => {
    const taxonomy = loadTaxonomy(SAMPLE.taxonomy);
    const answers = new Map(taxonomy.routes.map((r) => [r.id, r.answer]));
    await automateRoutes(stack, taxonomy, 0.5);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const bodies = Array.from({ length: 8 }, (_, i) =>
      ticket(
        `T-30${i}`,
        `Where can I download the invoice for my order ${i}? I need a receipt for my expenses.`,
      ),
    );
    expect((await invoke(await recordsFor(bodies))).batchItemFailures).toEqual([]);
    const { resolutions } = await collectDownstream();
    expect(resolutions.length).toBeGreaterThan(0);
    for (const r of resolutions as ResolutionMessage[]) {
      expect(r.reply).toBe(answers.get(r.routeId));
      expect(r.reply).not.toContain('expenses');
      expect(r.confidence).toBeGreaterThanOrEqual(r.threshold);
    }
  });

  it('redacts personal data before the model sees the ticket', async () => {
    const canaries = ['canary.person@example.org', '4111 1111 1111 1111', 'DE89 3704 0044 0532 0130 00'];
    const body = `Please update my details: email ${canaries[0]}, card ${canaries[1]}, IBAN ${canaries[2]}.`;
    const before = stack.standIn.received.length;
    expect((await invoke(await recordsFor([ticket('T-400', body)]))).batchItemFailures).toEqual([]);
    const sent = stack.standIn.received.slice(before).join('\n');
    expect(sent).toContain('[EMAIL]');
    const stored = await documents.send(
      new GetCommand({ TableName: stack.emulators.tables.tickets, Key: { ticketId: 'T-400' } }),
    );
    const logged = telemetry.lines.join('\n');
    for (const canary of canaries) {
      expect(sent).not.toContain(canary);
      expect(logged).not.toContain(canary);
      expect(JSON.stringify(stored.Item?.redactedText)).not.toContain(canary);
    }
    await collectDownstream();
  });

  it('returns records as failures, without calling the model, when the invocation is nearly out of time', async () => {
    const records = await recordsFor([
      ticket('T-500', 'How do I pay off my whole balance early?'),
      ticket('T-501', 'Where is my parcel?'),
    ]);
    const calls = stack.standIn.stats.requests;
    const response = await stack.handler({ Records: records }, createLambdaContext('classify', 2_000));
    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(
      records.map((r) => r.messageId).sort(),
    );
    expect(stack.standIn.stats.requests).toBe(calls);
    // Given time, the same records go through: the failed attempts gave their claims back.
    expect((await invoke(records)).batchItemFailures).toEqual([]);
    await collectDownstream();
  });
});
