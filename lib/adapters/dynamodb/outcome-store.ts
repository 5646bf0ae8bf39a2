import { randomUUID } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Outcome } from '../../domain/outcomes/outcome.schema.js';
import { payloadHash as hashOf, outcomeBody } from '../../domain/outcomes/outcome-identity.js';
import type { ClaimHandle, StoredClaim } from '../../domain/outcomes/outcome-records.js';
import {
  claimRecord,
  conflictRecord,
  judgeClaim,
  unmatchedRecord,
} from '../../domain/outcomes/outcome-records.js';
import type { OutcomeRepository } from '../../domain/ports.js';

interface OutcomeStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  retentionDays: number;
  /** How long a claim blocks other deliveries of its payload: longer than one record takes. */
  claimMs: number;
  now?: () => number;
}

/**
 * The old item of a failed claim, from ALL_OLD when DynamoDB returns it (raw attribute values:
 * the document client does not convert an exception's item). dynalite returns none; an item
 * written before claims existed has no state; both are read back instead.
 */
const fromAllOld = (item: Record<string, AttributeValue> | undefined): StoredClaim | undefined => {
  const state = item?.state?.S;
  const payloadHash = item?.payloadHash?.S;
  const body = item?.body?.S;
  const until = item?.claimUntil?.N;
  if ((state !== 'IN_PROGRESS' && state !== 'COMPLETED') || !payloadHash || !body || !until) return undefined;
  return { state, payloadHash, body, claimUntil: Number(until) };
};

/** An item of the pre-claim shape ({ outcome }) counts as a completed claim of that outcome. */
const fromItem = (item: Record<string, unknown>): StoredClaim => {
  if (typeof item.body === 'string' && typeof item.payloadHash === 'string')
    return item as unknown as StoredClaim;
  const outcome = item.outcome as Outcome;
  return { state: 'COMPLETED', payloadHash: hashOf(outcome), body: outcomeBody(outcome), claimUntil: 0 };
};

const isConditionFailure = (error: unknown): error is ConditionalCheckFailedException =>
  error instanceof ConditionalCheckFailedException;

/** Outcomes in one table, claim first and complete last (see OutcomeRepository). */
const createOutcomeStore = (options: OutcomeStoreOptions): OutcomeRepository => {
  const { client, tableName } = options;
  const now = options.now ?? Date.now;
  const expiresAt = () => Math.floor(now() / 1000) + options.retentionDays * 86_400;
  const iso = () => new Date(now()).toISOString();

  const read = async (outcome: Outcome): Promise<StoredClaim | undefined> => {
    const out = await client.send(
      new GetCommand({
        TableName: tableName,
        Key: { ticketId: outcome.ticketId, outcomeType: outcome.type },
        ConsistentRead: true,
      }),
    );
    return out.Item ? fromItem(out.Item) : undefined;
  };

  /** A put that succeeds only while `condition` holds; false when it did not. */
  const putIf = async (item: object, condition: string, values?: Record<string, unknown>) => {
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...item, expiresAt: expiresAt() },
          ConditionExpression: condition,
          ExpressionAttributeNames: condition.includes('#state') ? { '#state': 'state' } : undefined,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  };

  /** Rewrites this delivery's own claim; one taken over by another delivery is left to it. */
  const rewriteOwn = async (handle: ClaimHandle, change: { until: number; completedAt?: string }) => {
    const base = claimRecord(handle.outcome, handle.payloadHash, {
      token: handle.token,
      until: change.until,
      at: iso(),
    });
    const item = change.completedAt ? { ...base, state: 'COMPLETED', completedAt: change.completedAt } : base;
    await putIf(item, 'claimToken = :token AND #state = :inProgress', {
      ':token': handle.token,
      ':inProgress': 'IN_PROGRESS',
    });
  };

  return {
    claim: async (outcome, payloadHash) => {
      // Two tries: an item can vanish (TTL) between the failed write and the read.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const token = randomUUID();
        const record = claimRecord(outcome, payloadHash, {
          token,
          until: now() + options.claimMs,
          at: iso(),
        });
        try {
          await client.send(
            new PutCommand({
              TableName: tableName,
              Item: { ...record, expiresAt: expiresAt() },
              ConditionExpression:
                'attribute_not_exists(ticketId) OR ' +
                '(#state = :inProgress AND payloadHash = :hash AND claimUntil < :now)',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: {
                ':inProgress': 'IN_PROGRESS',
                ':hash': payloadHash,
                ':now': now(),
              },
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            }),
          );
          return { kind: 'claimed', handle: { outcome, payloadHash, token } };
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          const existing = fromAllOld(error.Item) ?? (await read(outcome));
          if (existing) return judgeClaim(existing, payloadHash);
        }
      }
      // A key that kept moving under two tries is busy, as a ticket's is: the record comes back later.
      return { kind: 'busy' };
    },
    complete: (handle) => rewriteOwn(handle, { until: 0, completedAt: iso() }),
    release: (handle) => rewriteOwn(handle, { until: 0 }),
    putConflict: (outcome, payloadHash, recorded) =>
      putIf(conflictRecord(outcome, payloadHash, recorded, iso()), 'attribute_not_exists(ticketId)'),
    putUnmatched: (outcome, payloadHash) =>
      putIf(unmatchedRecord(outcome, payloadHash, iso()), 'attribute_not_exists(ticketId)'),
  };
};

export type { OutcomeStoreOptions };
export { createOutcomeStore };
