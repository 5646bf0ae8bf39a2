import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { QuarantineRepository } from '../../domain/ports.js';
import type { QuarantineEntry } from '../../domain/tickets/quarantine-entry.js';

interface QuarantineStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  retentionDays: number;
  now?: () => number;
}

const createQuarantineStore = (options: QuarantineStoreOptions): QuarantineRepository => {
  const now = options.now ?? Date.now;
  const put = async (entry: QuarantineEntry): Promise<void> => {
    await options.client.send(
      new PutCommand({
        TableName: options.tableName,
        Item: { ...entry, expiresAt: Math.floor(now() / 1000) + options.retentionDays * 86_400 },
      }),
    );
  };
  return { put };
};

export type { QuarantineStoreOptions };
export { createQuarantineStore };
