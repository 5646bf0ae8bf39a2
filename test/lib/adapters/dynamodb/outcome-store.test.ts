import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOutcomeStore } from '../../../../lib/adapters/dynamodb/outcome-store.js';
import type { Outcome } from '../../../../lib/domain/outcomes/outcome.schema.js';
import { outcomeBody, payloadHash } from '../../../../lib/domain/outcomes/outcome-identity.js';

/**
 * The claim's failure path as DynamoDB answers it: the failed condition carries the old item
 * (ALL_OLD) as raw attribute values, so no read follows. dynalite never returns it, so this path
 * is reachable only with a mocked client; the read fallback runs in the integration tests.
 */

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const mock = mockClient(documents);
const NOW = Date.parse('2026-12-01T10:00:00Z');
const store = createOutcomeStore({
  client: documents,
  tableName: 'outcomes',
  retentionDays: 1,
  claimMs: 45_000,
  now: () => NOW,
});

const recorded: Outcome = {
  type: 'qa_verdict',
  ticketId: 'T-1',
  correct: true,
  auditedAt: '2026-12-01T09:00:00Z',
};
const corrected: Outcome = { ...recorded, correct: false };

const failWith = (item: Record<string, unknown>) =>
  mock.on(PutCommand).rejects(
    new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: {},
      Item: item as never,
    }),
  );

beforeEach(() => {
  mock.reset();
});

describe('outcome claim', () => {
  it('asks for the old item on a failed condition, with an expiring IN_PROGRESS claim', async () => {
    mock.on(PutCommand).resolves({});
    const claim = await store.claim(recorded, payloadHash(recorded));
    expect(claim.kind).toBe('claimed');
    const input = mock.commandCalls(PutCommand)[0]?.args[0].input;
    expect(input?.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD');
    expect(input?.Item).toMatchObject({
      state: 'IN_PROGRESS',
      claimUntil: NOW + 45_000,
      body: outcomeBody(recorded),
    });
  });

  it('reads a different payload from the failed condition, without a second round trip', async () => {
    failWith({
      state: { S: 'COMPLETED' },
      payloadHash: { S: payloadHash(recorded) },
      body: { S: outcomeBody(recorded) },
      claimUntil: { N: '0' },
    });
    const claim = await store.claim(corrected, payloadHash(corrected));
    expect(claim).toEqual({
      kind: 'conflict',
      existing: { payloadHash: payloadHash(recorded), body: outcomeBody(recorded) },
    });
    expect(mock.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('reports a live claim of the same payload as busy', async () => {
    failWith({
      state: { S: 'IN_PROGRESS' },
      payloadHash: { S: payloadHash(recorded) },
      body: { S: outcomeBody(recorded) },
      claimUntil: { N: String(NOW + 10_000) },
    });
    expect((await store.claim(recorded, payloadHash(recorded))).kind).toBe('busy');
  });

  it('treats an item stored before claims existed as a completed claim of its outcome', async () => {
    failWith({});
    mock.on(GetCommand).resolves({ Item: { ticketId: 'T-1', outcomeType: 'qa_verdict', outcome: recorded } });
    expect((await store.claim(recorded, payloadHash(recorded))).kind).toBe('done');
    expect((await store.claim(corrected, payloadHash(corrected))).kind).toBe('conflict');
  });

  it('reports a key that vanishes under both tries as busy, as the ticket claim does, instead of throwing', async () => {
    failWith({});
    mock.on(GetCommand).resolves({});
    expect(await store.claim(recorded, payloadHash(recorded))).toEqual({ kind: 'busy' });
    expect(mock.commandCalls(PutCommand)).toHaveLength(2);
  });
});
