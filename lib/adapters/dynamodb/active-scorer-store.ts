import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ActiveScorerRepository } from '../../domain/ports.js';
import { VersionConflictError } from '../../domain/ports.js';
import { ActiveScorerSchema } from '../../domain/scorer/active-scorer.schema.js';

/**
 * The active scorer is one item of the route-config table, under a key no route id can take (route
 * ids start with a lower-case letter or digit): classify reads it with the route configs' table
 * permissions, and the route-config store skips it.
 */
const ACTIVE_SCORER_KEY = '#scorer';

/** Whether a route-config table item is a reserved one (`#…`), not a route's config. */
const isReservedConfigKey = (routeId: unknown): boolean =>
  typeof routeId === 'string' && routeId.startsWith('#');

interface ActiveScorerStoreOptions {
  client: DynamoDBDocumentClient;
  configTable: string;
}

const createActiveScorerStore = (options: ActiveScorerStoreOptions): ActiveScorerRepository => {
  const { client, configTable } = options;
  return {
    get: async () => {
      const out = await client.send(
        new GetCommand({ TableName: configTable, Key: { routeId: ACTIVE_SCORER_KEY }, ConsistentRead: true }),
      );
      if (!out.Item) return undefined;
      const { routeId: _key, ...pointer } = out.Item;
      return ActiveScorerSchema.parse(pointer);
    },
    set: async (next, previousVersion) => {
      try {
        await client.send(
          new PutCommand({
            TableName: configTable,
            Item: { routeId: ACTIVE_SCORER_KEY, ...ActiveScorerSchema.parse(next) },
            ...(previousVersion === undefined
              ? { ConditionExpression: 'attribute_not_exists(routeId)' }
              : {
                  ConditionExpression: 'version = :previous',
                  ExpressionAttributeValues: { ':previous': previousVersion },
                }),
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) {
          throw new VersionConflictError(
            `the active scorer moved since ${previousVersion ?? 'none'}; ${next.version} was not activated`,
          );
        }
        throw error;
      }
    },
  };
};

export { ACTIVE_SCORER_KEY, createActiveScorerStore, isReservedConfigKey };
