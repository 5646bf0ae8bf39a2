/**
 * Reads the RouteAudit table of a running local stack, one query per taxonomy route. It must run
 * before the stack stops: the emulated DynamoDB lives only as long as the stack.
 */

import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createRouteConfigStore } from '../../lib/adapters/dynamodb/route-config-store.js';
import type { RouteAuditEntry } from '../../lib/domain/ports.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { LocalStack } from '../local/local-stack.js';

/** Large enough for a run's retunes every few seconds; the store pages newest first. */
const HISTORY_LIMIT = 1000;

const readRouteAudit = async (
  stack: LocalStack,
  taxonomy: Taxonomy,
): Promise<Record<string, RouteAuditEntry[]>> => {
  const store = createRouteConfigStore({
    client: DynamoDBDocumentClient.from(stack.emulators.dynamo),
    configTable: stack.emulators.tables.routeConfig,
    auditTable: stack.emulators.tables.routeAudit,
  });
  const entries = await Promise.all(
    taxonomy.routes.map(async (r) => [r.id, await store.history(r.id, HISTORY_LIMIT)] as const),
  );
  return Object.fromEntries(entries);
};

export { readRouteAudit };
