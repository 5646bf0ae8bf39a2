import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLambdaContext } from '../../tools/local/lambda-context.js';
import type { LocalStack } from '../../tools/local/local-stack.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import { toSqsRecord } from '../../tools/local/sqs-poller.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { receiveMessages, sendBodies } from '../support/sqs-helpers.js';

/**
 * Handlers are built from injected config and clients, so one process can hold two stacks, each
 * with its own emulators, stand-in model and handlers, and neither sees the other's tickets.
 */

let telemetry: TelemetrySink;
let stacks: LocalStack[] = [];

/** A small training file (every 25th sample line), so two stand-in models train in a second. */
const smallTrainingFile = () => {
  const [header, ...rows] = readFileSync(SAMPLE.train, 'utf8').trim().split('\n');
  const path = join(mkdtempSync(join(tmpdir(), 'two-stacks-')), 'train.csv');
  writeFileSync(path, `${[header, ...rows.filter((_, i) => i % 25 === 0)].join('\n')}\n`);
  return path;
};

const ticket = (ticketId: string) =>
  JSON.stringify({
    ticketId,
    body: 'When is my next instalment taken? I cannot see it in the app.',
    customer: { id: 'c-1' },
    channel: 'chat',
    createdAt: '2026-11-20T09:30:00Z',
  });

beforeAll(async () => {
  telemetry = captureTelemetry();
  const trainPath = smallTrainingFile();
  stacks = await Promise.all(
    (['INFO', 'WARN'] as const).map((logLevel) =>
      startLocalStack({ trainPath, taxonomyPath: SAMPLE.taxonomy, concurrency: 0, logLevel }),
    ),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(stacks.map((s) => s.stop()));
  telemetry?.restore();
});

describe('two local stacks in one process', () => {
  it('keeps each stack’s tickets, tables and queues to itself, and runs the middleware', async () => {
    const [first, second] = stacks as [LocalStack, LocalStack];
    const contexts = stacks.map((_, i) => createLambdaContext(`classify-${i}`, stacks[i]!.classifyTimeoutMs));
    await Promise.all(
      stacks.map(async (stack, i) => {
        const url = stack.emulators.queues.ingest.url;
        await sendBodies(stack.emulators.sqs, url, [ticket(`stack-${i}-ticket`)]);
        const [message] = await receiveMessages(stack.emulators.sqs, url, 1);
        if (!message) throw new Error('the ticket did not arrive on the ingest queue');
        const arn = stack.emulators.queues.ingest.arn;
        const response = await stack.handler({ Records: [toSqsRecord(message, arn)] }, contexts[i]!);
        expect(response.batchItemFailures).toEqual([]);
      }),
    );
    const ticketIds = await Promise.all(
      [first, second].map(async (stack) => {
        const out = await DynamoDBDocumentClient.from(stack.emulators.dynamo).send(
          new ScanCommand({ TableName: stack.emulators.tables.tickets }),
        );
        return (out.Items ?? []).map((item) => item.ticketId);
      }),
    );
    expect(ticketIds).toEqual([['stack-0-ticket'], ['stack-1-ticket']]);
    expect(first.emulators.sqsEndpoint).not.toBe(second.emulators.sqsEndpoint);
    expect(first.standIn.endpoint).not.toBe(second.standIn.endpoint);

    // The first stack logs at INFO through the middy-wrapped handler: Powertools' context
    // middleware stamps its log lines with the invocation's request id. The second logs at WARN.
    const logged = telemetry.lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.message === 'batch done');
    expect(logged.map((entry) => entry.function_request_id)).toEqual([contexts[0]?.awsRequestId]);
  });
});
