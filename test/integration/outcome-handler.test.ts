import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutcomeHandler } from '../../functions/outcome-handler.js';
import type { loadEnv, OutcomeEnvSchema } from '../../lib/config/env.schema.js';
import { QaAdjudicationItemSchema } from '../../lib/domain/outbound/outbound.schema.js';
import type { Outcome } from '../../lib/domain/outcomes/outcome.schema.js';
import { outcomeBody, payloadHash } from '../../lib/domain/outcomes/outcome-identity.js';
import type { StoredTicket } from '../../lib/domain/tickets/ticket-record.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startEmulators } from '../../tools/local/emulators.js';
import { createLambdaContext } from '../../tools/local/lambda-context.js';
import { toSqsRecord } from '../../tools/local/sqs-poller.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { classificationOf } from '../support/classification.js';
import { outcomeHandlerOn } from '../support/outcome-handler.js';
import { deleteReceived, drainQueue, receiveMessages, sendBodies } from '../support/sqs-helpers.js';

/**
 * The real outcome handler, built from validated config as in Lambda, against dynalite and
 * local-aws-sqs over HTTP with the real SDK clients. Records are real messages of the outcomes
 * queue; a redelivery is the same record handed to the handler again.
 */

const ROUTE = 'pay_early';

let emulators: Emulators;
let documents: DynamoDBDocumentClient;
let telemetry: TelemetrySink;
let config: ReturnType<typeof loadEnv<typeof OutcomeEnvSchema>>;
/** Where this test's telemetry starts. */
let mark = 0;

type Handler = ReturnType<typeof createOutcomeHandler>['outcomeHandler'];

/** Invokes the handler and, like the event source mapping, deletes the records it did not fail. */
const invoke = async (handler: Handler, records: SQSRecord[]): Promise<SQSBatchResponse> => {
  const response = await handler({ Records: records }, createLambdaContext('outcome', 30_000));
  const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
  const done = records.filter((r) => !failed.has(r.messageId)).map((r) => r.receiptHandle);
  await deleteReceived(emulators.sqs, emulators.queues.outcomes.url, done);
  return response;
};

const recordsFor = async (bodies: string[]): Promise<SQSRecord[]> => {
  const { url, arn } = emulators.queues.outcomes;
  const ids = await sendBodies(emulators.sqs, url, bodies);
  const messages = await receiveMessages(emulators.sqs, url, bodies.length);
  const byId = new Map(messages.map((m) => [m.MessageId, toSqsRecord(m, arn)]));
  const records = ids.map((id) => byId.get(id));
  expect(records.every((r) => r !== undefined)).toBe(true);
  return records as SQSRecord[];
};

/** Sum of one metric over the EMF lines emitted since the test began, route-dimensioned ones aside. */
const metricSum = (name: string): number =>
  telemetry.lines
    .slice(mark)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => '_aws' in l && !('Route' in l))
    .reduce((sum, l) => sum + (Number(l[name]) || 0), 0);

const putTicket = (over: Partial<StoredTicket> & { ticketId: string }) =>
  documents.send(
    new PutCommand({
      TableName: emulators.tables.tickets,
      Item: {
        status: 'DISPATCHED',
        routeId: ROUTE,
        action: 'HUMAN',
        candidate: true,
        labelPropensity: 1,
        decidedAt: new Date(Date.now() - 3_600_000).toISOString(),
        classification: classificationOf(ROUTE, 0.8),
        ...over,
      } satisfies StoredTicket,
    }),
  );

const observationsOf = async (ticketId: string) => {
  const out = await documents.send(
    new QueryCommand({
      TableName: emulators.tables.observations,
      KeyConditionExpression: 'routeId = :r',
      ExpressionAttributeValues: { ':r': ROUTE },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).filter((i) => i.ticketId === ticketId);
};

const outcomeItem = async (ticketId: string, outcomeType: string) =>
  (
    await documents.send(
      new GetCommand({
        TableName: emulators.tables.outcomes,
        Key: { ticketId, outcomeType },
        ConsistentRead: true,
      }),
    )
  ).Item;

const routeConfig = async () =>
  (
    await documents.send(
      new GetCommand({
        TableName: emulators.tables.routeConfig,
        Key: { routeId: ROUTE },
        ConsistentRead: true,
      }),
    )
  ).Item;

const resolution = (ticketId: string, finalRoute: string): Outcome => ({
  type: 'human_resolution',
  ticketId,
  finalRoute,
  handleSeconds: 120,
  resolvedAt: new Date().toISOString(),
});

/** A DynamoDB client whose route-config writes fail while `failures.left` is above zero. */
const faultyClient = (failures: { left: number }) => {
  const client = new DynamoDBClient({
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    endpoint: emulators.dynamoEndpoint,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const table = (args.input as { TableName?: string }).TableName;
      if (
        context.commandName === 'PutItemCommand' &&
        table === emulators.tables.routeConfig &&
        failures.left > 0
      ) {
        failures.left -= 1;
        throw Object.assign(new Error('injected route config write failure'), {
          name: 'InternalServerError',
        });
      }
      return next(args);
    },
    { step: 'initialize', name: 'failRouteConfigWrites' },
  );
  return client;
};

let handler: Handler;

beforeAll(async () => {
  telemetry = captureTelemetry();
  emulators = await startEmulators({ visibilityTimeoutSeconds: 1 });
  documents = DynamoDBDocumentClient.from(emulators.dynamo);
  ({ config, handler } = outcomeHandlerOn(emulators));
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
  telemetry?.restore();
});

beforeEach(async () => {
  // Records a test left failed come back after the 1 s visibility timeout; the next test starts clean.
  await Promise.all([
    drainQueue(emulators.sqs, emulators.queues.outcomes.url, 1),
    drainQueue(emulators.sqs, emulators.queues.qa.url, 1),
  ]);
  mark = telemetry.lines.length;
});

describe('outcome handler on the emulators', () => {
  it('gives an outcome delivered twice, and sent twice, one effect', async () => {
    await putTicket({ ticketId: 'O-1' });
    const body = JSON.stringify(resolution('O-1', ROUTE));
    const [first, second] = await recordsFor([body, body]);
    expect((await invoke(handler, [first as SQSRecord])).batchItemFailures).toEqual([]);
    expect((await invoke(handler, [first as SQSRecord, second as SQSRecord])).batchItemFailures).toEqual([]);
    expect(await observationsOf('O-1')).toHaveLength(1);
    expect(metricSum('OutcomesRecorded')).toBe(1);
    expect(metricSum('DuplicateOutcomes')).toBe(2);
    expect(await outcomeItem('O-1', 'human_resolution')).toMatchObject({ state: 'COMPLETED', kind: 'claim' });
  });

  it('keeps a second, different human resolution as a conflict without flipping the label', async () => {
    await putTicket({ ticketId: 'O-2' });
    const recorded = resolution('O-2', ROUTE);
    const corrected = resolution('O-2', 'extend_due_date');
    const [a, b] = await recordsFor([JSON.stringify(recorded), JSON.stringify(corrected)]);
    expect((await invoke(handler, [a as SQSRecord])).batchItemFailures).toEqual([]);
    expect((await invoke(handler, [b as SQSRecord])).batchItemFailures).toEqual([]);
    const [label] = await observationsOf('O-2');
    expect(label?.correct).toBe(true);
    expect(await outcomeItem('O-2', `human_resolution#conflict#${payloadHash(corrected)}`)).toMatchObject({
      kind: 'conflict',
      recordedBody: outcomeBody(recorded),
      conflictingBody: outcomeBody(corrected),
    });
    expect(metricSum('ConflictingOutcomes')).toBe(1);
    expect(metricSum('OutcomesRecorded')).toBe(1);
  });

  it('trips the breaker on the redelivery when the trip write failed the first time', async () => {
    await documents.send(
      new PutCommand({
        TableName: emulators.tables.routeConfig,
        Item: {
          routeId: ROUTE,
          mode: 'auto',
          threshold: 0.5,
          explorationRate: 0.05,
          auditRate: 0.02,
          version: 1,
        },
      }),
    );
    const failures = { left: 0 };
    const faulty = createOutcomeHandler(config, {
      clients: { dynamo: faultyClient(failures), sqs: emulators.sqs, s3: emulators.s3 },
      logLevel: 'SILENT',
    }).outcomeHandler;
    // Nine audited auto-resolutions, the last four wrong: only the ninth trips the breaker.
    const bodies = [];
    for (let i = 0; i < 9; i += 1) {
      const ticketId = `B-${i}`;
      await putTicket({ ticketId, action: 'AUTO', labelPropensity: 0.1 });
      bodies.push(
        JSON.stringify({ type: 'qa_verdict', ticketId, correct: i < 5, auditedAt: new Date().toISOString() }),
      );
    }
    const records = await recordsFor(bodies);
    for (const record of records.slice(0, 8)) {
      expect((await invoke(faulty, [record])).batchItemFailures).toEqual([]);
    }
    expect((await routeConfig())?.mode).toBe('auto');
    const last = records[8] as SQSRecord;
    failures.left = 1;
    const failed = await invoke(faulty, [last]);
    expect(failed.batchItemFailures.map((f) => f.itemIdentifier)).toEqual([last.messageId]);
    expect(failures.left).toBe(0);
    expect((await routeConfig())?.mode).toBe('auto');
    expect((await invoke(faulty, [last])).batchItemFailures).toEqual([]);
    expect(await routeConfig()).toMatchObject({ mode: 'shadow', updatedBy: 'circuit-breaker' });
    expect(metricSum('QualityBreaches')).toBe(1);
  });

  it('sends a disagreeing human label to QA once, counts it an error until QA rules, then takes the ruling', async () => {
    await putTicket({ ticketId: 'Q-1', redactedText: 'Can I pay early? Card [CARD].' });
    const body = JSON.stringify(resolution('Q-1', 'out_of_scope'));
    const [first, again] = await recordsFor([body, body]);
    expect((await invoke(handler, [first as SQSRecord])).batchItemFailures).toEqual([]);
    expect((await invoke(handler, [again as SQSRecord])).batchItemFailures).toEqual([]);
    expect(await observationsOf('Q-1')).toEqual([
      expect.objectContaining({ source: 'human', correct: false, adjudication: 'pending' }),
    ]);
    // Taken off the queue, as QA's tooling would, so the last check sees only what came after.
    const items = await drainQueue(emulators.sqs, emulators.queues.qa.url);
    expect(items).toHaveLength(1);
    const item = QaAdjudicationItemSchema.parse(JSON.parse(items[0]?.Body ?? '{}'));
    expect(item).toMatchObject({
      type: 'qa_adjudication',
      ticketId: 'Q-1',
      modelRoute: ROUTE,
      confidence: 0.8,
      agentRoute: 'out_of_scope',
      redactedText: 'Can I pay early? Card [CARD].',
    });
    // QA finds the model was right: the stored label flips to correct, on the same observation.
    const before = await observationsOf('Q-1');
    const ruling = {
      type: 'qa_verdict',
      ticketId: 'Q-1',
      correct: true,
      correctRoute: ROUTE,
      auditedAt: new Date().toISOString(),
    };
    expect((await invoke(handler, await recordsFor([JSON.stringify(ruling)]))).batchItemFailures).toEqual([]);
    expect(await observationsOf('Q-1')).toEqual([
      expect.objectContaining({
        observationId: before[0]?.observationId,
        source: 'qa',
        correct: true,
        adjudication: 'done',
      }),
    ]);
    expect(await drainQueue(emulators.sqs, emulators.queues.qa.url)).toEqual([]);
  });

  it('keeps an outcome for a ticket it never saw as unmatched, without failing the record', async () => {
    const outcome: Outcome = {
      type: 'qa_verdict',
      ticketId: 'never-seen',
      correct: true,
      auditedAt: new Date().toISOString(),
    };
    const records = await recordsFor([JSON.stringify(outcome)]);
    expect((await invoke(handler, records)).batchItemFailures).toEqual([]);
    expect(await outcomeItem('never-seen', `unmatched#qa_verdict#${payloadHash(outcome)}`)).toMatchObject({
      kind: 'unmatched',
      body: outcomeBody(outcome),
    });
    expect(
      (await outcomeItem('never-seen', `unmatched#qa_verdict#${payloadHash(outcome)}`))?.expiresAt,
    ).toBeGreaterThan(Date.now() / 1000);
    expect(metricSum('UnmatchedOutcomes')).toBe(1);
  });

  it('applies concurrent deliveries of one outcome once', async () => {
    await putTicket({ ticketId: 'O-5' });
    const body = JSON.stringify(resolution('O-5', ROUTE));
    const records = await recordsFor([body, body, body, body]);
    // Two invocations at once, each with two copies in its batch (processed in parallel).
    const responses = await Promise.all([
      invoke(handler, records.slice(0, 2)),
      invoke(handler, records.slice(2)),
    ]);
    const failed = new Set(responses.flatMap((r) => r.batchItemFailures.map((f) => f.itemIdentifier)));
    const retried = records.filter((r) => failed.has(r.messageId));
    if (retried.length > 0) expect((await invoke(handler, retried)).batchItemFailures).toEqual([]);
    expect(await observationsOf('O-5')).toHaveLength(1);
    expect(metricSum('OutcomesRecorded')).toBe(1);
    expect(metricSum('DuplicateOutcomes')).toBe(3);
  });
});
