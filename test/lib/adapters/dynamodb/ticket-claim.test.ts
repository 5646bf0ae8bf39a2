import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createClaim } from '../../../../lib/adapters/dynamodb/ticket-claim.js';
import type { StoredTicket } from '../../../../lib/domain/tickets/ticket-record.js';

/**
 * The claim's one conditional write and how a failed one is read, on a mocked client: the ALL_OLD
 * item DynamoDB returns, and the read fallback for when it does not (dynalite).
 */

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const mock = mockClient(documents);
const NOW = Date.parse('2026-12-01T10:00:00Z');

let reads: (StoredTicket | undefined)[] = [];
const claim = createClaim({
  client: documents,
  tableName: 'tickets',
  defaultLeaseMs: 60_000,
  now: () => NOW,
  expiresAt: () => 1_900_000_000,
  read: async () => reads.shift(),
});

const conditionFailed = (item?: StoredTicket) =>
  new ConditionalCheckFailedException({
    message: 'The conditional request failed',
    $metadata: {},
    ...(item ? { Item: marshall(item, { removeUndefinedValues: true }) } : {}),
  });

const request = { ticketId: 'T-1', token: 'm1:a', bodyHash: 'sha256:1' };
const held = (over: Partial<StoredTicket> = {}): StoredTicket => ({
  ticketId: 'T-1',
  status: 'CLAIMED',
  bodyHash: 'sha256:1',
  leaseUntil: NOW + 10_000,
  ...over,
});

beforeEach(() => {
  mock.reset();
  reads = [];
});

describe('createClaim', () => {
  it('claims with one conditional write: new item, or an expired lease on the same body', async () => {
    mock.on(UpdateCommand).resolves({});
    expect(await claim({ ...request, remainingMs: 5_000 })).toEqual({ kind: 'claimed' });
    const input = mock.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.TableName).toBe('tickets');
    expect(input?.Key).toEqual({ ticketId: 'T-1' });
    expect(input?.ConditionExpression).toContain('attribute_not_exists(ticketId)');
    expect(input?.ConditionExpression).toContain('leaseUntil < :now');
    expect(input?.ExpressionAttributeValues).toMatchObject({
      ':token': 'm1:a',
      ':hash': 'sha256:1',
      ':now': NOW,
      ':lease': NOW + 5_000 + 2_000,
      ':exp': 1_900_000_000,
      ':nowIso': '2026-12-01T10:00:00.000Z',
    });
  });

  it('leases for the default length when the caller has no invocation deadline', async () => {
    mock.on(UpdateCommand).resolves({});
    await claim(request);
    expect(mock.commandCalls(UpdateCommand)[0]?.args[0].input.ExpressionAttributeValues?.[':lease']).toBe(
      NOW + 60_000,
    );
  });

  it('takes the lease margin it is given', async () => {
    mock.on(UpdateCommand).resolves({});
    const tight = createClaim({
      client: documents,
      tableName: 'tickets',
      defaultLeaseMs: 60_000,
      leaseMarginMs: 0,
      now: () => NOW,
      expiresAt: () => 0,
      read: async () => undefined,
    });
    await tight({ ...request, remainingMs: 5_000 });
    expect(mock.commandCalls(UpdateCommand)[0]?.args[0].input.ExpressionAttributeValues?.[':lease']).toBe(
      NOW + 5_000,
    );
  });

  it('reports what the failed write found: done (dispatched), decided, busy, or another body', async () => {
    const cases: [StoredTicket, string][] = [
      [held({ status: 'DISPATCHED' }), 'done'],
      [held({ status: 'DECIDED' }), 'decided'],
      [held(), 'busy'],
      [held({ status: 'DISPATCHED', bodyHash: 'sha256:2' }), 'conflict'],
    ];
    for (const [item, kind] of cases) {
      mock.reset();
      mock.on(UpdateCommand).rejects(conditionFailed(item));
      expect((await claim(request)).kind).toBe(kind);
      expect(mock.commandCalls(UpdateCommand)).toHaveLength(1);
    }
  });

  it('treats a record stored before body hashes as the same body', async () => {
    mock.on(UpdateCommand).rejects(conditionFailed(held({ status: 'DECIDED', bodyHash: undefined })));
    expect(await claim(request)).toMatchObject({ kind: 'decided', ticket: { ticketId: 'T-1' } });
  });

  it('reads the item when the failure does not carry it, and retries once if it became claimable', async () => {
    mock.on(UpdateCommand).rejectsOnce(conditionFailed()).resolves({});
    reads = [held({ leaseUntil: NOW - 1 })];
    expect(await claim(request)).toEqual({ kind: 'claimed' });
    expect(mock.commandCalls(UpdateCommand)).toHaveLength(2);
  });

  it('reports busy after a second such race, for redelivery to retry', async () => {
    mock.on(UpdateCommand).rejects(conditionFailed());
    reads = [undefined, held({ leaseUntil: NOW - 1 })];
    expect(await claim(request)).toEqual({ kind: 'busy' });
    expect(mock.commandCalls(UpdateCommand)).toHaveLength(2);
  });

  it('passes any other failure through', async () => {
    mock.on(UpdateCommand).rejects(new Error('ProvisionedThroughputExceeded'));
    await expect(claim(request)).rejects.toThrow('ProvisionedThroughputExceeded');
  });
});
