import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import {
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runScript } from '../support/run-cli.js';
import type { ServeProcess } from '../support/serve-process.js';
import { startServeProcess, waitFor } from '../support/serve-process.js';
import { smallSampleTrain } from '../support/small-train.js';

/**
 * `triage serve` as a person uses it: the installed bin in its own process, talked to with the
 * SDK, the operator commands and plain HTTP, then stopped with SIGTERM. The same stack driven by
 * the AWS CLI is a system check (test-system/serve-aws-cli.test.ts): it needs the CLI installed.
 */

const SECRET = 'serve-test-secret';

let home: string;
let serve: ServeProcess;
let dynamo: DynamoDBClient;
let queues: SQSClient;

/** A throwaway HOME and AWS config, so no user profile, region or credentials leak in. */
const isolatedEnv = () => ({
  HOME: home,
  AWS_CONFIG_FILE: join(home, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_REGION: 'us-east-1',
});

const clientConfig = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

const signed = (body: string, secret: string) => {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return { 'x-signature': `sha256=${digest}`, 'x-signature-timestamp': timestamp };
};

const post = (adapter: string, outcome: object, headers: Record<string, string>) =>
  fetch(`${serve.endpoints.webhookUrl}/${adapter}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(outcome),
  });

const storedOutcome = (ticketId: string, type: string) =>
  dynamo
    .send(
      new GetItemCommand({
        TableName: serve.endpoints.tables.outcomes,
        Key: { ticketId: { S: ticketId }, outcomeType: { S: type } },
      }),
    )
    .then((out) => out.Item);

const ticketStatus = (ticketId: string) =>
  dynamo
    .send(
      new GetItemCommand({ TableName: serve.endpoints.tables.tickets, Key: { ticketId: { S: ticketId } } }),
    )
    .then((out) => out.Item?.status?.S);

const messagesLeft = async (url: string) =>
  (
    await queues.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }),
    )
  ).Attributes?.ApproximateNumberOfMessages;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'serve-cli-'));
  serve = await startServeProcess(
    join(home, 'endpoints.json'),
    ['--no-people', '--cold-start', '--train', smallSampleTrain(3), '--webhook-secret', SECRET],
    isolatedEnv(),
  );
  dynamo = new DynamoDBClient({ ...clientConfig, endpoint: serve.endpoints.dynamodbEndpoint });
  queues = new SQSClient({ ...clientConfig, endpoint: serve.endpoints.sqsEndpoint });
}, 40_000);

afterAll(() => {
  dynamo?.destroy();
  queues?.destroy();
  if (serve && serve.child.exitCode === null) serve.child.kill('SIGKILL');
  rmSync(home, { recursive: true, force: true });
});

describe('triage serve', () => {
  const ticketId = `serve-${process.pid}`;

  it('prints the endpoints and the exports to paste once it is up, and writes the same in the file', () => {
    const { endpoints } = serve;
    expect(endpoints.pid).toBe(serve.child.pid);
    expect(endpoints).toMatchObject({ region: 'us-east-1', webhookSecret: SECRET, people: false });
    expect(serve.exported()).toMatchObject({
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_SQS: endpoints.sqsEndpoint,
      AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodbEndpoint,
      AWS_ENDPOINT_URL_S3: endpoints.s3Endpoint,
      SCORER_BUCKET: endpoints.buckets.scorer,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    });
    expect(serve.stdout()).toContain(`${endpoints.webhookUrl}/generic`);
    expect(serve.stdout()).toContain(endpoints.queues.humanDlq);
    // Progress goes to stderr; stdout carries the ready block alone.
    expect(serve.stdout()).not.toContain('training');
    expect(serve.stderr()).toContain('training the local stand-in model');
  });

  it('exports AWS_DEFAULT_REGION too, the variable the AWS CLI v1 reads', () => {
    expect(serve.exported().AWS_DEFAULT_REGION).toBe('us-east-1');
  });

  it('classifies a ticket sent to the ingest queue onto the human queue, and stores it', async () => {
    const ticket = {
      ticketId,
      body: 'Where is my refund? I returned the order two weeks ago.',
      customer: { id: 'c-serve' },
      channel: 'email',
      createdAt: new Date().toISOString(),
    };
    await queues.send(
      new SendMessageCommand({
        QueueUrl: serve.endpoints.queues.ingest,
        MessageBody: JSON.stringify(ticket),
      }),
    );
    // Cold start: every route is in shadow mode, so the ticket goes to a person.
    const out = await queues.send(
      new ReceiveMessageCommand({
        QueueUrl: serve.endpoints.queues.human,
        WaitTimeSeconds: 10,
        MaxNumberOfMessages: 1,
      }),
    );
    const messages = out.Messages ?? [];
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0]?.Body ?? '{}')).toMatchObject({
      type: 'human_work',
      ticketId,
      escalation: { reason: 'shadow_mode' },
    });
    await queues.send(
      new DeleteMessageCommand({
        QueueUrl: serve.endpoints.queues.human,
        ReceiptHandle: messages[0]?.ReceiptHandle,
      }),
    );
    expect(await ticketStatus(ticketId)).toBe('DISPATCHED');
  }, 20_000);

  it('stores an outcome posted signed to the webhook, and nothing of an unsigned or wrongly signed one', async () => {
    const resolution = {
      type: 'human_resolution',
      ticketId,
      finalRoute: 'refund_timing',
      handleSeconds: 300,
      resolvedAt: new Date().toISOString(),
    };
    const feedback = { type: 'customer_feedback', ticketId, csat: 2, at: new Date().toISOString() };
    const unsigned = await post('generic', feedback, {});
    const forged = await post('generic', feedback, signed(JSON.stringify(feedback), 'not-the-secret'));
    expect([unsigned.status, forged.status]).toEqual([401, 401]);
    const accepted = await post('generic', resolution, signed(JSON.stringify(resolution), SECRET));
    expect(accepted.status).toBe(202);
    await waitFor('the stored outcome', () => storedOutcome(ticketId, 'human_resolution'));
    // The outcomes queue is worked in order: by the time the signed one is stored, a refused one
    // would have been too. The emulator counts a message until its delete, which follows the store.
    expect(await storedOutcome(ticketId, 'customer_feedback')).toBeUndefined();
    await waitFor('the outcomes queue to empty', async () =>
      (await messagesLeft(serve.endpoints.queues.outcomes)) === '0' ? true : undefined,
    );
    expect(await messagesLeft(serve.endpoints.queues.outcomesDlq)).toBe('0');
  }, 20_000);

  it('gives each adapter its own secret: a Freshdesk token signs nothing for /zendesk or /generic', async () => {
    const secrets = serve.endpoints.webhookSecrets;
    expect(secrets.generic).toBe(SECRET);
    expect(new Set([secrets.generic, secrets.zendesk, secrets.freshdesk]).size).toBe(3);
    expect(serve.stdout()).toContain(secrets.zendesk);
    expect(serve.stdout()).toContain(secrets.freshdesk);
    const feedback = { type: 'customer_feedback', ticketId, csat: 1, at: new Date().toISOString() };
    const body = JSON.stringify(feedback);
    const token = secrets.freshdesk;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const zendeskSigned = createHmac('sha256', token).update(`${timestamp}${body}`).digest('base64');
    const [zendesk, generic, freshdesk] = await Promise.all([
      post('zendesk', feedback, {
        'x-zendesk-webhook-signature': zendeskSigned,
        'x-zendesk-webhook-signature-timestamp': timestamp,
      }),
      post('generic', feedback, signed(body, token)),
      post('freshdesk', feedback, { 'x-webhook-token': token }),
    ]);
    expect([zendesk.status, generic.status]).toEqual([401, 401]);
    // The token does open its own adapter (the payload is not a Freshdesk one, so nothing is queued).
    expect(freshdesk.status).not.toBe(401);
  });

  it('works with the operator commands given the endpoints file, and the helpdesk example given the exports', async () => {
    const { file, endpoints } = serve;
    const input = join(home, 'tickets.csv');
    writeFileSync(input, 'ticketId,text\nserve-pub-1,How do I change my payment date?\n');
    const published = await runCli(['publish', '--endpoints', file, '--input', input, '--json']);
    expect(published.code).toBe(0);
    expect(JSON.parse(published.stdout)).toMatchObject({ queueUrl: endpoints.queues.ingest, sent: 1 });
    // Dispatched means its work item is on the human queue.
    await waitFor('the published ticket to be dispatched', async () =>
      (await ticketStatus('serve-pub-1')) === 'DISPATCHED' ? true : undefined,
    );
    const inbox = join(home, 'inbox');
    const [took, listed, dlq] = await Promise.all([
      // Only what the person pasted: no region or credentials of the test's own.
      runScript(undefined, 'examples/helpdesk-consumer.ts', ['take', '--once', '--inbox', inbox], {
        ...isolatedEnv(),
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        AWS_REGION: '',
        ...serve.exported(),
      }),
      runCli(['thresholds', 'list', '--endpoints', file, '--json']),
      runCli(['dlq', 'inspect', '--endpoints', file]),
    ]);
    expect(took.code).toBe(0);
    expect(took.stdout).toContain('serve-pub-1');
    expect(existsSync(join(inbox, 'serve-pub-1.json'))).toBe(true);
    expect(listed.code).toBe(0);
    const routes = JSON.parse(listed.stdout) as { config: { routeId: string; mode: string } }[];
    expect(routes.find((r) => r.config.routeId === 'refund_timing')?.config.mode).toBe('shadow');
    expect(dlq).toMatchObject({ code: 0, stdout: 'the queue is empty\n' });
  }, 15_000);

  it('stops on SIGTERM: exit 0, the endpoints file removed', async () => {
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(existsSync(serve.file)).toBe(false);
    expect(serve.stderr()).toContain('stopped');
  }, 15_000);
});
