import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ACTIVE_SCORER_KEY,
  createActiveScorerStore,
  isReservedConfigKey,
} from '../../../../lib/adapters/dynamodb/active-scorer-store.js';
import { VersionConflictError } from '../../../../lib/domain/ports.js';
import { RouteIdSchema } from '../../../../lib/domain/taxonomy/taxonomy.schema.js';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const mock = mockClient(documents);
const store = createActiveScorerStore({ client: documents, configTable: 'RouteConfig' });

const pointer = {
  version: 'v2',
  trainedAt: '2026-11-02T03:00:00.000Z',
  examples: 300,
  routes: 12,
  activatedAt: '2026-11-02T03:01:00.000Z',
};

beforeEach(() => mock.reset());

describe('active scorer store', () => {
  it('keeps the pointer under a key that no route id can take', () => {
    expect(RouteIdSchema.safeParse(ACTIVE_SCORER_KEY).success).toBe(false);
    expect(isReservedConfigKey(ACTIVE_SCORER_KEY)).toBe(true);
    expect(isReservedConfigKey('pay_early')).toBe(false);
  });

  it('moves the pointer only from the version it was read at', async () => {
    mock.on(PutCommand).resolves({});
    await store.set(pointer, 'v1');
    expect(mock.commandCalls(PutCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'RouteConfig',
      Item: { routeId: ACTIVE_SCORER_KEY, ...pointer },
      ConditionExpression: 'version = :previous',
      ExpressionAttributeValues: { ':previous': 'v1' },
    });
  });

  it('creates the first pointer only where none exists', async () => {
    mock.on(PutCommand).resolves({});
    await store.set(pointer);
    expect(mock.commandCalls(PutCommand)[0]?.args[0].input.ConditionExpression).toBe(
      'attribute_not_exists(routeId)',
    );
  });

  it('reports a pointer moved meanwhile as a version conflict', async () => {
    mock.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'failed', $metadata: {} }));
    await expect(store.set(pointer, 'v1')).rejects.toBeInstanceOf(VersionConflictError);
  });

  it('reads the pointer consistently and returns it without the table key', async () => {
    mock.on(GetCommand).resolves({ Item: { routeId: ACTIVE_SCORER_KEY, ...pointer } });
    expect(await store.get()).toEqual(pointer);
    expect(mock.commandCalls(GetCommand)[0]?.args[0].input.ConsistentRead).toBe(true);
  });

  it('returns undefined when no scorer was ever activated', async () => {
    mock.on(GetCommand).resolves({});
    expect(await store.get()).toBeUndefined();
  });
});
