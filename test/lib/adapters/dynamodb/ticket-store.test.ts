import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTicketStore } from '../../../../lib/adapters/dynamodb/ticket-store.js';
import type { StoredTicket } from '../../../../lib/domain/tickets/ticket-record.js';

/**
 * The claim's failure path as DynamoDB answers it: the failed condition carries the item
 * (ReturnValuesOnConditionCheckFailure: ALL_OLD), so no read follows. dynalite never returns the
 * item, so this path is only reachable with a mocked client; the read fallback is tested on dynalite.
 */

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const mock = mockClient(documents);
const NOW = Date.parse('2026-12-01T10:00:00Z');
const store = createTicketStore({
  client: documents,
  tableName: 'tickets',
  retentionDays: 1,
  defaultLeaseMs: 1_000,
  now: () => NOW,
});

const failWith = (item: StoredTicket) =>
  mock.on(UpdateCommand).rejects(
    new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: {},
      Item: marshall(item, { removeUndefinedValues: true }),
    }),
  );

beforeEach(() => {
  mock.reset();
});

describe('ticket claim with ALL_OLD', () => {
  it('asks DynamoDB for the old item on a failed condition', async () => {
    mock.on(UpdateCommand).resolves({});
    await store.claim({ ticketId: 'T-1', token: 'a', bodyHash: 'sha256:1', remainingMs: 5_000 });
    const [call] = mock.commandCalls(UpdateCommand);
    expect(call?.args[0].input.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    expect(call?.args[0].input.ExpressionAttributeValues?.[':lease']).toBe(NOW + 5_000 + 2_000);
  });

  it('reads the decided ticket from the failed condition, without a second round trip', async () => {
    failWith({
      ticketId: 'T-1',
      status: 'DECIDED',
      bodyHash: 'sha256:1',
      outboundMessage: 'reply',
      destination: 'human',
    });
    const result = await store.claim({ ticketId: 'T-1', token: 'b', bodyHash: 'sha256:1' });
    expect(result).toMatchObject({
      kind: 'decided',
      ticket: { outboundMessage: 'reply', destination: 'human' },
    });
    expect(mock.commandCalls(GetCommand)).toHaveLength(0);
    expect(mock.commandCalls(UpdateCommand)).toHaveLength(1);
  });

  it('reports a live claim as busy and another body as a conflict from the failed condition alone', async () => {
    failWith({ ticketId: 'T-1', status: 'CLAIMED', bodyHash: 'sha256:1', leaseUntil: NOW + 1 });
    expect(await store.claim({ ticketId: 'T-1', token: 'b', bodyHash: 'sha256:1' })).toEqual({
      kind: 'busy',
    });
    expect(await store.claim({ ticketId: 'T-1', token: 'b', bodyHash: 'sha256:2' })).toMatchObject({
      kind: 'conflict',
      ticket: { bodyHash: 'sha256:1' },
    });
    expect(mock.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('falls back to a consistent read when the failed condition carries no item', async () => {
    mock.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'failed', $metadata: {} }));
    mock.on(GetCommand).resolves({ Item: { ticketId: 'T-1', status: 'DISPATCHED', bodyHash: 'sha256:1' } });
    expect((await store.claim({ ticketId: 'T-1', token: 'b', bodyHash: 'sha256:1' })).kind).toBe('done');
    expect(mock.commandCalls(GetCommand)[0]?.args[0].input.ConsistentRead).toBe(true);
  });
});
