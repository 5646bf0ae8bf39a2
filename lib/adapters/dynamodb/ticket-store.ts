import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { StoredTicket, TicketDecisionRecord } from './ticket-record.js';

/**
 * The tickets table as a state machine, CLAIMED → DECIDED → DISPATCHED, moved only by conditional
 * writes on one item (no transactions: each step is one write, and a redelivery resumes from the
 * stored state). A claim is held by a lease token until a lease expiry; only the holder may store
 * the decision or give the claim back.
 */

type ClaimResult =
  | { kind: 'claimed' }
  /** Another delivery holds a live lease: fail this one so it comes back later. */
  | { kind: 'busy' }
  | { kind: 'decided'; ticket: StoredTicket }
  | { kind: 'dispatched'; ticket: StoredTicket }
  /** The ticketId was first claimed with another body: this message is not a redelivery of it. */
  | { kind: 'conflict'; ticket: StoredTicket };

interface ClaimRequest {
  ticketId: string;
  /** Lease token of this delivery attempt (messageId:uuid): a late worker cannot store over a new one. */
  token: string;
  /** hashTicket of the message: a later message with another hash is a conflicting duplicate. */
  bodyHash: string;
  /** Time left in the invocation; the lease ends this long from now plus the margin. */
  remainingMs?: number;
}

/** The claim was taken over (or the ticket moved on) under this attempt; the record must be retried. */
class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

interface TicketStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  retentionDays: number;
  /** Lease length for a caller without an invocation deadline (tools, tests). */
  defaultLeaseMs: number;
  /**
   * Added to the invocation's remaining time: Lambda stops the attempt at its deadline, and the
   * margin covers clock skew between hosts and a write already on the wire. Default 2 s.
   */
  leaseMarginMs?: number;
  now?: () => number;
}

const DEFAULT_LEASE_MARGIN_MS = 2_000;

/** What a failed claim found; `retry` when the item became claimable between the write and the read. */
const settle = (existing: StoredTicket | undefined, bodyHash: string, at: number): ClaimResult | 'retry' => {
  if (!existing) return 'retry';
  // Records from before the hash was stored cannot conflict: they are treated as the same body.
  if (existing.bodyHash !== undefined && existing.bodyHash !== bodyHash)
    return { kind: 'conflict', ticket: existing };
  if (existing.status === 'DISPATCHED') return { kind: 'dispatched', ticket: existing };
  if (existing.status === 'DECIDED') return { kind: 'decided', ticket: existing };
  if ((existing.leaseUntil ?? 0) >= at) return { kind: 'busy' };
  return 'retry';
};

const createTicketStore = (options: TicketStoreOptions) => {
  const { client, tableName } = options;
  const now = options.now ?? Date.now;
  const margin = options.leaseMarginMs ?? DEFAULT_LEASE_MARGIN_MS;
  const expiresAt = () => Math.floor(now() / 1000) + options.retentionDays * 86_400;

  const read = async (ticketId: string): Promise<StoredTicket | undefined> => {
    const out = await client.send(
      new GetCommand({ TableName: tableName, Key: { ticketId }, ConsistentRead: true }),
    );
    return out.Item as StoredTicket | undefined;
  };

  /** One conditional write; on failure, the item as it was (from ALL_OLD, or read when absent). */
  const tryClaim = async (request: ClaimRequest): Promise<ClaimResult | 'retry'> => {
    const at = now();
    const lease = request.remainingMs === undefined ? options.defaultLeaseMs : request.remainingMs + margin;
    try {
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { ticketId: request.ticketId },
          UpdateExpression:
            'SET #status = :claimed, claimToken = :token, leaseUntil = :lease, bodyHash = :hash, ' +
            'expiresAt = :exp, firstSeenAt = if_not_exists(firstSeenAt, :nowIso) ADD claims :one',
          // A takeover needs an expired (or released) lease and the same body as the first claim.
          ConditionExpression:
            'attribute_not_exists(ticketId) OR (#status = :claimed AND leaseUntil < :now AND ' +
            '(attribute_not_exists(bodyHash) OR bodyHash = :hash))',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':claimed': 'CLAIMED',
            ':token': request.token,
            ':lease': at + lease,
            ':hash': request.bodyHash,
            ':now': at,
            ':nowIso': new Date(at).toISOString(),
            ':exp': expiresAt(),
            ':one': 1,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { kind: 'claimed' };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // DynamoDB returns the item that failed the condition; dynalite 4 does not, so read it then.
      const old = error.Item as Record<string, AttributeValue> | undefined;
      const existing = old ? (unmarshall(old) as StoredTicket) : await read(request.ticketId);
      return settle(existing, request.bodyHash, at);
    }
  };

  /**
   * Takes the ticket for this delivery, unless it is done, decided, leased by another, or was first
   * seen with another body. Only the read fallback can find the item claimable after a failed write
   * (released or expired in between): then the write is tried once more, and a second such race is
   * reported busy, to be retried by redelivery.
   */
  const claim = async (request: ClaimRequest): Promise<ClaimResult> => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const result = await tryClaim(request);
      if (result !== 'retry') return result;
    }
    return { kind: 'busy' };
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

export type { ClaimRequest, ClaimResult, TicketStore, TicketStoreOptions };
export { createTicketStore, LeaseLostError };
