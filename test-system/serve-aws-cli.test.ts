import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServeProcess } from '../test/support/serve-process.js';
import { startServeProcess } from '../test/support/serve-process.js';
import { smallSampleTrain } from '../test/support/small-train.js';

/**
 * README's quick start, run as written: `triage serve` in its own process, talked to with the real
 * AWS CLI given nothing but the line of `export`s serve printed. Any AWS CLI will do: Debian's
 * awscli (v2) at /usr/bin/aws, whichever `aws` is first on PATH (a v1 reads AWS_DEFAULT_REGION
 * only, which is why serve exports it), or the one AWS_CLI names.
 */

const run = promisify(execFile);

interface AwsCli {
  path: string;
  version: string;
}

const findAwsCli = async (): Promise<AwsCli> => {
  const onPath = (process.env.PATH ?? '').split(':').map((dir) => join(dir, 'aws'));
  const candidates = process.env.AWS_CLI ? [process.env.AWS_CLI] : ['/usr/bin/aws', ...onPath];
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const out = await run(path, ['--version']).catch(() => undefined);
    const version = /^aws-cli\/(\S+)/.exec(`${out?.stdout ?? ''}${out?.stderr ?? ''}`.trim())?.[1];
    if (version) return { path, version };
  }
  // A system check installs nothing and never skips: without the CLI it fails, saying why.
  throw new Error(
    'no AWS CLI at /usr/bin/aws, on PATH or at $AWS_CLI: apt-get install awscli (.ci/run does)',
  );
};

let aws: AwsCli;
let home: string;
let serve: ServeProcess;

/** Only what a person has in a fresh shell, plus the pasted exports: no profile, region or keys. */
const pastedEnv = (): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  HOME: home,
  AWS_CONFIG_FILE: join(home, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
  AWS_PAGER: '',
  ...serve.exported(),
});

const awsJson = async (args: string[]): Promise<Record<string, unknown>> => {
  const out = await run(aws.path, [...args, '--output', 'json'], { env: pastedEnv() });
  return out.stdout.trim() === '' ? {} : (JSON.parse(out.stdout) as Record<string, unknown>);
};

beforeAll(async () => {
  aws = await findAwsCli();
  home = mkdtempSync(join(tmpdir(), 'serve-aws-cli-'));
  serve = await startServeProcess(
    join(home, 'endpoints.json'),
    ['--no-people', '--cold-start', '--train', smallSampleTrain(3)],
    { HOME: home },
  );
}, 40_000);

afterAll(() => {
  if (serve && serve.child.exitCode === null) serve.child.kill('SIGKILL');
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('triage serve with the AWS CLI', () => {
  const ticketId = `aws-cli-${process.pid}`;

  it('sends a ticket with aws sqs send-message, receives its work item from the human queue and scans the tickets table', async () => {
    const { endpoints } = serve;
    const sqs = ['--endpoint-url', endpoints.sqsEndpoint, 'sqs'];
    const ticket = {
      ticketId,
      body: 'Where is my refund? I returned the order two weeks ago.',
      customer: { id: 'c-aws-cli' },
      channel: 'email',
      createdAt: new Date().toISOString(),
    };
    const sent = await awsJson([
      ...sqs,
      'send-message',
      '--queue-url',
      endpoints.queues.ingest,
      '--message-body',
      JSON.stringify(ticket),
    ]);
    expect(sent.MessageId, `aws-cli/${aws.version}`).toEqual(expect.any(String));
    // Cold start: every route is in shadow mode, so the ticket goes to a person.
    const received = await awsJson([
      ...sqs,
      'receive-message',
      '--queue-url',
      endpoints.queues.human,
      '--wait-time-seconds',
      '10',
    ]);
    const messages = (received.Messages ?? []) as { Body: string }[];
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0]?.Body ?? '{}')).toMatchObject({
      type: 'human_work',
      ticketId,
      escalation: { reason: 'shadow_mode' },
    });
    const scanned = await awsJson([
      '--endpoint-url',
      endpoints.dynamodbEndpoint,
      'dynamodb',
      'scan',
      '--table-name',
      endpoints.tables.tickets,
      '--max-items',
      '5',
    ]);
    const items = (scanned.Items ?? []) as Record<string, { S?: string }>[];
    expect(items.find((i) => i.ticketId?.S === ticketId)?.status?.S).toBe('DISPATCHED');
  }, 40_000);

  it('stops on SIGTERM: exit 0, the endpoints file removed', async () => {
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(existsSync(serve.file)).toBe(false);
  }, 15_000);
});
