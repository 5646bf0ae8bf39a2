import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from '@aws-sdk/client-sqs';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulators } from '../../tools/local/emulators.js';
import { LOCAL_CREDENTIALS, startEmulators } from '../../tools/local/emulators.js';
import { AwsConfigError } from '../../tools/queues/aws-config.js';
import { publishTickets } from '../../tools/queues/publish-tickets.js';
import { emulatorEnv, runCli, runTriage } from '../support/run-cli.js';
import { drainQueue } from '../support/sqs-helpers.js';

/** `triage publish`, in process with the real SDK, against the SQS emulator. */

let emulators: Emulators;
const dir = mkdtempSync(join(tmpdir(), 'publish-cli-'));

const triage = (...args: string[]) => runTriage(emulators, ['publish', ...args]);

/** Receives everything on the ingest queue and deletes it, so each test counts only its own. */
const drainIngest = (): Promise<Message[]> => drainQueue(emulators.sqs, emulators.queues.ingest.url);

beforeAll(async () => {
  emulators = await startEmulators();
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
});

describe('triage publish', () => {
  it('publishes a CSV of 25 tickets, all of which land on the queue', async () => {
    const csv = join(dir, 'tickets.csv');
    const rows = Array.from(
      { length: 25 },
      (_, i) => `t-${i + 1},"where is my refund, order ${i + 1}?",chat`,
    );
    writeFileSync(csv, `ticketId,text,channel\n${rows.join('\n')}\n`);
    const { code, stdout, stderr } = await triage(
      '--queue-url',
      emulators.queues.ingest.url,
      '--input',
      csv,
      '--json',
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/publish/);
    const summary = JSON.parse(stdout) as {
      total: number;
      sent: number;
      failed: number;
      failures: unknown[];
    };
    expect(summary).toMatchObject({ total: 25, sent: 25, failed: 0, failures: [] });
    const messages = await drainIngest();
    expect(messages).toHaveLength(25);
    const ids = messages.map((m) => (JSON.parse(m.Body ?? '') as { ticketId: string }).ticketId).sort();
    expect(ids).toContain('t-25');
    expect(JSON.parse(messages[0]?.Body ?? '')).toMatchObject({ channel: 'chat' });
  });

  it('sends JSONL lines as raw bodies, garbage included, and prints a table', async () => {
    const jsonl = join(dir, 'tickets.jsonl');
    writeFileSync(
      jsonl,
      '{"ticketId":"j-1","body":"hi"}\nthis is not json {\n\n{"ticketId":"j-2","body":"yo"}\n',
    );
    const { code, stdout } = await triage('--queue-url', emulators.queues.ingest.url, '--input', jsonl);
    expect(code).toBe(0);
    expect(stdout).toMatch(/sent/);
    const bodies = (await drainIngest()).map((m) => m.Body).sort();
    expect(bodies).toEqual([
      'this is not json {',
      '{"ticketId":"j-1","body":"hi"}',
      '{"ticketId":"j-2","body":"yo"}',
    ]);
  });

  it('reports an oversized line as failed and keeps going (exit 1)', async () => {
    const jsonl = join(dir, 'big.jsonl');
    writeFileSync(jsonl, `{"ticketId":"ok-1"}\n${'x'.repeat(262_145)}\n{"ticketId":"ok-2"}\n`);
    const { code, stdout } = await triage(
      '--queue-url',
      emulators.queues.ingest.url,
      '--input',
      jsonl,
      '--json',
    );
    expect(code).toBe(1);
    const summary = JSON.parse(stdout) as { sent: number; failures: { line: number; reason: string }[] };
    expect(summary.sent).toBe(2);
    expect(summary.failures).toEqual([
      expect.objectContaining({ line: 2, reason: expect.stringMatching(/262144/) }),
    ]);
    expect(await drainIngest()).toHaveLength(2);
  });

  it('explains a missing file, a wrong extension and a missing --queue-url (exit 2)', async () => {
    const missing = await triage(
      '--queue-url',
      emulators.queues.ingest.url,
      '--input',
      join(dir, 'nope.csv'),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^triage: --input: cannot read .*nope\.csv: no such file\n$/);
    const txt = join(dir, 'tickets.txt');
    writeFileSync(txt, 'hello\n');
    const wrong = await triage('--queue-url', emulators.queues.ingest.url, '--input', txt);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/\.csv or \.jsonl/);
    const noQueue = await triage('--input', txt);
    expect(noQueue.code).toBe(2);
    expect(noQueue.stderr).toMatch(/--queue-url/);
  });

  it('stops at the first configuration error with one line (exit 2): no region, nothing at the endpoint', async () => {
    const jsonl = join(dir, 'many.jsonl');
    writeFileSync(jsonl, Array.from({ length: 40 }, (_, i) => `{"ticketId":"c-${i}"}`).join('\n'));
    const noRegion = await runCli(['publish', '--queue-url', emulators.queues.ingest.url, '--input', jsonl]);
    expect(noRegion).toMatchObject({ code: 2, stdout: '' });
    expect(noRegion.stderr).toBe('triage: no AWS region: set AWS_REGION (or AWS_PROFILE with a region)\n');
    const { AWS_ENDPOINT_URL_SQS: _, ...noEndpoint } = emulatorEnv(emulators);
    const nobody = await runCli(
      ['publish', '--queue-url', 'http://127.0.0.1:1/000000000000/ingest', '--input', jsonl],
      noEndpoint,
    );
    expect(nobody.code).toBe(2);
    expect(nobody.stdout).toBe('');
    expect(nobody.stderr.split('\n').filter((l) => l.startsWith('triage:'))).toEqual([
      expect.stringMatching(/^triage: nothing answers at http:\/\/127\.0\.0\.1:1\/.* \(ECONNREFUSED\)/),
    ]);
  });
});

describe('publishTickets', () => {
  const items = Array.from({ length: 12 }, (_, i) => ({ line: i + 1, body: `body ${i + 1}` }));
  const noSleep = async () => undefined;

  it('retries failed entries and failed calls with backoff until they go through', async () => {
    const sqs = new SQSClient({ region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
    const mock = mockClient(sqs);
    let calls = 0;
    mock.on(SendMessageBatchCommand).callsFake((input: { Entries: { Id: string }[] }) => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('slow down'), { name: 'RequestThrottled' });
      return {
        // The first entry of each early call fails transiently; later calls accept everything.
        Successful: input.Entries.slice(calls < 4 ? 1 : 0).map((e) => ({ Id: e.Id, MessageId: `m-${e.Id}` })),
        Failed:
          calls < 4 ? [{ Id: input.Entries[0]?.Id, Code: 'InternalError', SenderFault: false }] : undefined,
      };
    });
    const delays: number[] = [];
    const report = await publishTickets(sqs, 'https://queue', items, {
      parallel: 1,
      sleep: async (ms) => {
        delays.push(ms);
      },
    });
    expect(report).toMatchObject({ total: 12, sent: 12, failed: 0 });
    expect(report.retried).toBeGreaterThan(0);
    expect(delays.length).toBeGreaterThan(0);
    mock.restore();
  });

  it('stops after the first call when the SDK finds no credentials, naming the fix once', async () => {
    const sqs = new SQSClient({ region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
    const mock = mockClient(sqs);
    mock.on(SendMessageBatchCommand).rejects(
      Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError',
      }),
    );
    await expect(
      publishTickets(sqs, 'https://queue', items, { parallel: 1, sleep: noSleep }),
    ).rejects.toThrow(AwsConfigError);
    expect(mock.commandCalls(SendMessageBatchCommand)).toHaveLength(1);
    mock.restore();
  });

  it('gives up after the attempts run out and says why, per line', async () => {
    const sqs = new SQSClient({ region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
    const mock = mockClient(sqs);
    mock.on(SendMessageBatchCommand).callsFake((input: { Entries: { Id: string }[] }) => ({
      Successful: input.Entries.filter((e) => e.Id !== '3').map((e) => ({ Id: e.Id, MessageId: 'm' })),
      Failed: input.Entries.some((e) => e.Id === '3')
        ? [{ Id: '3', Code: 'InternalError', Message: 'try later', SenderFault: false }]
        : undefined,
    }));
    const report = await publishTickets(sqs, 'https://queue', items, { maxAttempts: 3, sleep: noSleep });
    expect(report).toMatchObject({ sent: 11, failed: 1, retried: 1 });
    expect(report.failures).toEqual([
      { line: 4, reason: 'InternalError: try later (after 3 attempts)', attempts: 3 },
    ]);
    expect(mock.commandCalls(SendMessageBatchCommand)).toHaveLength(4);
    mock.restore();
  });
});
