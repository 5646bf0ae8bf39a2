import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ClaimRequest, TicketClaim } from '../../domain/tickets/ticket-claim.js';
import type { StoredTicket } from '../../domain/tickets/ticket-record.js';

/**
 * The first step of the tickets table's state machine: one conditional write that creates the
 * claim, or takes over an expired or released one for the same body. When it fails, the item that
 * failed it says why (ALL_OLD), with no second round trip.
 */

interface ClaimDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Lease length for a caller without an invocation deadline (tools, tests). */
  defaultLeaseMs: number;
  /**
   * Added to the invocation's remaining time: Lambda stops the attempt at its deadline, and the
   * margin covers clock skew between hosts and a write already on the wire. Default 2 s.
   */
  leaseMarginMs?: number;
  now: () => number;
  expiresAt: () => number;
  read: (ticketId: string) => Promise<StoredTicket | undefined>;
}

const DEFAULT_LEASE_MARGIN_MS = 2_000;

/** What a failed claim found; `retry` when the item became claimable between the write and the read. */
const settle = (existing: StoredTicket | undefined, bodyHash: string, at: number): TicketClaim | 'retry' => {
  if (!existing) return 'retry';
  // Records from before the hash was stored cannot conflict: they are treated as the same body.
  if (existing.bodyHash !== undefined && existing.bodyHash !== bodyHash)
    return { kind: 'conflict', ticket: existing };
  if (existing.status === 'DISPATCHED') return { kind: 'done', ticket: existing };
  if (existing.status === 'DECIDED') return { kind: 'decided', ticket: existing };
  if ((existing.leaseUntil ?? 0) >= at) return { kind: 'busy' };
  return 'retry';
};

const createClaim = (deps: ClaimDeps) => {
  const { client, tableName, now, expiresAt, read } = deps;
  const margin = deps.leaseMarginMs ?? DEFAULT_LEASE_MARGIN_MS;

  /** One conditional write; on failure, the item as it was (from ALL_OLD, or read when absent). */
  const tryClaim = async (request: ClaimRequest): Promise<TicketClaim | 'retry'> => {
    const at = now();
    const lease = request.remainingMs === undefined ? deps.defaultLeaseMs : request.remainingMs + margin;
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
  const claim = async (request: ClaimRequest): Promise<TicketClaim> => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const result = await tryClaim(request);
      if (result !== 'retry') return result;
    }
    return { kind: 'busy' };
  };

  return claim;
};

export type { ClaimDeps };
export { createClaim };
