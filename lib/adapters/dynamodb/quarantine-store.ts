import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { QuarantineReason } from '../../domain/tickets/quarantine-reason.js';

/**
 * For a `conflicting_duplicate`: the ticket as first stored under its id, beside this message's
 * raw body. The tickets table keeps no raw body (only its hash and, once decided, the redacted
 * text), so that is what is kept of the first one.
 */
interface QuarantineConflict {
  /** hashTicket of this message and of the one that first claimed the ticketId. */
  bodyHash: string;
  storedBodyHash: string;
  storedStatus: string;
  storedRedactedText?: string;
  storedFirstSeenAt?: string;
}

interface QuarantineEntry {
  /** The SQS message id: a redelivered poison message overwrites its own entry, never adds one. */
  quarantineId: string;
  reason: QuarantineReason;
  detail: string;
  ticketId?: string;
  /** The raw body, whole: the ingest queue's size limit keeps it under DynamoDB's item limit. */
  body: string;
  receivedAt: string;
  conflict?: QuarantineConflict;
}

interface QuarantineStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  retentionDays: number;
  now?: () => number;
}

const createQuarantineStore = (options: QuarantineStoreOptions) => {
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

type QuarantineStore = ReturnType<typeof createQuarantineStore>;

export type { QuarantineConflict, QuarantineEntry, QuarantineStore };
export { createQuarantineStore };
