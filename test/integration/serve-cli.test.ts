import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndpointsFile } from '../../tools/local/endpoints-file.js';
import { EndpointsFileSchema } from '../../tools/local/endpoints-file.js';
import { ROOT } from '../../tools/local/sample-data.js';
import { runCli, runScript } from '../support/run-cli.js';
import { smallSampleTrain } from '../support/small-train.js';

/**
 * `triage serve` as a person uses it: the installed bin in its own process, talked to with the real
 * AWS CLI v2 and plain HTTP, then stopped with SIGTERM.
 */

const run = promisify(execFile);
const SECRET = 'serve-test-secret';

/** Debian's awscli package puts v2 at /usr/bin/aws; a v1 earlier on PATH must not stand in for it. */
const findAwsCliV2 = async (): Promise<string> => {
  const onPath = (process.env.PATH ?? '').split(':').map((dir) => join(dir, 'aws'));
  for (const candidate of ['/usr/bin/aws', ...onPath]) {
    if (!existsSync(candidate)) continue;
    const out = await run(candidate, ['--version']).catch(() => undefined);
    if (out && /^aws-cli\/2\./.test(`${out.stdout}${out.stderr}`.trim())) return candidate;
  }
  throw new Error(
    'the AWS CLI v2 is not installed (no aws-cli/2 at /usr/bin/aws or on PATH): apt-get install awscli',
  );
};

let aws: string;
let home: string;
let file: string;
let child: ChildProcess;
let stdout = '';
let stderr = '';
let exited: Promise<number | null>;
let endpoints: EndpointsFile;

/** A throwaway HOME and AWS config, so no user profile, region or credentials leak in. */
const awsEnv = () => ({
  PATH: process.env.PATH ?? '',
  HOME: home,
  AWS_CONFIG_FILE: join(home, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  AWS_REGION: 'us-east-1',
  AWS_PAGER: '',
});

const clientConfig = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

const awsJson = async (args: string[]): Promise<Record<string, unknown>> => {
  const out = await run(aws, [...args, '--output', 'json'], { env: awsEnv() });
  return out.stdout.trim() === '' ? {} : (JSON.parse(out.stdout) as Record<string, unknown>);
};

const sqs = (queueUrl: string, command: string, ...args: string[]) =>
  awsJson(['--endpoint-url', endpoints.sqsEndpoint, 'sqs', command, '--queue-url', queueUrl, ...args]);

type Item = Record<string, Record<string, string>>;

const scan = async (table: string): Promise<Item[]> =>
  ((await awsJson(['--endpoint-url', endpoints.dynamodbEndpoint, 'dynamodb', 'scan', '--table-name', table]))
    .Items ?? []) as Item[];

const waitFor = async <T>(
  what: string,
  read: () => Promise<T | undefined>,
  timeoutMs = 8_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const signed = (body: string, secret = SECRET) => {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return { 'x-signature': `sha256=${digest}`, 'x-signature-timestamp': timestamp };
};

const postOutcome = (outcome: object, headers: Record<string, string>) =>
  fetch(`${endpoints.webhookUrl}/generic`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(outcome),
  });

beforeAll(async () => {
  aws = await findAwsCliV2();
  home = mkdtempSync(join(tmpdir(), 'serve-cli-'));
  file = join(home, 'endpoints.json');
  child = spawn(
    process.execPath,
    [
      join(ROOT, 'bin/triage.js'),
      'serve',
      '--no-people',
      '--cold-start',
      '--endpoints',
      file,
      '--train',
      smallSampleTrain(3),
      '--webhook-secret',
      SECRET,
    ],
    { cwd: ROOT, env: { ...process.env, ...awsEnv() }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  // The file appears only once everything is up, and whole.
  await waitFor(
    'the endpoints file',
    async () => {
      if (gone) throw new Error(`triage serve exited early: ${stderr}`);
      return existsSync(file) ? true : undefined;
    },
    20_000,
  );
  endpoints = EndpointsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}, 30_000);

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(home, { recursive: true, force: true });
});

describe('triage serve', () => {
  const ticketId = `serve-${process.pid}`;

  it('prints the endpoints and the exports to paste once it is up, and writes the same in the file', () => {
    expect(endpoints.pid).toBe(child.pid);
    expect(endpoints).toMatchObject({ region: 'us-east-1', webhookSecret: SECRET, people: false });
    expect(stdout).toContain(
      `export AWS_REGION=us-east-1 AWS_ENDPOINT_URL_SQS=${endpoints.sqsEndpoint} AWS_ENDPOINT_URL_DYNAMODB=${endpoints.dynamodbEndpoint} AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local`,
    );
    expect(stdout).toContain(`${endpoints.webhookUrl}/generic`);
    expect(stdout).toContain(endpoints.queues.humanDlq);
    // Progress goes to stderr; stdout carries the ready block alone.
    expect(stdout).not.toContain('training');
    expect(stderr).toContain('training the local stand-in model');
  });

  it('classifies a ticket sent with aws sqs send-message onto the human queue, and stores it', async () => {
    const ticket = {
      ticketId,
      body: 'Where is my refund? I returned the order two weeks ago.',
      customer: { id: 'c-serve' },
      channel: 'email',
      createdAt: new Date().toISOString(),
    };
    await sqs(endpoints.queues.ingest, 'send-message', '--message-body', JSON.stringify(ticket));
    // Cold start: every route is in shadow mode, so the ticket goes to a person.
    const out = await sqs(
      endpoints.queues.human,
      'receive-message',
      '--wait-time-seconds',
      '10',
      '--max-number-of-messages',
      '1',
    );
    const messages = (out.Messages ?? []) as { Body: string }[];
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0]?.Body ?? '{}')).toMatchObject({
      type: 'human_work',
      ticketId,
      escalation: { reason: 'shadow_mode' },
    });
    const stored = (await scan(endpoints.tables.tickets)).find((i) => i.ticketId?.S === ticketId);
    expect(stored?.status?.S).toBe('DISPATCHED');
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
    const unsigned = await postOutcome(feedback, {});
    const forged = await postOutcome(feedback, signed(JSON.stringify(feedback), 'not-the-secret'));
    expect([unsigned.status, forged.status]).toEqual([401, 401]);
    const accepted = await postOutcome(resolution, signed(JSON.stringify(resolution)));
    expect(accepted.status).toBeGreaterThanOrEqual(200);
    expect(accepted.status).toBeLessThan(300);
    // Waiting is cheaper with the SDK than with one AWS CLI process a try; the CLI then reads it.
    const dynamo = new DynamoDBClient({ ...clientConfig, endpoint: endpoints.dynamodbEndpoint });
    const queues = new SQSClient({ ...clientConfig, endpoint: endpoints.sqsEndpoint });
    try {
      await waitFor('the stored outcome', async () => {
        const out = await dynamo.send(
          new GetItemCommand({
            TableName: endpoints.tables.outcomes,
            Key: { ticketId: { S: ticketId }, outcomeType: { S: 'human_resolution' } },
          }),
        );
        return out.Item;
      });
      // The outcomes queue is worked in order: by the time the signed one is stored, a refused one
      // would have been too, and nothing is left on the queue or its DLQ.
      const stored = (await scan(endpoints.tables.outcomes)).filter((i) => i.ticketId?.S === ticketId);
      expect(stored.map((i) => i.outcomeType?.S)).toEqual(['human_resolution']);
      for (const url of [endpoints.queues.outcomes, endpoints.queues.outcomesDlq]) {
        const left = await queues.send(
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }),
        );
        expect(left.Attributes?.ApproximateNumberOfMessages).toBe('0');
      }
    } finally {
      dynamo.destroy();
      queues.destroy();
    }
  }, 20_000);

  it('works with the operator commands given the endpoints file, and the helpdesk example given the exports', async () => {
    const input = join(home, 'tickets.csv');
    writeFileSync(input, 'ticketId,text\nserve-pub-1,How do I change my payment date?\n');
    const published = await runCli(['publish', '--endpoints', file, '--input', input, '--json']);
    expect(published.code).toBe(0);
    expect(JSON.parse(published.stdout)).toMatchObject({ queueUrl: endpoints.queues.ingest, sent: 1 });
    // Dispatched means its work item is on the human queue.
    const dynamo = new DynamoDBClient({ ...clientConfig, endpoint: endpoints.dynamodbEndpoint });
    try {
      await waitFor('the published ticket to be dispatched', async () => {
        const out = await dynamo.send(
          new GetItemCommand({
            TableName: endpoints.tables.tickets,
            Key: { ticketId: { S: 'serve-pub-1' } },
          }),
        );
        return out.Item?.status?.S === 'DISPATCHED' ? true : undefined;
      });
    } finally {
      dynamo.destroy();
    }
    const line = stdout.split('\n').find((l) => l.startsWith('export ')) ?? '';
    const exported = Object.fromEntries(
      line
        .slice('export '.length)
        .split(' ')
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    );
    const inbox = join(home, 'inbox');
    const [took, listed, dlq] = await Promise.all([
      // Only what the person pasted: no region or credentials of the test's own.
      runScript(undefined, 'examples/helpdesk-consumer.ts', ['take', '--once', '--inbox', inbox], {
        ...awsEnv(),
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        AWS_REGION: '',
        ...exported,
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
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(file)).toBe(false);
    expect(stderr).toContain('stopped');
  }, 15_000);
});
