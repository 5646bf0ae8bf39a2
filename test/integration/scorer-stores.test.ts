import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActiveScorerStore } from '../../lib/adapters/dynamodb/active-scorer-store.js';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import { createLabelledExampleStore } from '../../lib/adapters/s3/labelled-example-store.js';
import { VersionConflictError } from '../../lib/domain/ports.js';
import type { LabelledExample } from '../../lib/domain/scorer/labelled-example.schema.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';

/** The scorer's stores with real SDK clients against the emulators: s3rver and dynalite. */

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

const example = (ticketId: string, route = 'card_arrival'): LabelledExample => ({
  ticketId,
  text: `where is my card, ticket ${ticketId}`,
  route,
  source: 'human',
  weight: 1,
  decidedAt: '2026-11-01T10:00:00.000Z',
  labelledAt: '2026-11-01T12:00:00.000Z',
});

const pointer = (version: string) => ({
  version,
  trainedAt: '2026-11-02T03:00:00.000Z',
  examples: 300,
  routes: 2,
  activatedAt: '2026-11-02T03:01:00.000Z',
});

describe('labelled example store on the S3 emulator', () => {
  it('lists and counts every example across pages, one per ticket, the latest label of a ticket winning', async () => {
    const store = createLabelledExampleStore({
      client: emulators.s3,
      bucket: emulators.buckets.scorer,
      kmsKeyId: 'local-key',
      pageSize: 2,
      readConcurrency: 2,
    });
    const ids = ['a-1', 'zendesk/2', 'c#3', 'd+4', 'e-5'];
    for (const id of ids) await store.put(example(id));
    await store.put(example('a-1', 'card_delivery_estimate'));
    const listed = await store.list();
    expect(listed.map((e) => e.ticketId).sort()).toEqual([...ids].sort());
    expect(listed.find((e) => e.ticketId === 'a-1')?.route).toBe('card_delivery_estimate');
    expect(await store.count()).toBe(ids.length);
  });
});

describe('active scorer store on dynalite', () => {
  it('activates versions in turn, refuses a move from a stale version, and hides from the route list', async () => {
    const active = createActiveScorerStore({ client: documents, configTable: emulators.tables.routeConfig });
    const routes = createRouteConfigStore({ client: documents, configTable: emulators.tables.routeConfig });
    expect(await active.get()).toBeUndefined();
    await active.set(pointer('v1'));
    await expect(active.set(pointer('v1b'))).rejects.toBeInstanceOf(VersionConflictError);
    await active.set(pointer('v2'), 'v1');
    await expect(active.set(pointer('v3'), 'v1')).rejects.toBeInstanceOf(VersionConflictError);
    expect(await active.get()).toEqual(pointer('v2'));
    expect(await routes.list()).toEqual([]);
  });
});
