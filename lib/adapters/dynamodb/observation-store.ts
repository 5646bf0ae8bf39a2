import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Observation } from '../../domain/outcomes/observation.js';
import type { ObservationRepository } from '../../domain/ports.js';

interface ObservationStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** The rolling window: observations expire after this many days. */
  retentionDays: number;
  now?: () => number;
}

const ttl = (now: () => number, days: number) => Math.floor(now() / 1000) + days * 86_400;

const createObservationStore = (options: ObservationStoreOptions): ObservationRepository => {
  const now = options.now ?? Date.now;
  return {
    put: async (observation) => {
      // The key is derived from the outcome, so a retried write lands on the same item.
      await options.client.send(
        new PutCommand({
          TableName: options.tableName,
          Item: { ...observation, expiresAt: ttl(now, options.retentionDays) },
        }),
      );
    },
    listRoute: async (routeId, since) => {
      const items: Observation[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await options.client.send(
          new QueryCommand({
            TableName: options.tableName,
            KeyConditionExpression: 'routeId = :r AND observationId >= :since',
            ExpressionAttributeValues: { ':r': routeId, ':since': since },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of out.Items ?? []) items.push(item as Observation);
        start = out.LastEvaluatedKey;
      } while (start);
      return items;
    },
  };
};

export { createObservationStore };
