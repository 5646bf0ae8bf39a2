import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createObservationStore } from '../../lib/adapters/dynamodb/observation-store.js';
import { createQuarantineStore } from '../../lib/adapters/dynamodb/quarantine-store.js';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import type { RouteAuditEntry } from '../../lib/domain/ports.js';
import { auditChangeId } from '../../lib/domain/ports.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';

/**
 * The stores' own rules on dynalite: TTLs from the injected clock, every page of a read that
 * outgrows DynamoDB's 1 MB page, and the audit trail's order and limit.
 */

// 750 ms past the second, so truncating, rounding up and not rounding all give different TTLs.
const NOW = Date.parse('2026-01-01T00:00:00.750Z');
const NOW_SECONDS = 1_767_225_600;
// Large enough that a few items overflow dynalite's 1 MB page, under its 400 KB item limit.
const PADDING = 'x'.repeat(300_000);

let emulators: Emulators;
let client: DynamoDBDocumentClient;
let sent: unknown[];

/** A table of the route-config shape that no other test writes to. */
const freshConfigTable = async (name: string): Promise<string> => {
  await emulators.dynamo.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'routeId', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'routeId', AttributeType: 'S' }],
    }),
  );
  return name;
};

const observation = (routeId: string, decidedAt: string, ticketId: string): Observation => ({
  routeId,
  observationId: `${decidedAt}#${ticketId}#label`,
  ticketId,
  kind: 'label',
  source: 'human',
  team: 'billing',
  autoResolved: false,
  score: 0.9,
  correct: true,
  weight: 1,
  observedAt: decidedAt,
});

const config = (routeId: string) => ({
  routeId,
  mode: 'shadow',
  threshold: 0.9,
  explorationRate: 0.05,
  auditRate: 0.02,
  version: 1,
});

const audit = (routeId: string, at: string, version: number): RouteAuditEntry => ({
  routeId,
  changeId: auditChangeId(at, version),
  at,
  actor: 'retune',
  reason: 'test',
  before: { mode: 'shadow', threshold: 0.9, version: version - 1 },
  after: { mode: 'shadow', threshold: 0.9, version },
});

beforeAll(async () => {
  emulators = await startEmulators();
  client = DynamoDBDocumentClient.from(emulators.dynamo);
  // Records which commands the stores send, to prove a read really took more than one page.
  const send = client.send.bind(client) as (...args: unknown[]) => Promise<unknown>;
  sent = [];
  client.send = ((command: unknown, ...rest: unknown[]) => {
    sent.push(command);
    return send(command, ...rest);
  }) as typeof client.send;
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
});

describe('TTLs', () => {
  it('expires an observation retentionDays after the clock, in whole seconds', async () => {
    const store = createObservationStore({
      client,
      tableName: emulators.tables.observations,
      retentionDays: 7,
      now: () => NOW,
    });
    const o = observation('ttl_route', '2026-01-01T00:00:00.000Z', 'T-ttl');
    await store.put(o);
    const out = await client.send(
      new GetCommand({
        TableName: emulators.tables.observations,
        Key: { routeId: o.routeId, observationId: o.observationId },
      }),
    );
    expect(out.Item?.expiresAt).toBe(NOW_SECONDS + 7 * 86_400);
    expect(out.Item?.expiresAt).toBe(1_767_830_400);
  });

  it('expires a quarantine entry retentionDays after the clock, in whole seconds', async () => {
    const store = createQuarantineStore({
      client,
      tableName: emulators.tables.quarantine,
      retentionDays: 30,
      now: () => NOW,
    });
    await store.put({
      quarantineId: 'msg-ttl',
      reason: 'invalid_json',
      detail: 'not json',
      body: '{',
      receivedAt: '2026-01-01T00:00:00.000Z',
    });
    const out = await client.send(
      new GetCommand({ TableName: emulators.tables.quarantine, Key: { quarantineId: 'msg-ttl' } }),
    );
    expect(out.Item?.expiresAt).toBe(NOW_SECONDS + 30 * 86_400);
    expect(out.Item?.expiresAt).toBe(1_769_817_600);
  });
});

describe('observation window', () => {
  const store = () =>
    createObservationStore({ client, tableName: emulators.tables.observations, retentionDays: 90 });

  it('returns every observation of a route past the first 1 MB page, from `since` on', async () => {
    const since = '2026-02-01T00:00:00.000Z';
    await store().put(observation('paged_route', '2026-01-31T23:59:59.999Z', 'T-before'));
    await store().put(observation('paged_route', since, 'T-at'));
    const later = ['T-1', 'T-2', 'T-3', 'T-4', 'T-5'];
    for (const [i, ticketId] of later.entries()) {
      const o = observation('paged_route', `2026-02-0${i + 2}T00:00:00.000Z`, ticketId);
      await store().put({ ...o, padding: PADDING } as Observation);
    }
    sent.length = 0;
    const found = await store().listRoute('paged_route', since);
    expect(sent.filter((c) => c instanceof QueryCommand).length).toBeGreaterThan(1);
    expect(found.map((o) => o.ticketId).sort()).toEqual(['T-at', ...later].sort());
  });

  it('returns [] for a route with no observations', async () => {
    expect(await store().listRoute('route_without_labels', '1970-01-01T00:00:00.000Z')).toEqual([]);
  });
});

describe('route configs', () => {
  it('lists every config past the first 1 MB page of the scan', async () => {
    const table = await freshConfigTable('RouteConfigPaged');
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5'];
    for (const id of ids) {
      await client.send(new PutCommand({ TableName: table, Item: { ...config(id), padding: PADDING } }));
    }
    sent.length = 0;
    const listed = await createRouteConfigStore({ client, configTable: table }).list();
    expect(sent.filter((c) => c instanceof ScanCommand).length).toBeGreaterThan(1);
    expect(listed.map((c) => c.routeId).sort()).toEqual(ids);
    expect(listed[0]).toMatchObject({ mode: 'shadow', threshold: 0.9, version: 1 });
  });

  it('lists [] from an empty table', async () => {
    const table = await freshConfigTable('RouteConfigEmpty');
    expect(await createRouteConfigStore({ client, configTable: table }).list()).toEqual([]);
  });
});

describe('route audit trail', () => {
  const store = () =>
    createRouteConfigStore({
      client,
      configTable: emulators.tables.routeConfig,
      auditTable: emulators.tables.routeAudit,
    });

  it('reads history newest first, and at most `limit` entries', async () => {
    // Written out of time order: the order must come from the sort key, not from the writes.
    const times = ['2026-03-02T00:00:00.000Z', '2026-03-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z'];
    for (const [i, at] of times.entries()) await store().appendAudit(audit('audited', at, i + 1));
    const history = await store().history('audited');
    expect(history.map((e) => e.at)).toEqual([
      '2026-03-03T00:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
    ]);
    expect(history[0]).toMatchObject({ routeId: 'audited', actor: 'retune', after: { version: 3 } });
    expect((await store().history('audited', 2)).map((e) => e.at)).toEqual([
      '2026-03-03T00:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
    ]);
    expect(await store().history('never_changed')).toEqual([]);
  });

  it('reads at most 50 entries by default', async () => {
    const entries = Array.from({ length: 51 }, (_, i) =>
      audit('busy', new Date(Date.UTC(2026, 3, 1, 0, i)).toISOString(), i + 1),
    );
    await Promise.all(entries.map((e) => store().appendAudit(e)));
    const history = await store().history('busy');
    expect(history).toHaveLength(50);
    expect(history[0]?.after.version).toBe(51);
    expect(history[49]?.after.version).toBe(2);
  });

  it('refuses the audit trail when built without an audit table, writing nothing', async () => {
    const readOnly = createRouteConfigStore({ client, configTable: emulators.tables.routeConfig });
    const entry = audit('unaudited', '2026-03-01T00:00:00.000Z', 1);
    sent.length = 0;
    await expect(readOnly.appendAudit(entry)).rejects.toThrow(/without an audit table/);
    await expect(readOnly.history('unaudited')).rejects.toThrow(/without an audit table/);
    expect(sent).toEqual([]);
    expect(await store().history('unaudited')).toEqual([]);
  });
});
