import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { initialRouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import { trainTextClassifier } from '../../tools/embedded/text-classifier.js';
import { startConverseServer } from '../../tools/local/converse-server.js';
import {
  type Emulators,
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  resourceEnv,
  startEmulators,
} from '../../tools/local/emulators.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import { toSqsRecord } from '../../tools/local/sqs-poller.js';
import { drainQueue, receiveMessages, sendBodies } from '../support/sqs-helpers.js';

/**
 * Runs a synthesized classify bundle (the asset that deploys) in its own Node process, with the
 * environment the stack gives the function, pointed at the emulators and the stand-in model. The
 * bundle reads process.env at cold start, so only a fresh process sees that environment.
 */

const exec = promisify(execFile);

/** Imports the bundle, invokes `handler` once with the event file, writes the response out. */
const INVOKER = `
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundle, eventFile, outFile, timeoutMs] = process.argv.slice(2);
const { handler } = await import(pathToFileURL(bundle).href);
const deadline = Date.now() + Number(timeoutMs);
const context = {
  functionName: 'Classify', functionVersion: '$LATEST', memoryLimitInMB: '512',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:Classify',
  awsRequestId: 'bundle-test', logGroupName: '/aws/lambda/Classify', logStreamName: 'bundle-test',
  callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => deadline - Date.now(),
  done() {}, fail() {}, succeed() {},
};
writeFileSync(outFile, JSON.stringify(await handler(JSON.parse(readFileSync(eventFile, 'utf8')), context)));
process.exit(0);
`;

interface DeployedFunction {
  /** Environment.Variables of the synthesized function: strings, and tokens for resource names. */
  env: Record<string, unknown>;
  timeoutSeconds: number;
}

/** The stack's environment with each resource token replaced by the emulator's name or URL. */
const resolveEnv = (
  fn: DeployedFunction,
  emulators: Emulators,
  bundleDir: string,
): Record<string, string> => {
  const resources = new Map(Object.entries(resourceEnv(emulators)));
  return Object.fromEntries(
    Object.entries(fn.env).map(([key, value]) => {
      if (typeof value === 'string') return [key, value.replace(/^\/var\/task\//, `${bundleDir}/`)];
      const resource = resources.get(key);
      if (!resource) throw new Error(`the stack sets ${key} to a token the test cannot resolve`);
      return [key, resource];
    }),
  );
};

interface Decision {
  action?: string;
  routeId?: string;
  destination?: string;
  dispatched: boolean;
}

interface BundleRun {
  response: SQSBatchResponse;
  decisions: Record<string, Decision>;
  /** Ticket ids found on each outbound queue. */
  received: Record<'resolutions' | 'human' | 'qa', string[]>;
}

const runClassifyBundle = async (
  bundleDir: string,
  fn: DeployedFunction,
  tickets: { ticketId: string; body: string }[],
): Promise<BundleRun> => {
  const work = mkdtempSync(join(tmpdir(), 'classify-bundle-run-'));
  // Trained on the taxonomy's own examples (a few hundred): seconds faster than the full sample.
  const taxonomy = loadTaxonomy(SAMPLE.taxonomy);
  const training = taxonomy.routes.flatMap((r) => r.examples.map((text) => ({ text, label: r.id })));
  const emulators = await startEmulators();
  const standIn = await startConverseServer({ classifier: trainTextClassifier(training) });
  try {
    // pay_early automated, with no sampling: the decision does not depend on a random draw.
    const route = taxonomy.routes.find((r) => r.id === 'pay_early');
    if (!route) throw new Error('the sample taxonomy has no pay_early route');
    const documents = DynamoDBDocumentClient.from(emulators.dynamo);
    await createRouteConfigStore({
      client: documents,
      configTable: emulators.tables.routeConfig,
      auditTable: emulators.tables.routeAudit,
    }).save({
      ...initialRouteConfig(route, taxonomy),
      mode: 'auto',
      threshold: 0.05,
      explorationRate: 0,
      auditRate: 0,
      version: 1,
      pin: { kind: 'threshold', threshold: 0.05, by: 'test', reason: 'bundle test' },
    });

    const bodies = tickets.map((t) =>
      JSON.stringify({ ...t, customer: { id: 'c-1' }, channel: 'chat', createdAt: '2026-11-20T09:30:00Z' }),
    );
    await sendBodies(emulators.sqs, emulators.queues.ingest.url, bodies);
    const messages = await receiveMessages(emulators.sqs, emulators.queues.ingest.url, bodies.length);
    const event: SQSEvent = { Records: messages.map((m) => toSqsRecord(m, emulators.queues.ingest.arn)) };
    writeFileSync(join(work, 'event.json'), JSON.stringify(event));
    writeFileSync(join(work, 'invoke.mjs'), INVOKER);

    const env = {
      PATH: process.env.PATH ?? '',
      ...resolveEnv(fn, emulators, bundleDir),
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
      AWS_ENDPOINT_URL_SQS: emulators.sqsEndpoint,
      // Local only: the stack never sets it (function-env.ts rejects it at synth).
      BEDROCK_ENDPOINT: standIn.endpoint,
    };
    const out = join(work, 'response.json');
    await exec(
      process.execPath,
      [
        join(work, 'invoke.mjs'),
        join(bundleDir, 'index.mjs'),
        join(work, 'event.json'),
        out,
        String(fn.timeoutSeconds * 1000),
      ],
      { env, cwd: work },
    );

    const decisions: Record<string, Decision> = {};
    for (const { ticketId } of tickets) {
      const item = (
        await documents.send(new GetCommand({ TableName: emulators.tables.tickets, Key: { ticketId } }))
      ).Item;
      decisions[ticketId] = {
        action: item?.action,
        routeId: item?.routeId,
        destination: item?.destination,
        dispatched: item?.status === 'DISPATCHED',
      };
    }
    const idsOn = async (queue: 'resolutions' | 'human' | 'qa') =>
      (await drainQueue(emulators.sqs, emulators.queues[queue].url))
        .map((m) => JSON.parse(m.Body ?? '{}').ticketId as string)
        .sort();
    const [resolutions, human, qa] = await Promise.all([idsOn('resolutions'), idsOn('human'), idsOn('qa')]);
    return {
      response: JSON.parse(readFileSync(out, 'utf8')) as SQSBatchResponse,
      decisions,
      received: { resolutions, human, qa },
    };
  } finally {
    await standIn.stop();
    await emulators.stop();
    rmSync(work, { recursive: true, force: true });
  }
};

export type { BundleRun, DeployedFunction };
export { runClassifyBundle };
