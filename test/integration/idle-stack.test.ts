import type { ReceiveMessageCommandInput } from '@aws-sdk/client-sqs';
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startEmulators } from '../../tools/local/emulators.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import { startServedStack } from '../../tools/local/served-stack.js';
import { startSqsPoller } from '../../tools/local/sqs-poller.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { waitFor } from '../support/serve-process.js';
import { smallSampleTrain } from '../support/small-train.js';
import { sendBodies } from '../support/sqs-helpers.js';

/**
 * A stack that waits for work (`triage serve`) costs little while it waits: the pollers stop
 * long-polling the emulator, whose long poll scans the queue every 10 ms, and the retune timer
 * skips retunes with nothing new to read. Work still starts within a fraction of a second.
 */

let emulators: Emulators;

beforeAll(async () => {
  emulators = await startEmulators();
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An SQS client on the emulator that records when each receive started and how long it waits. */
const recordingClient = () => {
  const receives: { at: number; wait: number }[] = [];
  const client = new SQSClient({
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    endpoint: emulators.sqsEndpoint,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'ReceiveMessageCommand')
        receives.push({
          at: Date.now(),
          wait: (args.input as ReceiveMessageCommandInput).WaitTimeSeconds ?? 0,
        });
      return next(args);
    },
    { step: 'initialize' },
  );
  return { client, receives };
};

describe('an idle poller', () => {
  it('stops long-polling a quiet queue, one worker looking now and then, and wakes all for work', async () => {
    const { client, receives } = recordingClient();
    const handled: string[] = [];
    const queue = emulators.queues.outcomes;
    const poller = startSqsPoller({
      sqs: client,
      queueUrl: queue.url,
      queueArn: queue.arn,
      functionName: 'idle-test',
      functionTimeoutMs: 5_000,
      batchSize: 10,
      concurrency: 4,
      idlePollMs: 200,
      handler: async (event) => {
        handled.push(...event.Records.map((r) => r.body));
        await sleep(50);
        return { batchItemFailures: [] };
      },
    });
    try {
      const start = Date.now();
      await sleep(2_500);
      // After the first, empty, long polls (1 s): short polls only, about one per 200 ms.
      const quiet = receives.filter((r) => r.at > start + 1_300);
      expect(quiet.filter((r) => r.wait > 0)).toEqual([]);
      expect(quiet.length).toBeGreaterThanOrEqual(3);
      expect(quiet.length).toBeLessThanOrEqual(8);
      const sentAt = Date.now();
      await sendBodies(
        client,
        queue.url,
        Array.from({ length: 40 }, (_, i) => `m-${i}`),
      );
      await waitFor('every message handled', async () => (handled.length >= 40 ? true : undefined));
      expect(Date.now() - sentAt).toBeLessThan(2_000);
      expect(new Set(handled).size).toBe(40);
      // Busy again: the workers long-poll.
      expect(receives.filter((r) => r.at > sentAt && r.wait > 0).length).toBeGreaterThan(0);
    } finally {
      await poller.stop();
      client.destroy();
    }
  }, 20_000);

  it('with the emulator’s wake-up, makes no request while the queue is quiet and starts on a send at once', async () => {
    const { client, receives } = recordingClient();
    const handled: string[] = [];
    const queue = emulators.queues.resolutions;
    const poller = startSqsPoller({
      sqs: client,
      queueUrl: queue.url,
      queueArn: queue.arn,
      functionName: 'wake-test',
      functionTimeoutMs: 5_000,
      batchSize: 10,
      concurrency: 2,
      idlePollMs: 60_000,
      wakeOn: (listener) => emulators.onSqsWrite(listener),
      handler: async (event) => {
        handled.push(...event.Records.map((r) => r.body));
        return { batchItemFailures: [] };
      },
    });
    try {
      const start = Date.now();
      await sleep(2_000);
      // A receive to another queue is no reason to look.
      await emulators.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: emulators.queues.qa.url, WaitTimeSeconds: 0 }),
      );
      await sleep(300);
      expect(receives.filter((r) => r.at > start + 1_300)).toEqual([]);
      const sentAt = Date.now();
      await sendBodies(emulators.sqs, queue.url, ['woken']);
      await waitFor('the message handled', async () => (handled.length > 0 ? true : undefined));
      expect(Date.now() - sentAt).toBeLessThan(1_000);
    } finally {
      await poller.stop();
      client.destroy();
    }
  }, 20_000);
});

describe('the served stack’s retune timer', () => {
  it('skips the retune while nothing is written, retunes once something is, then goes quiet again', async () => {
    const telemetry = captureTelemetry(false);
    let retunes = 0;
    const served = await startServedStack({
      trainPath: smallSampleTrain(2),
      taxonomyPath: SAMPLE.taxonomy,
      taxonomy: loadTaxonomy(SAMPLE.taxonomy),
      coldStart: true,
      retuneEveryMs: 100,
      webhookSecrets: { generic: 'g', zendesk: 'z', freshdesk: 'f' },
      onRetune: () => {
        retunes += 1;
      },
    });
    try {
      await sleep(1_000);
      expect(retunes).toBe(0);
      const { sqs, queues } = served.stack.emulators;
      await sendBodies(sqs, queues.outcomes.url, [
        JSON.stringify({
          type: 'customer_feedback',
          ticketId: 'idle-1',
          csat: 4,
          at: new Date().toISOString(),
        }),
      ]);
      await waitFor('a retune', async () => (retunes > 0 ? true : undefined), 5_000);
      await sleep(1_500);
      const settled = retunes;
      await sleep(1_000);
      expect(retunes).toBe(settled);
    } finally {
      await served.stop();
      telemetry.restore();
    }
  }, 30_000);
});
