import { createHmac } from 'node:crypto';
import type { Message } from '@aws-sdk/client-sqs';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { createOutcomeHandler } from '../../functions/outcome-handler.js';
import { createWebhookHandler } from '../../functions/webhook-handler.js';
import { loadEnv, WebhookEnvSchema } from '../../lib/config/env.schema.js';
import { QUEUES } from '../../lib/config/resources.js';
import type { StoredTicket } from '../../lib/domain/tickets/ticket-record.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startEmulators } from '../../tools/local/emulators.js';
import { createLambdaContext } from '../../tools/local/lambda-context.js';
import { toSqsRecord } from '../../tools/local/sqs-poller.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { classificationOf } from '../support/classification.js';
import { outcomeHandlerOn } from '../support/outcome-handler.js';

/**
 * The real webhook handler, middy-wrapped and built from config parsed by its schema, sending with
 * a real SQS client to local-aws-sqs; the real outcome handler then takes what it queued and
 * stores it in dynalite. Only the secrets are injected, as `triage serve` injects them.
 */

const SECRETS = { generic: 'generic-signing-secret', zendesk: 'zendesk-signing-secret' };
const ROUTE = 'pay_early';

let emulators: Emulators;
let documents: DynamoDBDocumentClient;
let telemetry: TelemetrySink;
let webhook: ReturnType<typeof createWebhookHandler>['handler'];
let outcomes: ReturnType<typeof createOutcomeHandler>['outcomeHandler'];
let mark = 0;

const webhookConfig = (queueUrl: string) =>
  loadEnv(WebhookEnvSchema, { [QUEUES.outcomes.envKey]: queueUrl, WEBHOOK_SECRET_ID: 'local' });

const httpEvent = (
  path: string,
  body: string,
  headers: Record<string, string> = {},
  method = 'POST',
): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: `${method} /{adapter}`,
  rawPath: path,
  rawQueryString: '',
  headers: { 'content-type': 'application/json', ...headers },
  requestContext: {
    accountId: '123456789012',
    apiId: 'local',
    domainName: 'localhost',
    domainPrefix: 'localhost',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
    requestId: 'r-1',
    routeKey: `${method} /{adapter}`,
    stage: '$default',
    time: new Date().toISOString(),
    timeEpoch: Date.now(),
  },
  body,
  isBase64Encoded: false,
});

const call = (handler: typeof webhook, event: APIGatewayProxyEventV2) =>
  handler(event, createLambdaContext('webhook', 10_000)) as Promise<APIGatewayProxyStructuredResultV2>;

const signed = (body: string, secret = SECRETS.generic) => ({
  'X-Signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
});

const resolution = (ticketId: string) =>
  JSON.stringify({
    type: 'human_resolution',
    ticketId,
    finalRoute: ROUTE,
    handleSeconds: 240,
    agentId: 'a-17',
    resolvedAt: new Date().toISOString(),
  });

/** EMF lines since the test began that carry `name`, with their dimensions. */
const emitted = (name: string) =>
  telemetry.lines
    .slice(mark)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => '_aws' in l && name in l);

const putTicket = (ticketId: string) =>
  documents.send(
    new PutCommand({
      TableName: emulators.tables.tickets,
      Item: {
        ticketId,
        status: 'DISPATCHED',
        routeId: ROUTE,
        action: 'HUMAN',
        candidate: true,
        labelPropensity: 1,
        decidedAt: new Date(Date.now() - 3_600_000).toISOString(),
        classification: classificationOf(ROUTE, 0.8),
      } satisfies StoredTicket,
    }),
  );

/**
 * Takes everything on the outcomes queue off it. Without a long poll: whatever the webhook sent
 * before the call is visible at once, so an empty answer means the queue is empty.
 */
const takeQueued = async (): Promise<Message[]> => {
  const { url } = emulators.queues.outcomes;
  const out = await emulators.sqs.send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
  );
  for (const m of out.Messages ?? []) {
    await emulators.sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle }));
  }
  return out.Messages ?? [];
};

/** Everything the webhook queued, handed to the outcome handler the way its event source would. */
const deliverQueued = async (): Promise<SQSRecord[]> => {
  const records = (await takeQueued()).map((m) => toSqsRecord(m, emulators.queues.outcomes.arn));
  const response = await outcomes({ Records: records }, createLambdaContext('outcome', 30_000));
  expect(response.batchItemFailures).toEqual([]);
  return records;
};

beforeAll(async () => {
  telemetry = captureTelemetry();
  emulators = await startEmulators({ visibilityTimeoutSeconds: 1 });
  documents = DynamoDBDocumentClient.from(emulators.dynamo);
  webhook = createWebhookHandler(webhookConfig(emulators.queues.outcomes.url), {
    clients: { sqs: emulators.sqs },
    secrets: async () => SECRETS,
    logLevel: 'SILENT',
  }).handler;
  outcomes = outcomeHandlerOn(emulators).handler;
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
  telemetry?.restore();
});

beforeEach(() => {
  mark = telemetry.lines.length;
});

describe('outcomes webhook on the emulators', () => {
  it('queues a signed generic outcome, which the outcome function stores once; a replay has no second effect', async () => {
    await putTicket('W-1');
    const body = resolution('W-1');
    const first = await call(webhook, httpEvent('/generic', body, signed(body)));
    expect(first.statusCode).toBe(202);
    expect(JSON.parse(first.body as string)).toEqual({
      accepted: true,
      ticketId: 'W-1',
      type: 'human_resolution',
    });
    const queued = await deliverQueued();
    expect(queued).toHaveLength(1);
    const [record] = queued;
    expect(JSON.parse(record?.body as string)).toEqual(JSON.parse(body));

    const stored = await documents.send(
      new GetCommand({
        TableName: emulators.tables.outcomes,
        Key: { ticketId: 'W-1', outcomeType: 'human_resolution' },
        ConsistentRead: true,
      }),
    );
    expect(stored.Item).toMatchObject({ state: 'COMPLETED', kind: 'claim' });

    // The same signed request again: accepted and queued, then a duplicate downstream.
    expect((await call(webhook, httpEvent('/generic', body, signed(body)))).statusCode).toBe(202);
    expect(await deliverQueued()).toHaveLength(1);
    const labels = await documents.send(
      new QueryCommand({
        TableName: emulators.tables.observations,
        KeyConditionExpression: 'routeId = :r',
        ExpressionAttributeValues: { ':r': ROUTE },
        ConsistentRead: true,
      }),
    );
    expect((labels.Items ?? []).filter((i) => i.ticketId === 'W-1')).toHaveLength(1);
    expect(emitted('WebhookAccepted').map((l) => [l.Adapter, l.WebhookAccepted])).toEqual([
      ['generic', 1],
      ['generic', 1],
    ]);
    expect(emitted('DuplicateOutcomes').reduce((n, l) => n + Number(l.DuplicateOutcomes), 0)).toBe(1);
  });

  it('queues a signed Zendesk trigger body mapped to the outcomes contract', async () => {
    const body = JSON.stringify({
      event: 'ticket_solved',
      ticket: {
        id: 'zen-9',
        route: 'no_route',
        handle_seconds: '75',
        agent_id: '',
        solved_at: '2026-11-20T10:02Z',
      },
    });
    const ts = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const signature = createHmac('sha256', SECRETS.zendesk)
      .update(ts + body)
      .digest('base64');
    const headers = { 'X-Zendesk-Webhook-Signature': signature, 'X-Zendesk-Webhook-Signature-Timestamp': ts };
    const response = await call(webhook, httpEvent('/zendesk', body, headers));
    expect(response.statusCode).toBe(202);
    const queued = await takeQueued();
    expect(queued.map((m) => JSON.parse(m.Body as string))).toEqual([
      {
        type: 'human_resolution',
        ticketId: 'zen-9',
        finalRoute: 'out_of_scope',
        handleSeconds: 75,
        resolvedAt: '2026-11-20T10:02:00.000Z',
      },
    ]);
  });

  it('answers 401, 413, 400, 404 and 405 and queues none of them', async () => {
    const body = resolution('W-2');
    const staleTs = String(Math.floor(Date.now() / 1000) - 301);
    const stale = {
      'X-Signature': `sha256=${createHmac('sha256', SECRETS.generic).update(`${staleTs}.${body}`).digest('hex')}`,
      'X-Signature-Timestamp': staleTs,
    };
    const cases: [APIGatewayProxyEventV2, number][] = [
      [httpEvent('/generic', body), 401],
      [httpEvent('/generic', body, signed(body, 'wrong-secret')), 401],
      [httpEvent('/generic', body, stale), 401],
      [httpEvent('/freshdesk', body, { 'X-Webhook-Token': 'anything' }), 401],
      [httpEvent('/generic', 'x'.repeat(65_537), signed('x'.repeat(65_537))), 413],
      [httpEvent('/generic', '{"type":"human_resolution"}', signed('{"type":"human_resolution"}')), 400],
      [httpEvent('/salesforce', body, signed(body)), 404],
      [httpEvent('/generic', body, signed(body), 'GET'), 405],
    ];
    for (const [event, status] of cases) {
      const response = await call(webhook, event);
      expect({ path: event.rawPath, status: response.statusCode }).toEqual({ path: event.rawPath, status });
      expect(JSON.parse(response.body as string)).toMatchObject({ accepted: false });
    }
    const bad = await call(webhook, cases[5]?.[0] as APIGatewayProxyEventV2);
    const problems = (JSON.parse(bad.body as string) as { problems: { field: string }[] }).problems;
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['ticketId', 'finalRoute']));
    expect(await takeQueued()).toEqual([]);
    const rejected = emitted('WebhookRejected').map((l) => `${l.Adapter}/${l.Reason}`);
    expect(rejected).toEqual([
      'generic/signature',
      'generic/signature',
      'generic/signature',
      'freshdesk/signature',
      'generic/size',
      'generic/body',
      'none/not_found',
      'none/method',
      'generic/body',
    ]);
  });

  it('answers 500 when the outcome cannot be queued or the secret cannot be read, and never logs the body', async () => {
    const missingQueue = emulators.queues.outcomes.url.replace(/[^/]+$/, 'NoSuchQueue');
    const unsendable = createWebhookHandler(webhookConfig(missingQueue), {
      clients: {
        sqs: new SQSClient({
          region: LOCAL_REGION,
          credentials: LOCAL_CREDENTIALS,
          endpoint: emulators.sqsEndpoint,
        }),
      },
      secrets: async () => SECRETS,
      logLevel: 'ERROR',
    }).handler;
    const body = resolution('W-SECRET-TEXT');
    const sendFailed = await call(unsendable, httpEvent('/generic', body, signed(body)));
    expect(sendFailed.statusCode).toBe(500);

    const noSecrets = createWebhookHandler(webhookConfig(emulators.queues.outcomes.url), {
      clients: { sqs: emulators.sqs },
      secrets: async () => {
        throw Object.assign(new Error('denied'), { name: 'WebhookSecretsError' });
      },
      logLevel: 'ERROR',
    }).handler;
    const secretFailed = await call(noSecrets, httpEvent('/generic', body, signed(body)));
    expect(secretFailed.statusCode).toBe(500);

    expect(emitted('WebhookErrors').map((l) => `${l.Adapter}/${l.Reason}`)).toEqual([
      'generic/send',
      'generic/secret',
    ]);
    const logs = telemetry.lines.slice(mark).filter((l) => !l.includes('"_aws"'));
    expect(logs.some((l) => l.includes('webhook request failed'))).toBe(true);
    expect(logs.some((l) => l.includes('W-SECRET-TEXT') || l.includes(SECRETS.generic))).toBe(false);
    expect(await takeQueued()).toEqual([]);
  });
});
