import { createServer, type Http2Server, type ServerHttp2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassifyHandler } from '../../functions/classify-handler.js';
import { ClassifyEnvSchema, loadEnv } from '../../lib/config/env.schema.js';
import { HumanWorkItemSchema } from '../../lib/domain/outbound/outbound.schema.js';
import { createBedrockClient } from '../../lib/wiring/classify-deps.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION, resourceEnv, startEmulators } from '../../tools/local/emulators.js';
import { createLambdaContext } from '../../tools/local/lambda-context.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import { toSqsRecord } from '../../tools/local/sqs-poller.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { drainQueue, receiveMessages, sendBodies } from '../support/sqs-helpers.js';

/**
 * The real classify handler against dynalite and local-aws-sqs, with a Bedrock endpoint that
 * refuses every call the way Bedrock does before model access is granted (HTTP 403,
 * AccessDeniedException): the ticket must reach a person at once, not retry into the DLQ.
 */

let emulators: Emulators;
let telemetry: TelemetrySink;
let refusing: Http2Server;
let endpoint: string;
let refusals = 0;
const sessions = new Set<ServerHttp2Session>();

const BODY = 'When is my next instalment due? I cannot find the date in the app. My card ends 4242.';

beforeAll(async () => {
  telemetry = captureTelemetry();
  emulators = await startEmulators({ visibilityTimeoutSeconds: 5 });
  refusing = createServer((req, res) => {
    refusals += 1;
    req.resume();
    req.on('end', () => {
      res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException' });
      res.end(
        JSON.stringify({ message: 'You do not have access to the model with the specified model ID.' }),
      );
    });
  });
  refusing.on('session', (s: ServerHttp2Session) => {
    sessions.add(s);
    s.on('close', () => sessions.delete(s));
  });
  await new Promise<void>((done) => refusing.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  for (const s of sessions) s.destroy();
  await new Promise((done) => refusing?.close(done));
  await emulators?.stop();
  telemetry?.restore();
});

const classifyHandler = () => {
  const env = {
    ...resourceEnv(emulators),
    MODEL_ID: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
    BEDROCK_REGION: LOCAL_REGION,
    BEDROCK_ENDPOINT: endpoint,
    TAXONOMY_PATH: resolve(SAMPLE.taxonomy),
    MODEL_TIMEOUT_MS: '10000',
  };
  const config = loadEnv(ClassifyEnvSchema, env);
  const bedrock = createBedrockClient(config, { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  return createClassifyHandler(config, {
    clients: { dynamo: emulators.dynamo, sqs: emulators.sqs, bedrock, s3: emulators.s3 },
    logLevel: 'WARN',
  }).handler;
};

describe('classify handler when Bedrock denies access to the model', () => {
  it('sends the ticket to the human queue with reason model_unavailable, once, and counts ModelAccessDenied', async () => {
    const ingest = emulators.queues.ingest;
    const body = JSON.stringify({
      ticketId: 'T-900',
      body: BODY,
      customer: { id: 'c-9' },
      channel: 'email',
      createdAt: '2026-11-20T09:30:00Z',
    });
    await sendBodies(emulators.sqs, ingest.url, [body]);
    const [message] = await receiveMessages(emulators.sqs, ingest.url, 1);
    const record = toSqsRecord(message as never, ingest.arn) as SQSRecord;

    const response = await classifyHandler()({ Records: [record] }, createLambdaContext('classify', 180_000));

    const logged = telemetry.lines.filter((l) => l.includes('record failed'));
    expect(response.batchItemFailures, logged.join('\n')).toEqual([]);
    // 403 is not retried, neither by the SDK nor by SQS.
    expect(refusals).toBe(1);
    const human = (await drainQueue(emulators.sqs, emulators.queues.human.url)).map((m) =>
      HumanWorkItemSchema.parse(JSON.parse(m.Body ?? '')),
    );
    expect(human).toHaveLength(1);
    expect(human[0]).toMatchObject({ ticketId: 'T-900', escalation: { reason: 'model_unavailable' } });
    expect(await drainQueue(emulators.sqs, emulators.queues.resolutions.url)).toHaveLength(0);

    const emf = telemetry.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => '_aws' in l);
    const total = (name: string) =>
      emf
        .filter((l) => l.Route === undefined && l.Reason === undefined)
        .reduce((s, l) => s + (Number(l[name]) || 0), 0);
    expect(total('ModelAccessDenied')).toBe(1);
    expect(total('ClassifyErrors')).toBe(0);
    expect(total('InvalidModelOutput')).toBe(0);
    expect(telemetry.lines.join('\n')).not.toContain('4242');
  });
});
