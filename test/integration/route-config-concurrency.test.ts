import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createObservationStore } from '../../lib/adapters/dynamodb/observation-store.js';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import type { RetuneDeps } from '../../lib/use-cases/retune-routes.js';
import { retuneRoutes } from '../../lib/use-cases/retune-routes.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';
import { labels, taxonomy } from '../support/outcome-fixtures.js';

/** Optimistic locking on route configs, with dynalite's real conditional writes. */

let emulators: Emulators;
let deps: RetuneDeps;

/**
 * Writes labels as the observation store writes each one (with an expiry), 25 to a request: the
 * labels are the setting here, not the subject, and hundreds of single puts cost seconds.
 */
const seed = async (client: DynamoDBDocumentClient, observations: Observation[]): Promise<void> => {
  const items = observations.map((o) => ({ ...o, expiresAt: 2_000_000_000 }));
  for (let i = 0; i < items.length; i += 25) {
    await client.send(
      new BatchWriteCommand({
        RequestItems: {
          [emulators.tables.observations]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    );
  }
};

beforeAll(async () => {
  emulators = await startEmulators();
  const client = DynamoDBDocumentClient.from(emulators.dynamo, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const observations = createObservationStore({
    client,
    tableName: emulators.tables.observations,
    retentionDays: 90,
  });
  await seed(client, labels('pay_early', 800, 0.95));
  deps = {
    taxonomy,
    configs: createRouteConfigStore({
      client,
      configTable: emulators.tables.routeConfig,
      auditTable: emulators.tables.routeAudit,
    }),
    observations,
    settings: {
      targetError: 0.02,
      routeCap: 0.05,
      delta: 0.05,
      minSamples: 30,
      maxStepDown: 0.1,
      cost: { llmCostPerTicket: 0.001, humanCostPerTicket: 4, wrongAutoCost: 25 },
    },
    sampling: { explorationRate: 0.05, auditRate: 0.02 },
    windowDays: 3650,
  };
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
});

describe('route config versions', () => {
  it('ends two retuners running at once with one winning version and one audit record', async () => {
    const [a, b] = await Promise.all([retuneRoutes(deps), retuneRoutes(deps)]);
    const stored = await deps.configs.get('pay_early');
    expect(stored).toMatchObject({ mode: 'auto', version: 1 });
    expect(
      a.changes.filter((c) => c.routeId === 'pay_early').length +
        b.changes.filter((c) => c.routeId === 'pay_early').length,
    ).toBe(1);
    expect(await deps.configs.history('pay_early')).toHaveLength(1);
  });

  it('loses no operator update when the retune read an older version', async () => {
    const current = (await deps.configs.get('pay_early'))!;
    await deps.configs.save({
      ...current,
      pin: { kind: 'human', by: 'ops@example', reason: 'regulator asked' },
      version: current.version + 1,
    });
    // A retune that planned from the stale version must not overwrite the pin.
    await expect(
      deps.configs.save({ ...current, threshold: 0.5, version: current.version + 1 }),
    ).rejects.toThrow(/changed since version/);
    await retuneRoutes(deps);
    expect(await deps.configs.get('pay_early')).toMatchObject({ mode: 'human', pin: { kind: 'human' } });
  });

  it('writes nothing in a dry run, and reports what it would change', async () => {
    const client = DynamoDBDocumentClient.from(emulators.dynamo);
    // Certified on its own clean labels first...
    await seed(client, labels('login_help', 800, 0.95, 0, 5000));
    await retuneRoutes(deps);
    const before = await deps.configs.get('login_help');
    // ...then its newer labels refute that bound: the plan would pull it back.
    await seed(client, labels('login_help', 100, 0.97, 30, 1000));
    const report = await retuneRoutes(deps, { dryRun: true });
    expect(before?.mode).toBe('auto');
    expect(report.changes.find((c) => c.routeId === 'login_help')?.after).toMatchObject({ mode: 'shadow' });
    expect(await deps.configs.get('login_help')).toEqual(before);
  });
});
