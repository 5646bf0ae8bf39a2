import { GetObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainHandler } from '../../functions/train-handler.js';
import { createActiveScorerStore } from '../../lib/adapters/dynamodb/active-scorer-store.js';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import { createLabelledExampleStore } from '../../lib/adapters/s3/labelled-example-store.js';
import { artifactKey, evidenceKey } from '../../lib/adapters/s3/object-keys.js';
import { mapBounded } from '../../lib/adapters/s3/s3-objects.js';
import { createScorerStore } from '../../lib/adapters/s3/scorer-store.js';
import { loadEnv, TrainEnvSchema } from '../../lib/config/env.schema.js';
import { loadScorer } from '../../lib/domain/scorer/load-scorer.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { resourceEnv, startEmulators } from '../../tools/local/emulators.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { labelledExamples } from '../support/labelled-examples.js';

/**
 * The real train handler against dynalite and the S3 emulator, with real SDK clients: 300 labelled
 * examples in, a scorer version and its evidence in the bucket, and the pointer at it.
 */

let emulators: Emulators;
let documents: DynamoDBDocumentClient;

beforeAll(async () => {
  emulators = await startEmulators();
  documents = DynamoDBDocumentClient.from(emulators.dynamo, {
    marshallOptions: { removeUndefinedValues: true },
  });
});

afterAll(async () => {
  await emulators?.stop();
});

const handlerWith = (env: Record<string, string> = {}) =>
  createTrainHandler(
    loadEnv(TrainEnvSchema, { ...resourceEnv(emulators), SCORER_KMS_KEY_ID: 'local-key', ...env }),
    {
      clients: { dynamo: emulators.dynamo, s3: emulators.s3 },
      logLevel: 'SILENT',
    },
  ).trainHandler;

const location = () => ({ client: emulators.s3, bucket: emulators.buckets.scorer });

describe('train handler', () => {
  it('skips, writing no pointer, while the bucket holds fewer examples than MIN_EXAMPLES', async () => {
    const store = createLabelledExampleStore(location());
    for (const e of labelledExamples(3)) await store.put(e);
    const report = await handlerWith({ MIN_EXAMPLES: '200' })();
    expect(report).toMatchObject({ kind: 'skipped', reason: 'too_few_examples', examples: 9 });
    expect(
      await createActiveScorerStore({ client: documents, configTable: emulators.tables.routeConfig }).get(),
    ).toBeUndefined();
  });

  it('trains on 300 examples, writes the artifact and the evidence, then points the active scorer at them', async () => {
    const store = createLabelledExampleStore(location());
    const examples = labelledExamples(100);
    await mapBounded(examples, 8, (e) => store.put(e));

    // Three folds, not five: the same path at two thirds of the training time.
    const report = await handlerWith({ CV_FOLDS: '3' })();
    expect(report.kind).toBe('trained');
    if (report.kind !== 'trained') return;
    expect(report).toMatchObject({ examples: 300, routes: 3 });
    expect(report.outOfFoldAccuracy).toBeGreaterThan(0.9);

    const pointer = await createActiveScorerStore({
      client: documents,
      configTable: emulators.tables.routeConfig,
    }).get();
    expect(pointer).toMatchObject({ version: report.version, examples: 300, routes: 3 });

    const scorers = createScorerStore(location());
    const artifact = await scorers.getArtifact(report.version);
    expect(artifact?.routes).toEqual(['card_arrival', 'change_pin', 'refund_status']);
    expect(loadScorer(artifact!).score('I forgot my pin, how do I reset the code').route).toBe('change_pin');
    const evidence = await scorers.getEvidence(report.version);
    expect(evidence).toHaveLength(300);
    expect(new Set(evidence?.map((r) => r.ticketId))).toEqual(new Set(examples.map((e) => e.ticketId)));
    expect(evidence?.find((r) => r.ticketId === 'change_pin-0')).toMatchObject({
      route: 'change_pin',
      llmRoute: 'change_pin',
      weight: 20,
      source: 'human',
    });

    // The layout the bucket's lifecycle rules and IAM grants name.
    for (const key of [artifactKey(report.version), evidenceKey(report.version)]) {
      const object = await emulators.s3.send(
        new GetObjectCommand({ Bucket: emulators.buckets.scorer, Key: key }),
      );
      expect(object.ContentType).toBe('application/json');
    }
    // The pointer shares the route-config table, and no route list ever shows it.
    expect(
      await createRouteConfigStore({ client: documents, configTable: emulators.tables.routeConfig }).list(),
    ).toEqual([]);

    // The schedule's next run finds no new labels: it trains nothing and the pointer stays.
    const scheduled = await handlerWith({ CV_FOLDS: '3' })({ trigger: 'schedule' });
    expect(scheduled).toMatchObject({ kind: 'skipped', reason: 'up_to_date', examples: 300 });
    expect(
      (await createActiveScorerStore({ client: documents, configTable: emulators.tables.routeConfig }).get())
        ?.version,
    ).toBe(report.version);
  }, 60_000);

  it('refuses an event that asks for an unknown trigger, before reading anything', async () => {
    await expect(handlerWith()({ trigger: 'hourly' })).rejects.toThrow(/trigger/);
  });

  it('counts a failed run, rethrows, and leaves the active scorer as it was', async () => {
    const active = createActiveScorerStore({ client: documents, configTable: emulators.tables.routeConfig });
    const before = await active.get();
    const sink = captureTelemetry();
    try {
      await expect(handlerWith({ SCORER_BUCKET: 'no-such-bucket' })()).rejects.toThrow();
      const documentsOut = sink.lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((d) => '_aws' in d);
      expect(documentsOut).toEqual([expect.objectContaining({ ScorerTrainingFailed: 1 })]);
    } finally {
      sink.restore();
    }
    expect(await active.get()).toEqual(before);
  });
});
