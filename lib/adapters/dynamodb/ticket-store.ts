import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TicketRepository } from '../../domain/ports.js';
import { LeaseLostError } from '../../domain/tickets/ticket-errors.js';
import type { StoredTicket, TicketDecisionRecord } from '../../domain/tickets/ticket-record.js';
import type { ClaimDeps } from './ticket-claim.js';
import { createClaim } from './ticket-claim.js';

/**
 * The tickets table as a state machine, CLAIMED → DECIDED → DISPATCHED, moved only by conditional
 * writes on one item (no transactions: each step is one write, and a redelivery resumes from the
 * stored state). A claim is held by a lease token until a lease expiry; only the holder may store
 * the decision or give the claim back.
 */

interface TicketStoreOptions extends Pick<ClaimDeps, 'defaultLeaseMs' | 'leaseMarginMs'> {
  client: DynamoDBDocumentClient;
  tableName: string;
  retentionDays: number;
  now?: () => number;
}

const createTicketStore = (options: TicketStoreOptions): TicketRepository => {
  const { client, tableName } = options;
  const now = options.now ?? Date.now;
  const expiresAt = () => Math.floor(now() / 1000) + options.retentionDays * 86_400;

  const read = async (ticketId: string): Promise<StoredTicket | undefined> => {
    const out = await client.send(
      new GetCommand({ TableName: tableName, Key: { ticketId }, ConsistentRead: true }),
    );
    return out.Item as StoredTicket | undefined;
  };

  const claim = createClaim({ ...options, now, expiresAt, read });

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

export type { TicketStoreOptions };
export { createTicketStore };
