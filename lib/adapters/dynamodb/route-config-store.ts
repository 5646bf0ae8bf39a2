import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { RouteAuditEntry, RouteConfigRepository } from '../../domain/ports.js';
import { VersionConflictError } from '../../domain/ports.js';
import type { RouteConfig } from '../../domain/route-config/route-config.schema.js';
import { RouteConfigSchema } from '../../domain/route-config/route-config.schema.js';
import { isReservedConfigKey } from './active-scorer-store.js';

interface RouteConfigStoreOptions {
  client: DynamoDBDocumentClient;
  configTable: string;
  /** Only writers need it; the classifier reads configs and never the audit trail. */
  auditTable?: string;
}

/** Route configs with optimistic locking on `version`, and their audit trail, in DynamoDB. */
const createRouteConfigStore = (options: RouteConfigStoreOptions): RouteConfigRepository => {
  const { client, configTable } = options;
  const auditTable = (): string => {
    if (!options.auditTable) throw new Error('this route config store was built without an audit table');
    return options.auditTable;
  };
  // A config that no longer parses is a bug or tampering; failing loudly beats routing on it.
  const parse = (item: Record<string, unknown>) => RouteConfigSchema.parse(item);

  return {
    list: async () => {
      const items: RouteConfig[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await client.send(new ScanCommand({ TableName: configTable, ExclusiveStartKey: start }));
        // The table also holds reserved items (the active scorer's pointer): they are no route.
        for (const item of out.Items ?? []) if (!isReservedConfigKey(item.routeId)) items.push(parse(item));
        start = out.LastEvaluatedKey;
      } while (start);
      return items;
    },
    get: async (routeId) => {
      const out = await client.send(
        new GetCommand({ TableName: configTable, Key: { routeId }, ConsistentRead: true }),
      );
      return out.Item && !isReservedConfigKey(out.Item.routeId) ? parse(out.Item) : undefined;
    },
    save: async (next) => {
      const expected = next.version - 1;
      try {
        await client.send(
          new PutCommand({
            TableName: configTable,
            Item: RouteConfigSchema.parse(next),
            ConditionExpression: expected === 0 ? 'attribute_not_exists(routeId)' : 'version = :expected',
            ...(expected === 0 ? {} : { ExpressionAttributeValues: { ':expected': expected } }),
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) {
          throw new VersionConflictError(`route ${next.routeId} changed since version ${expected}`);
        }
        throw error;
      }
    },
    appendAudit: async (entry) => {
      await client.send(
        new PutCommand({
          TableName: auditTable(),
          Item: entry,
          ConditionExpression: 'attribute_not_exists(changeId)',
        }),
      );
    },
    history: async (routeId, limit = 50) => {
      const out = await client.send(
        new QueryCommand({
          TableName: auditTable(),
          KeyConditionExpression: 'routeId = :r',
          ExpressionAttributeValues: { ':r': routeId },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (out.Items ?? []) as RouteAuditEntry[];
    },
  };
};

export { createRouteConfigStore };
