import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_RECEIVE_COUNT } from '../../infra/queue-with-dlq.js';
import type { QueueKey, TableKey } from '../../infra/triage-data.js';
import { MAX_MESSAGE_BYTES, QUEUES, TABLES, type TableSpec } from '../../lib/config/resources.js';
import { functionProperties, logicalId, type SynthesizedTriage, synthTriage } from './synth-triage.js';

type Resources = Record<
  string,
  { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string }
>;

const FOURTEEN_DAYS = 14 * 24 * 3600;

describe('stateful stack', () => {
  let triage: SynthesizedTriage;
  let queues: Resources;

  beforeAll(() => {
    triage = synthTriage();
    queues = triage.statefulTemplate.findResources('AWS::SQS::Queue') as Resources;
  });

  it('creates the ingest, resolutions, human, QA and outcomes queues, each with a DLQ', () => {
    expect(Object.keys(triage.stateful.data.queues).sort()).toEqual(
      ['human', 'ingest', 'outcomes', 'qa', 'resolutions'].sort(),
    );
  });

  it('gives every queue a DLQ with maxReceiveCount ≥ 5', () => {
    for (const key of Object.keys(QUEUES) as QueueKey[]) {
      const { queue, deadLetterQueue } = triage.stateful.data.queues[key];
      const source = queues[logicalId(triage.stateful, queue)];
      const redrive = source?.Properties.RedrivePolicy as {
        maxReceiveCount: number;
        deadLetterTargetArn: unknown;
      };
      expect(redrive.maxReceiveCount).toBe(QUEUES[key].maxReceiveCount);
      expect(redrive.maxReceiveCount).toBeGreaterThanOrEqual(MIN_RECEIVE_COUNT);
      expect(redrive.deadLetterTargetArn).toEqual({
        'Fn::GetAtt': [logicalId(triage.stateful, deadLetterQueue), 'Arn'],
      });
    }
    const sources = Object.values(queues).filter((q) => q.Properties.RedrivePolicy);
    expect(sources).toHaveLength(Object.keys(QUEUES).length);
  });

  it('keeps dead letters for 14 days, longer than the source queues keep messages', () => {
    for (const { queue, deadLetterQueue } of Object.values(triage.stateful.data.queues)) {
      const dlq = queues[logicalId(triage.stateful, deadLetterQueue)];
      const source = queues[logicalId(triage.stateful, queue)];
      expect(dlq?.Properties.MessageRetentionPeriod).toBe(FOURTEEN_DAYS);
      expect(source?.Properties.MessageRetentionPeriod as number).toBeLessThan(FOURTEEN_DAYS);
    }
  });

  it('encrypts every queue with the customer-managed key and sets the maximum message size', () => {
    const keyId = logicalId(triage.stateful, triage.stateful.data.key);
    expect(Object.keys(queues)).toHaveLength(2 * Object.keys(QUEUES).length);
    for (const queue of Object.values(queues)) {
      expect(queue.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
      expect(queue.Properties.MaximumMessageSize).toBe(MAX_MESSAGE_BYTES);
    }
  });

  it('denies non-TLS access to every queue', () => {
    const policies = Object.values(triage.statefulTemplate.findResources('AWS::SQS::QueuePolicy'));
    const covered = policies
      .filter((p) => JSON.stringify(p.Properties.PolicyDocument).includes('"aws:SecureTransport":"false"'))
      .flatMap((p) => p.Properties.Queues as { Ref: string }[])
      .map((q) => q.Ref);
    expect(new Set(covered)).toEqual(new Set(Object.keys(queues)));
  });

  it('sets the visibility timeout of each consumed queue to at least 6x its function timeout', () => {
    const consumers: [QueueKey, 'classify' | 'outcome'][] = [
      ['ingest', 'classify'],
      ['outcomes', 'outcome'],
    ];
    for (const [queueKey, fnKey] of consumers) {
      const source = queues[logicalId(triage.stateful, triage.stateful.data.queues[queueKey].queue)];
      const timeout = functionProperties(triage, fnKey).Timeout as number;
      expect(source?.Properties.VisibilityTimeout as number, queueKey).toBeGreaterThanOrEqual(6 * timeout);
    }
  });

  it('keeps the 6x visibility rule when the function timeout is configured', () => {
    const longer = synthTriage({ functionTimeoutSeconds: '300' });
    const ingest =
      longer.statefulTemplate.findResources('AWS::SQS::Queue')[
        logicalId(longer.stateful, longer.stateful.data.queues.ingest.queue)
      ];
    expect(functionProperties(longer, 'classify').Timeout).toBe(300);
    expect(ingest?.Properties.VisibilityTimeout as number).toBeGreaterThanOrEqual(6 * 300);
  });

  it('derives the classify timeout and the ingest visibility from the time budget when unset', () => {
    // Two waves of model turns (2 calls x 2 attempts x 20 s) plus claims and writes: 204 s.
    expect(functionProperties(triage, 'classify').Timeout).toBe(204);
    const ingest = queues[logicalId(triage.stateful, triage.stateful.data.queues.ingest.queue)];
    expect(ingest?.Properties.VisibilityTimeout).toBe(6 * 204 + 2);
    const faster = synthTriage({ modelTimeoutMs: '5000', recordConcurrency: '10' });
    expect(functionProperties(faster, 'classify').Timeout).toBe(
      faster.config.classifyBudget.minFunctionTimeoutSeconds,
    );
    expect(functionProperties(faster, 'classify').Timeout as number).toBeLessThan(204);
  });

  it('gives the human queue a visibility timeout for the helpdesk handoff, not the 30 s default', () => {
    const humanOf = (t: SynthesizedTriage) =>
      t.statefulTemplate.findResources('AWS::SQS::Queue')[
        logicalId(t.stateful, t.stateful.data.queues.human.queue)
      ];
    expect(humanOf(triage)?.Properties.VisibilityTimeout).toBe(300);
    expect(humanOf(synthTriage({ humanQueueVisibilitySeconds: '900' }))?.Properties.VisibilityTimeout).toBe(
      900,
    );
  });

  it('creates one table per TABLES entry with its key schema: on demand, PITR, KMS encryption, TTL where specified', () => {
    const keyId = logicalId(triage.stateful, triage.stateful.data.key);
    const tables = triage.statefulTemplate.findResources('AWS::DynamoDB::Table');
    expect(Object.keys(tables)).toHaveLength(Object.keys(TABLES).length);
    for (const key of Object.keys(TABLES) as TableKey[]) {
      const spec: TableSpec = TABLES[key];
      const table = tables[logicalId(triage.stateful, triage.stateful.data.tables[key])];
      expect(table?.Properties, key).toMatchObject({
        KeySchema: [
          { AttributeName: spec.partitionKey, KeyType: 'HASH' },
          ...(spec.sortKey ? [{ AttributeName: spec.sortKey, KeyType: 'RANGE' }] : []),
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: {
          SSEEnabled: true,
          SSEType: 'KMS',
          KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
        },
      });
      expect(table?.Properties.TimeToLiveSpecification, key).toEqual(
        spec.ttlAttribute ? { AttributeName: spec.ttlAttribute, Enabled: true } : undefined,
      );
    }
  });

  it('expires outcomes and observations by TTL, and never expires route configs or their audit trail', () => {
    const ttlOf = (key: TableKey) =>
      triage.statefulTemplate.findResources('AWS::DynamoDB::Table')[
        logicalId(triage.stateful, triage.stateful.data.tables[key])
      ]?.Properties.TimeToLiveSpecification;
    expect(ttlOf('outcomes')).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    expect(ttlOf('observations')).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    expect(ttlOf('routeConfig')).toBeUndefined();
    expect(ttlOf('routeAudit')).toBeUndefined();
  });

  it('rotates the data key and lets CloudWatch alarms publish to the encrypted topic', () => {
    triage.statefulTemplate.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: Match.arrayWith(['kms:Decrypt']),
          }),
        ]),
      },
    });
  });

  it('retains tables, queues and the key by default, with table deletion protection', () => {
    for (const type of ['AWS::DynamoDB::Table', 'AWS::SQS::Queue', 'AWS::KMS::Key']) {
      for (const resource of Object.values(triage.statefulTemplate.findResources(type))) {
        expect(resource.DeletionPolicy).toBe('Retain');
      }
    }
    triage.statefulTemplate.allResourcesProperties('AWS::DynamoDB::Table', {
      DeletionProtectionEnabled: true,
    });
  });

  it('deletes tables, queues and the key when removalPolicy is destroy', () => {
    const disposable = synthTriage({ removalPolicy: 'destroy' });
    for (const type of ['AWS::DynamoDB::Table', 'AWS::SQS::Queue', 'AWS::KMS::Key', 'AWS::Logs::LogGroup']) {
      const template =
        type === 'AWS::Logs::LogGroup' ? disposable.statelessTemplate : disposable.statefulTemplate;
      for (const resource of Object.values(template.findResources(type))) {
        expect(resource.DeletionPolicy).toBe('Delete');
      }
    }
    disposable.statefulTemplate.allResourcesProperties('AWS::DynamoDB::Table', {
      DeletionProtectionEnabled: false,
    });
  });

  it('outputs each queue URL upstreams and agents use, the tickets and route tables and the data key', () => {
    const { queues: q, tables, key } = triage.stateful.data;
    const refs: [string, { node: { defaultChild?: unknown } }][] = [
      ['IngestQueueUrl', q.ingest.queue],
      ['ResolutionsQueueUrl', q.resolutions.queue],
      ['HumanQueueUrl', q.human.queue],
      ['QaQueueUrl', q.qa.queue],
      ['OutcomesQueueUrl', q.outcomes.queue],
      ['TicketsTableName', tables.tickets],
      ['RouteConfigTableName', tables.routeConfig],
      ['RouteAuditTableName', tables.routeAudit],
    ];
    for (const [name, construct] of refs) {
      triage.statefulTemplate.hasOutput(name, { Value: { Ref: logicalId(triage.stateful, construct) } });
    }
    triage.statefulTemplate.hasOutput('DataKeyArn', {
      Value: { 'Fn::GetAtt': [logicalId(triage.stateful, key), 'Arn'] },
    });
    triage.statefulTemplate.hasOutput('OutcomesQueueUrl', {
      Description: Match.stringLikeRegexp('docs/contracts.md "Outcomes"'),
    });
  });
});
