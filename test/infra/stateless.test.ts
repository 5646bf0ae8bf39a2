import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClassifyEnvSchema } from '../../lib/config/env.schema.js';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../lib/observability/metric-names.js';
import { logicalId, type SynthesizedTriage, synthTriage } from './synth-triage.js';

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
}

const PROFILE = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const MODEL = 'anthropic.claude-haiku-4-5-20251001-v1:0';

const statementsOf = (triage: SynthesizedTriage): Statement[] =>
  Object.values(triage.statelessTemplate.findResources('AWS::IAM::Policy')).flatMap(
    (p) => p.Properties.PolicyDocument.Statement as Statement[],
  );
const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const resourcesOf = (s: Statement): unknown[] => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]);
const grantsAction = (prefix: string) => (s: Statement) => actionsOf(s).some((a) => a.startsWith(prefix));

describe('stateless stack: classify function', () => {
  let triage: SynthesizedTriage;
  let statements: Statement[];

  beforeAll(() => {
    triage = synthTriage();
    statements = statementsOf(triage);
  });

  it('runs on Node.js 24 on arm64 with active tracing and its own log group', () => {
    triage.statelessTemplate.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
      Timeout: 60,
      MemorySize: 512,
      LoggingConfig: { LogGroup: { Ref: Match.anyValue() } },
    });
    triage.statelessTemplate.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('reports partial batch failures from the ingest queue, with batching from config', () => {
    triage.statelessTemplate.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    triage.statelessTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 2,
      ScalingConfig: { MaximumConcurrency: 2 },
    });
  });

  it('caps event source concurrency at the configured maxConcurrency', () => {
    const tuned = synthTriage({ maxConcurrency: '7', batchSize: '5', maxBatchingWindowSeconds: '0' });
    tuned.statelessTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 5,
      MaximumBatchingWindowInSeconds: Match.absent(),
      ScalingConfig: { MaximumConcurrency: 7 },
    });
  });

  it('sets every env key the function reads, plus the Powertools settings, and no local-only key', () => {
    const fn = Object.values(triage.statelessTemplate.findResources('AWS::Lambda::Function'))[0];
    const variables = fn?.Properties.Environment.Variables as Record<string, unknown>;
    const required = Object.keys(ClassifyEnvSchema.shape).filter((k) => k !== 'BEDROCK_ENDPOINT');
    expect(Object.keys(variables)).toEqual(expect.arrayContaining(required));
    expect(variables).toMatchObject({
      MODEL_ID: PROFILE,
      BEDROCK_REGION: 'us-east-1',
      TAXONOMY_PATH: '/var/task/taxonomy.json',
      POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
    });
    expect(variables).not.toHaveProperty('BEDROCK_ENDPOINT');
  });

  it('grants no bedrock, sqs or dynamodb action on "*"', () => {
    const scoped = statements.filter(
      (s) => grantsAction('bedrock:')(s) || grantsAction('sqs:')(s) || grantsAction('dynamodb:')(s),
    );
    expect(scoped.length).toBeGreaterThan(0);
    for (const s of scoped) {
      for (const resource of resourcesOf(s)) {
        expect(resource).not.toBe('*');
        if (typeof resource === 'string') expect(resource).not.toMatch(/\*/);
      }
    }
  });

  it('grants "*" to the X-Ray trace writes only', () => {
    const wildcard = statements.filter((s) => resourcesOf(s).includes('*'));
    expect(wildcard.flatMap(actionsOf).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
  });

  it('allows bedrock:InvokeModel only on the inference profile and the models it routes to', () => {
    const bedrock = statements.filter(grantsAction('bedrock:'));
    expect(bedrock.flatMap(actionsOf)).toEqual(['bedrock:InvokeModel']);
    expect(bedrock.flatMap(resourcesOf).sort()).toEqual([
      `arn:aws:bedrock:us-east-1:123456789012:inference-profile/${PROFILE}`,
      `arn:aws:bedrock:us-east-1::foundation-model/${MODEL}`,
      `arn:aws:bedrock:us-east-2::foundation-model/${MODEL}`,
      `arn:aws:bedrock:us-west-2::foundation-model/${MODEL}`,
    ]);
  });

  it('allows only the foundation model in the Bedrock region when modelId is not a profile', () => {
    const direct = synthTriage({
      modelId: 'amazon.nova-lite-v1:0',
      modelRegions: 'eu-west-1',
      bedrockRegion: 'eu-west-1',
    });
    const bedrock = statementsOf(direct).filter(grantsAction('bedrock:'));
    expect(bedrock.flatMap(resourcesOf)).toEqual([
      'arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-lite-v1:0',
    ]);
  });

  it('sends messages only to the resolutions and human queues', () => {
    const send = statements.filter((s) => actionsOf(s).includes('sqs:SendMessage'));
    expect(send).toHaveLength(1);
    const { queues } = triage.stateful.data;
    const targets = resourcesOf(send[0]!).map((r) => JSON.stringify(r));
    expect(targets).toHaveLength(2);
    for (const queue of [queues.resolutions.queue, queues.human.queue]) {
      expect(targets.some((t) => t.includes(`${logicalId(triage.stateful, queue)}Arn`))).toBe(true);
    }
  });

  it('limits DynamoDB access to item reads and writes on the two tables', () => {
    const dynamo = statements.filter(grantsAction('dynamodb:'));
    expect(new Set(dynamo.flatMap(actionsOf))).toEqual(
      new Set(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    const { tickets, quarantine } = triage.stateful.data.tables;
    const ids = [tickets, quarantine].map((t) => `${logicalId(triage.stateful, t)}Arn`);
    const targets = dynamo.flatMap(resourcesOf).map((r) => JSON.stringify(r));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => ids.some((id) => t.includes(id)))).toBe(true);
  });

  it('uses its own role without AWS managed policies', () => {
    triage.statelessTemplate.resourceCountIs('AWS::IAM::Role', 1);
    triage.statelessTemplate.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });
});
