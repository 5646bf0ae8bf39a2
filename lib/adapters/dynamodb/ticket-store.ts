import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredTicket, TicketDecisionRecord } from './ticket-record.js';

type ClaimResult =
  | { kind: 'claimed' }
  /** Another delivery holds a live lease: fail this one so it comes back later. */
  | { kind: 'in_progress' }
  | { kind: 'decided'; ticket: StoredTicket }
  | { kind: 'dispatched' };

/** Someone else's lease or status changed under us; the record must be retried. */
class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

interface TicketStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  retentionDays: number;
  /** How long a claim blocks other deliveries; longer than one record's processing time. */
  leaseMs: number;
  now?: () => number;
}

const createTicketStore = (options: TicketStoreOptions) => {
  const { client, tableName } = options;
  const now = options.now ?? Date.now;
  const expiresAt = () => Math.floor(now() / 1000) + options.retentionDays * 86_400;

  const read = async (ticketId: string): Promise<StoredTicket | undefined> => {
    const out = await client.send(
      new GetCommand({ TableName: tableName, Key: { ticketId }, ConsistentRead: true }),
    );
    return out.Item as StoredTicket | undefined;
  };

  /** Takes the ticket for this delivery, unless it is done, decided, or leased by another. */
  const claim = async (ticketId: string, claimToken: string): Promise<ClaimResult> => {
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { ticketId },
          UpdateExpression:
            'SET #status = :claimed, claimToken = :token, leaseUntil = :lease, expiresAt = :exp, ' +
            'firstSeenAt = if_not_exists(firstSeenAt, :nowIso) ADD claims :one',
          ConditionExpression: 'attribute_not_exists(ticketId) OR (#status = :claimed AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':claimed': 'CLAIMED',
            ':token': claimToken,
            ':lease': now() + options.leaseMs,
            ':now': now(),
            ':nowIso': new Date(now()).toISOString(),
            ':exp': expiresAt(),
            ':one': 1,
          },
        }),
      );
      return { kind: 'claimed' };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const existing = await read(ticketId);
    if (existing?.status === 'DISPATCHED') return { kind: 'dispatched' };
    if (existing?.status === 'DECIDED') return { kind: 'decided', ticket: existing };
    return { kind: 'in_progress' };
  };

  /** Stores the decision, only while this delivery still holds the claim. */
  const saveDecision = async (record: TicketDecisionRecord, claimToken: string): Promise<void> => {
    const { ticketId, ...fields } = record;
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
    const names = Object.fromEntries(entries.map(([k], i) => [`#f${i}`, k]));
    const values = Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v]));
    const sets = entries.map((_, i) => `#f${i} = :v${i}`).join(', ');
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { ticketId },
          UpdateExpression: `SET ${sets}, #status = :decided REMOVE leaseUntil`,
          ConditionExpression: '#status = :claimed AND claimToken = :token',
          ExpressionAttributeNames: { ...names, '#status': 'status' },
          ExpressionAttributeValues: {
            ...values,
            ':decided': 'DECIDED',
            ':claimed': 'CLAIMED',
            ':token': claimToken,
          },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        throw new LeaseLostError(`lost the claim on ${ticketId}`);
      throw error;
    }
  };

  /**
   * Gives the claim up after a failed attempt, so the retry need not wait out the lease. Only the
   * holder can release it; a claim already taken over or decided is left alone.
   */
  const release = async (ticketId: string, claimToken: string): Promise<void> => {
    await client
      .send(
        new UpdateCommand({
          TableName: tableName,
          Key: { ticketId },
          UpdateExpression: 'SET leaseUntil = :zero',
          ConditionExpression: '#status = :claimed AND claimToken = :token',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':zero': 0, ':claimed': 'CLAIMED', ':token': claimToken },
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  };

  const markDispatched = async (ticketId: string): Promise<void> => {
    await client
      .send(
        new UpdateCommand({
          TableName: tableName,
          Key: { ticketId },
          UpdateExpression: 'SET #status = :dispatched, dispatchedAt = :at',
          ConditionExpression: '#status = :decided',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':dispatched': 'DISPATCHED',
            ':decided': 'DECIDED',
            ':at': new Date(now()).toISOString(),
          },
        }),
      )
      .catch((error: unknown) => {
        // Already dispatched by a concurrent redelivery: the goal state holds.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  };

  return { claim, saveDecision, release, markDispatched, read };
};

type TicketStore = ReturnType<typeof createTicketStore>;

export type { ClaimResult, TicketStore, TicketStoreOptions };
export { createTicketStore, LeaseLostError };
