import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRouteConfigStore } from '../../../../lib/adapters/dynamodb/route-config-store.js';

/**
 * What the route config store asks of DynamoDB that dynalite cannot show: its reads are always
 * consistent, so only a mocked client sees whether `get` asks for a consistent read.
 */

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const mock = mockClient(documents);

const stored = {
  routeId: 'pay_early',
  mode: 'auto',
  threshold: 0.8,
  explorationRate: 0.05,
  auditRate: 0.02,
  version: 3,
};

beforeEach(() => {
  mock.reset();
});

describe('route config store', () => {
  it('reads a config with a consistent read, so a writer plans from the latest version', async () => {
    mock.on(GetCommand).resolves({ Item: stored });
    const store = createRouteConfigStore({ client: documents, configTable: 'RouteConfig' });
    expect(await store.get('pay_early')).toEqual(stored);
    const [call] = mock.commandCalls(GetCommand);
    expect(call?.args[0].input).toEqual({
      TableName: 'RouteConfig',
      Key: { routeId: 'pay_early' },
      ConsistentRead: true,
    });
  });

  it('sends nothing to DynamoDB for the audit trail when built without an audit table', async () => {
    mock.on(PutCommand).resolves({});
    mock.on(QueryCommand).resolves({ Items: [] });
    const store = createRouteConfigStore({ client: documents, configTable: 'RouteConfig' });
    const at = '2026-03-01T00:00:00.000Z';
    const entry = {
      routeId: 'pay_early',
      changeId: `${at}#v00000001`,
      at,
      actor: 'retune',
      reason: 'test',
      before: { mode: 'shadow' as const, threshold: 0.9, version: 0 },
      after: { mode: 'auto' as const, threshold: 0.8, version: 1 },
    };
    await expect(store.appendAudit(entry)).rejects.toThrow(/without an audit table/);
    await expect(store.history('pay_early')).rejects.toThrow(/without an audit table/);
    expect(mock.calls()).toHaveLength(0);
  });

  it('lists and gets only routes, never the active scorer item kept in the same table', async () => {
    const scorerItem = {
      routeId: '#scorer',
      version: 'v1',
      trainedAt: '2026-11-02T03:00:00.000Z',
      examples: 300,
      routes: 12,
      activatedAt: '2026-11-02T03:01:00.000Z',
    };
    mock.on(ScanCommand).resolves({ Items: [stored, scorerItem] });
    mock.on(GetCommand).resolves({ Item: scorerItem });
    const store = createRouteConfigStore({ client: documents, configTable: 'RouteConfig' });
    expect(await store.list()).toEqual([stored]);
    expect(await store.get('#scorer')).toBeUndefined();
  });
});
