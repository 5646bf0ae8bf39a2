import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import { initialRouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { LocalStack } from '../../tools/local/local-stack.js';

/**
 * Puts every auto-eligible route in auto mode at `threshold`, as an operator's pin would; with
 * `scorerVersion`, as certified on that scorer version's scores.
 */
const automateRoutes = async (
  stack: LocalStack,
  taxonomy: Taxonomy,
  threshold: number,
  scorerVersion?: string,
): Promise<void> => {
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
      ...(scorerVersion === undefined ? {} : { scorerVersion }),
      version: current.version + 1,
    });
  }
};

export { automateRoutes };
