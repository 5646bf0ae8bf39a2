import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv, OutcomeEnvSchema, RetuneEnvSchema } from '../../../lib/config/env.schema.js';
import { loadTaxonomy } from '../../../lib/config/load-taxonomy.js';
import { buildQaAdjudicationItem } from '../../../lib/domain/outbound/build-outbound.js';
import { createOutcomeDeps, createRetuneDeps } from '../../../lib/wiring/feedback-deps.js';
import { SAMPLE } from '../../../tools/local/sample-data.js';

/** The feedback loop's wiring: validated config in, adapters pointed at the configured resources out. */

const QA_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/QaAudit';
const tables = {
  ROUTE_CONFIG_TABLE: 'route-config-t',
  ROUTE_AUDIT_TABLE: 'route-audit-t',
  OBSERVATIONS_TABLE: 'observations-t',
};
const outcomeEnv = (over: Record<string, string> = {}) =>
  loadEnv(OutcomeEnvSchema, {
    ...tables,
    TICKETS_TABLE: 'tickets-t',
    QUARANTINE_TABLE: 'quarantine-t',
    OUTCOMES_TABLE: 'outcomes-t',
    QA_QUEUE_URL: QA_URL,
    TAXONOMY_PATH: SAMPLE.taxonomy,
    ...over,
  });
const retuneEnv = (over: Record<string, string> = {}) =>
  loadEnv(RetuneEnvSchema, { ...tables, TAXONOMY_PATH: SAMPLE.taxonomy, ...over });

const dynamo = new DynamoDBClient({ region: 'us-east-1' });
const documents = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
afterEach(() => {
  documents.reset();
  sqs.reset();
});

describe('createRetuneDeps', () => {
  it('takes the retune settings from config, pricing a wrong auto-resolution at the break-even', () => {
    const deps = createRetuneDeps(retuneEnv({ TARGET_ERROR: '0.05', HUMAN_COST_PER_TICKET: '5' }), dynamo);
    expect(deps.settings).toEqual({
      targetError: 0.05,
      routeCap: 0.05,
      delta: 0.05,
      minSamples: 30,
      maxStepDown: 0.1,
      cost: { llmCostPerTicket: 0.0006, humanCostPerTicket: 5, wrongAutoCost: 100 },
    });
    expect(deps.sampling).toEqual({ explorationRate: 0.05, auditRate: 0.02 });
    expect(deps.windowDays).toBe(90);
    expect(deps.taxonomy).toEqual(loadTaxonomy(SAMPLE.taxonomy));
  });

  it('keeps a route cap above the target, and raises one below it to the target', () => {
    const cap = (over: Record<string, string>) => createRetuneDeps(retuneEnv(over), dynamo).settings.routeCap;
    expect(cap({ TARGET_ERROR: '0.02', ROUTE_CAP: '0.1' })).toBe(0.1);
    expect(cap({ TARGET_ERROR: '0.05', ROUTE_CAP: '0.03' })).toBe(0.05);
  });

  it('keeps a wrong-auto price that config sets, and the sampling rates it sets', () => {
    const deps = createRetuneDeps(
      retuneEnv({ WRONG_AUTO_COST: '40', EXPLORATION_RATE: '0.1', AUDIT_RATE: '0.5', WINDOW_DAYS: '30' }),
      dynamo,
    );
    expect(deps.settings.cost.wrongAutoCost).toBe(40);
    expect(deps.sampling).toEqual({ explorationRate: 0.1, auditRate: 0.5 });
    expect(deps.windowDays).toBe(30);
  });

  it('reads route configs from the configured table', async () => {
    documents.on(ScanCommand).resolves({ Items: [] });
    await createRetuneDeps(retuneEnv(), dynamo).configs.list();
    expect(documents.commandCalls(ScanCommand)[0]?.args[0].input.TableName).toBe('route-config-t');
  });
});

describe('createOutcomeDeps', () => {
  it('takes the circuit breaker settings from config', () => {
    const { deps } = createOutcomeDeps(
      outcomeEnv({ BREAKER_DELTA: '0.01', BREAKER_WINDOW_DAYS: '7', TARGET_ERROR: '0.03' }),
      dynamo,
      new SQSClient({ region: 'us-east-1' }),
    );
    expect(deps.breaker).toEqual({
      targetError: 0.03,
      delta: 0.01,
      reopenBaseline: 0.15,
      trippedExplorationRate: 0.2,
    });
    expect(deps.breakerWindowDays).toBe(7);
  });

  it('reads tickets from the configured tickets table', async () => {
    documents.on(GetCommand).resolves({ Item: { ticketId: 'T-1', status: 'DISPATCHED' } });
    const { deps } = createOutcomeDeps(outcomeEnv(), dynamo, new SQSClient({ region: 'us-east-1' }));
    expect(await deps.readTicket('T-1')).toMatchObject({ ticketId: 'T-1' });
    expect(documents.commandCalls(GetCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'tickets-t',
      Key: { ticketId: 'T-1' },
    });
  });

  it('sends adjudication requests to the QA queue as JSON', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolves({ Successful: [{ Id: '0', MessageId: 'x', MD5OfMessageBody: '' }] });
    const { deps } = createOutcomeDeps(outcomeEnv(), dynamo, new SQSClient({ region: 'us-east-1' }));
    const item = buildQaAdjudicationItem({
      adjudicationId: 'T-1#h',
      ticketId: 'T-1',
      modelRoute: 'order_status',
      confidence: 0.9,
      agentRoute: 'refund_status',
      redactedText: 'Where is it?',
      decidedAt: '2026-01-02T10:00:00.000Z',
      resolvedAt: '2026-01-02T11:00:00Z',
    });
    await deps.sendToQa(item);
    const input = sqs.commandCalls(SendMessageBatchCommand)[0]?.args[0].input;
    expect(input?.QueueUrl).toBe(QA_URL);
    expect(JSON.parse(input?.Entries?.[0]?.MessageBody ?? '')).toEqual(item);
  });
});
