import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LocalStack } from '../../lib/local/local-stack.js';
import { initialRouteConfig } from '../../lib/policy/route-config.schema.js';
import { createRouteConfigStore } from '../../lib/stores/route-config-store.js';
import type { Taxonomy } from '../../lib/taxonomy/taxonomy.schema.js';

/** Puts every auto-eligible route in auto mode at `threshold`, as an operator's pin would. */
const automateRoutes = async (stack: LocalStack, taxonomy: Taxonomy, threshold: number): Promise<void> => {
  const store = createRouteConfigStore({
    client: DynamoDBDocumentClient.from(stack.emulators.dynamo),
    configTable: stack.emulators.tables.routeConfig,
    auditTable: stack.emulators.tables.routeAudit,
  });
  for (const route of taxonomy.routes.filter((r) => r.policy === 'auto')) {
    const current = (await store.get(route.id)) ?? initialRouteConfig(route, taxonomy);
    await store.save({
      ...current,
      mode: 'auto',
      threshold,
      pin: { kind: 'threshold', threshold, by: 'test', reason: 'tests need automated routes' },
      version: current.version + 1,
    });
  }
};

export { automateRoutes };
