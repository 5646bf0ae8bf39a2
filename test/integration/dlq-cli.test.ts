import type { Message } from '@aws-sdk/client-sqs';
import { GetQueueAttributesCommand, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';
import { redriveDlq } from '../../tools/queues/dead-letter.js';
import type { SqsSender } from '../../tools/queues/publish-tickets.js';
import { emulatorEnv, runCli, runTriage } from '../support/run-cli.js';
import { drainQueue, sendBodies } from '../support/sqs-helpers.js';

/** `triage dlq`, in process with the real SDK, against the SQS emulator. */

let emulators: Emulators;

const triage = (...args: string[]) => runTriage(emulators, ['dlq', ...args]);

/** Visible plus in-flight messages: what the queue holds, without receiving any of it. */
const depth = async (url: string): Promise<number> => {
  const out = await emulators.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(out.Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
};

const drain = (url: string): Promise<Message[]> => drainQueue(emulators.sqs, url);

const bodies = (tag: string) => [
  JSON.stringify({ ticketId: `${tag}-1`, body: 'card declined' }),
  JSON.stringify({ ticketId: `${tag}-2`, body: 'refund please' }),
  'not json at all',
];

beforeAll(async () => {
  emulators = await startEmulators();
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
});

describe('triage dlq', () => {
  it('inspects without consuming, then redrives by a move task', async () => {
    const { url, dlqUrl } = emulators.queues.ingest;
    await sendBodies(emulators.sqs, dlqUrl, bodies('a'));

    const inspected = await triage('inspect', '--queue-url', dlqUrl, '--json');
    expect(inspected.code).toBe(0);
    const listed = JSON.parse(inspected.stdout) as {
      messageId: string;
      ticketId: string | null;
      preview: string;
    }[];
    expect(listed).toHaveLength(3);
    expect(listed.map((m) => m.ticketId).sort()).toEqual(['a-1', 'a-2', null]);
    expect(new Set(listed.map((m) => m.messageId)).size).toBe(3);
    expect(await depth(dlqUrl)).toBe(3);

    const table = await triage('inspect', '--queue-url', dlqUrl, '--max', '2');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/2 message\(s\), left in the queue/);

    const redriven = await triage('redrive', '--queue-url', dlqUrl, '--to', url, '--json');
    expect(redriven.code).toBe(0);
    expect(JSON.parse(redriven.stdout)).toMatchObject({ method: 'move-task', moved: 3, status: 'COMPLETED' });
    expect(await depth(dlqUrl)).toBe(0);
    expect((await drain(url)).map((m) => m.Body).sort()).toEqual([...bodies('a')].sort());
  });

  it('redrives by receive, send, delete with --method loop', async () => {
    const { url, dlqUrl } = emulators.queues.ingest;
    await sendBodies(emulators.sqs, dlqUrl, bodies('c'));
    const loop = await triage('redrive', '--queue-url', dlqUrl, '--to', url, '--method', 'loop');
    expect(loop.code).toBe(0);
    expect(loop.stdout).toMatch(/moved 3 message\(s\) by receive, send, delete: COMPLETED/);
    expect(await depth(dlqUrl)).toBe(0);
    expect((await drain(url)).map((m) => m.Body).sort()).toEqual([...bodies('c')].sort());
  });

  it('falls back to the loop when the service refuses StartMessageMoveTask', async () => {
    const { url, dlqUrl } = emulators.queues.ingest;
    await sendBodies(emulators.sqs, dlqUrl, bodies('d'));
    const refusing: SqsSender = {
      send: ((command: unknown) => {
        if (command instanceof StartMessageMoveTaskCommand) {
          return Promise.reject(
            Object.assign(new Error('StartMessageMoveTask is not supported'), {
              name: 'UnsupportedOperation',
            }),
          );
        }
        return emulators.sqs.send(command as never);
      }) as SqsSender['send'],
    };
    const report = await redriveDlq(refusing, dlqUrl, url);
    expect(report).toMatchObject({ method: 'loop', moved: 3, failed: 0, status: 'COMPLETED' });
    expect(report.fallbackReason).toMatch(/UnsupportedOperation/);
    expect(await depth(dlqUrl)).toBe(0);
    expect((await drain(url)).map((m) => m.Body).sort()).toEqual([...bodies('d')].sort());
  });

  it('explains bad usage (exit 2)', async () => {
    const none = await triage('peek', '--queue-url', 'x');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/unknown subcommand "peek"; valid: inspect, redrive/);
    const noTo = await triage('redrive', '--queue-url', emulators.queues.ingest.dlqUrl);
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toMatch(/--to/);
    const noUrl = await triage('inspect');
    expect(noUrl.code).toBe(2);
  });

  it('reports an endpoint nobody answers at in one line (exit 2)', async () => {
    const { AWS_ENDPOINT_URL_SQS: _, ...noEndpoint } = emulatorEnv(emulators);
    const out = await runCli(
      ['dlq', 'inspect', '--queue-url', 'http://127.0.0.1:1/000000000000/dlq'],
      noEndpoint,
    );
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toMatch(/^triage: nothing answers at the AWS endpoint \(ECONNREFUSED\)[^\n]*\n$/);
  });
});
