import { Match } from 'aws-cdk-lib/assertions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { QueueKey, TableKey } from '../../infra/triage-data.js';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../lib/adapters/metrics/metric-names.js';
import { ClassifyEnvSchema, OutcomeEnvSchema, RetuneEnvSchema } from '../../lib/config/env.schema.js';
import { QUEUES, TABLES } from '../../lib/config/resources.js';
import {
  actionsOf,
  FUNCTION_KEYS,
  type FunctionKey,
  functionProperties,
  grantsAction,
  logicalId,
  referencedKey,
  resourcesOf,
  roleStatements,
  type Statement,
  type SynthesizedTriage,
  statementsOf,
  synthTriage,
  triageFunction,
} from './synth-triage.js';

const PROFILE = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const MODEL = 'anthropic.claude-haiku-4-5-20251001-v1:0';

const ENV_SCHEMAS: Record<FunctionKey, z.ZodObject<z.ZodRawShape>> = {
  classify: ClassifyEnvSchema,
  outcome: OutcomeEnvSchema,
  retune: RetuneEnvSchema,
};
/** Set by the function construct for Powertools and Node.js, not read through the schema. */
const RUNTIME_KEYS = ['POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_METRICS_NAMESPACE', 'NODE_OPTIONS'];

/** The DynamoDB calls each function's stores make (lib/adapters/dynamodb), per table. */
const TABLE_ACCESS: Record<FunctionKey, Partial<Record<TableKey, string[]>>> = {
  classify: {
    tickets: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
    quarantine: ['dynamodb:PutItem'],
    observations: ['dynamodb:PutItem'],
    routeConfig: ['dynamodb:GetItem', 'dynamodb:Scan'],
  },
  outcome: {
    tickets: ['dynamodb:GetItem'],
    outcomes: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    observations: ['dynamodb:PutItem', 'dynamodb:Query'],
    routeConfig: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    routeAudit: ['dynamodb:PutItem'],
    quarantine: ['dynamodb:PutItem'],
  },
  retune: {
    routeConfig: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Scan'],
    routeAudit: ['dynamodb:PutItem'],
    observations: ['dynamodb:Query'],
  },
};
const SENDS_TO: Record<FunctionKey, QueueKey[]> = {
  classify: ['human', 'qa', 'resolutions'],
  outcome: ['qa'],
  retune: [],
};
const CONSUMES: Record<FunctionKey, QueueKey[]> = { classify: ['ingest'], outcome: ['outcomes'], retune: [] };

const environmentOf = (triage: SynthesizedTriage, key: FunctionKey): Record<string, unknown> =>
  (functionProperties(triage, key).Environment as { Variables: Record<string, unknown> }).Variables;

const sourceQueues = (triage: SynthesizedTriage): Record<QueueKey, Queue> => {
  const { queues } = triage.stateful.data;
  return Object.fromEntries(Object.entries(queues).map(([k, q]) => [k, q.queue])) as Record<QueueKey, Queue>;
};

/** Table key -> sorted actions, from the role's DynamoDB statements; each names one table ARN. */
const tableAccessOf = (triage: SynthesizedTriage, statements: Statement[]) => {
  const access: Partial<Record<TableKey, string[]>> = {};
  for (const s of statements.filter(grantsAction('dynamodb:'))) {
    const resources = resourcesOf(s);
    expect(resources, JSON.stringify(s)).toHaveLength(1);
    const table = referencedKey(triage, resources[0], triage.stateful.data.tables, 'Arn');
    expect(table, JSON.stringify(resources[0])).toBeDefined();
    access[table!] = [...(access[table!] ?? []), ...actionsOf(s)].sort();
  }
  return access;
};

/** The queues a set of statements allows one SQS action on. */
const queuesWith = (triage: SynthesizedTriage, statements: Statement[], action: string): QueueKey[] =>
  statements
    .filter((s) => actionsOf(s).includes(action))
    .flatMap(resourcesOf)
    .map((r) => referencedKey(triage, r, sourceQueues(triage), 'Arn') ?? `unknown: ${JSON.stringify(r)}`)
    .sort() as QueueKey[];

describe('stateless stack: functions', () => {
  let triage: SynthesizedTriage;

  beforeAll(() => {
    triage = synthTriage();
  });

  it('runs classify, outcome and retune through the one function construct: Node.js 24, arm64, tracing, own log group', () => {
    // The webhook's function and its API's access log group: webhook.test.ts; the train function's: scorer.test.ts.
    triage.statelessTemplate.resourceCountIs('AWS::Lambda::Function', 5);
    triage.statelessTemplate.resourceCountIs('AWS::Logs::LogGroup', 6);
    for (const key of FUNCTION_KEYS) {
      expect(functionProperties(triage, key), key).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: {
          LogGroup: { Ref: logicalId(triage.stateless, triageFunction(triage, key).logGroup) },
        },
      });
    }
    expect(functionProperties(triage, 'classify')).toMatchObject({ Timeout: 204, MemorySize: 512 });
    triage.statelessTemplate.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('gives each function its own role without AWS managed policies', () => {
    triage.statelessTemplate.resourceCountIs('AWS::IAM::Role', 5);
    triage.statelessTemplate.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });

  it('sets every env key each function reads, valid under its schema, plus Powertools and no local-only key', () => {
    for (const key of FUNCTION_KEYS) {
      const variables = environmentOf(triage, key);
      expect(variables, key).toMatchObject({
        TAXONOMY_PATH: '/var/task/taxonomy.json',
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      });
      expect(variables).not.toHaveProperty('BEDROCK_ENDPOINT');
      // Deploy-time references (table names, queue URLs) stand in as valid literals.
      const env = Object.fromEntries(
        Object.entries(variables)
          .filter(([k]) => !RUNTIME_KEYS.includes(k))
          .map(([k, v]) => [
            k,
            typeof v === 'string'
              ? v
              : k.endsWith('_URL')
                ? 'https://sqs.eu-west-1.amazonaws.com/1/q'
                : 'table',
          ]),
      );
      const parsed = ENV_SCHEMAS[key].strict().safeParse(env);
      expect(parsed.error?.issues ?? [], key).toEqual([]);
    }
  });

  it('passes every table name and queue URL as a reference to its stateful resource', () => {
    const tableOf = new Map(Object.entries(TABLES).map(([k, spec]) => [spec.envKey as string, k]));
    const queueOf = new Map(Object.entries(QUEUES).map(([k, spec]) => [spec.envKey as string, k]));
    for (const key of FUNCTION_KEYS) {
      const references = Object.entries(environmentOf(triage, key)).filter(([, v]) => typeof v !== 'string');
      expect(references.length, key).toBeGreaterThan(0);
      for (const [envKey, value] of references) {
        const target = tableOf.has(envKey)
          ? referencedKey(triage, value, triage.stateful.data.tables, 'Ref')
          : referencedKey(triage, value, sourceQueues(triage), 'Ref');
        expect(target, `${key} ${envKey}`).toBe(tableOf.get(envKey) ?? queueOf.get(envKey));
      }
    }
  });

  it('passes the model, batching and sampling settings from config to classify', () => {
    expect(environmentOf(triage, 'classify')).toMatchObject({
      MODEL_ID: PROFILE,
      BEDROCK_REGION: 'us-east-1',
      RECORD_CONCURRENCY: '5',
      MODEL_TIMEOUT_MS: '20000',
      ROUTE_CONFIG_CACHE_SECONDS: '60',
      ACCEPT_HISTORY: 'true',
      EXPLORATION_RATE: '0.05',
      AUDIT_RATE: '0.02',
    });
  });

  it('passes the targets, costs and window from config to retune, and keeps observations as long as the window', () => {
    expect(environmentOf(triage, 'retune')).toMatchObject({
      TARGET_ERROR: '0.02',
      HUMAN_COST_PER_TICKET: '4',
      WRONG_AUTO_COST: '200',
      EXPLORATION_RATE: '0.05',
      AUDIT_RATE: '0.02',
      MIN_SAMPLES: '30',
      MAX_STEP_DOWN: '0.1',
      WINDOW_DAYS: '90',
      DRY_RUN: 'false',
    });
    expect(environmentOf(triage, 'outcome')).toMatchObject({
      OBSERVATION_RETENTION_DAYS: '90',
      TICKET_RETENTION_DAYS: '90',
    });
  });

  it('reports partial batch failures from the ingest queue, with batching from config', () => {
    triage.statelessTemplate.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
    triage.statelessTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(triage.stateless, triage.stateless.classify.fn.function) },
      EventSourceArn: Match.objectLike({
        'Fn::GetStackOutput': Match.objectLike({
          OutputName: Match.stringLikeRegexp(
            logicalId(triage.stateful, triage.stateful.data.queues.ingest.queue),
          ),
        }),
      }),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 2,
      ScalingConfig: { MaximumConcurrency: 2 },
    });
  });

  it('feeds the outcome function from the outcomes queue, reporting partial batch failures', () => {
    triage.statelessTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(triage.stateless, triage.stateless.outcome.fn.function) },
      EventSourceArn: Match.objectLike({
        'Fn::GetStackOutput': Match.objectLike({
          OutputName: Match.stringLikeRegexp(
            `FnGetAtt${logicalId(triage.stateful, triage.stateful.data.queues.outcomes.queue)}Arn`,
          ),
        }),
      }),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: Match.anyValue() },
    });
  });

  it('runs the retune on the retuneSchedule with an empty event, invokable only by that rule', () => {
    const fnId = logicalId(triage.stateless, triage.stateless.retune.fn.function);
    const ruleId = logicalId(triage.stateless, triage.stateless.retune.schedule);
    // The other rule is the train function's schedule (scorer.test.ts).
    triage.statelessTemplate.resourceCountIs('AWS::Events::Rule', 2);
    triage.statelessTemplate.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 hour)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [fnId, 'Arn'] }, Input: '{}' })],
    });
    const permissions = Object.values(
      triage.statelessTemplate.findResources('AWS::Lambda::Permission'),
    ).filter(
      (p) => JSON.stringify(p.Properties.FunctionName) === JSON.stringify({ 'Fn::GetAtt': [fnId, 'Arn'] }),
    );
    expect(permissions).toHaveLength(1);
    triage.statelessTemplate.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [ruleId, 'Arn'] },
    });
  });

  it('takes the schedule, dry run, sampling rates and window from config', () => {
    const tuned = synthTriage({
      retuneSchedule: 'cron(0 3 * * ? *)',
      retuneDryRun: 'true',
      explorationRate: '0.1',
      auditRate: '0.05',
      windowDays: '30',
      maxConcurrency: '7',
      batchSize: '5',
      maxBatchingWindowSeconds: '0',
      acceptHistory: 'false',
    });
    expect(environmentOf(tuned, 'classify')).toMatchObject({ ACCEPT_HISTORY: 'false' });
    tuned.statelessTemplate.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 3 * * ? *)',
    });
    const sampling = { EXPLORATION_RATE: '0.1', AUDIT_RATE: '0.05' };
    expect(environmentOf(tuned, 'classify')).toMatchObject(sampling);
    expect(environmentOf(tuned, 'retune')).toMatchObject({ ...sampling, DRY_RUN: 'true', WINDOW_DAYS: '30' });
    expect(environmentOf(tuned, 'outcome')).toMatchObject({ OBSERVATION_RETENTION_DAYS: '30' });
    tuned.statelessTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(tuned.stateless, tuned.stateless.classify.fn.function) },
      BatchSize: 5,
      MaximumBatchingWindowInSeconds: Match.absent(),
      ScalingConfig: { MaximumConcurrency: 7 },
    });
  });
});

describe('stateless stack: least-privilege IAM', () => {
  let triage: SynthesizedTriage;
  let byFunction: Record<FunctionKey, Statement[]>;

  beforeAll(() => {
    triage = synthTriage();
    byFunction = Object.fromEntries(FUNCTION_KEYS.map((k) => [k, statementsOf(triage, k)])) as Record<
      FunctionKey,
      Statement[]
    >;
  });

  it('attaches every statement of the stack to one of the function roles', () => {
    const webhook = roleStatements(triage, triage.stateless.webhook?.fn.role);
    const train = roleStatements(triage, triage.stateless.train.fn.role);
    expect(webhook.length).toBeGreaterThan(0);
    expect(train.length).toBeGreaterThan(0);
    expect([...FUNCTION_KEYS.flatMap((k) => byFunction[k]), ...webhook, ...train]).toHaveLength(
      statementsOf(triage).length,
    );
  });

  it.each(FUNCTION_KEYS)(
    'grants %s exactly the DynamoDB actions its stores call, on exactly those tables',
    (key) => {
      expect(tableAccessOf(triage, byFunction[key])).toEqual(TABLE_ACCESS[key]);
    },
  );

  it.each(FUNCTION_KEYS)('lets %s send only to the queues it writes to', (key) => {
    expect(queuesWith(triage, byFunction[key], 'sqs:SendMessage')).toEqual(SENDS_TO[key]);
  });

  it.each(FUNCTION_KEYS)('lets %s receive only from the queue that feeds it', (key) => {
    expect(queuesWith(triage, byFunction[key], 'sqs:ReceiveMessage')).toEqual(CONSUMES[key]);
    const sqsActions = byFunction[key].filter(grantsAction('sqs:')).flatMap(actionsOf);
    expect(
      sqsActions.every((a) =>
        [
          'sqs:SendMessage',
          'sqs:ReceiveMessage',
          'sqs:DeleteMessage',
          'sqs:ChangeMessageVisibility',
          'sqs:GetQueueAttributes',
          'sqs:GetQueueUrl',
        ].includes(a),
      ),
    ).toBe(true);
  });

  it('grants no data-plane action (DynamoDB, SQS, KMS, Bedrock) on "*" or a wildcard ARN', () => {
    const dataPlane = statementsOf(triage).filter(
      (s) =>
        grantsAction('bedrock:')(s) ||
        grantsAction('sqs:')(s) ||
        grantsAction('dynamodb:')(s) ||
        grantsAction('kms:')(s),
    );
    expect(dataPlane.length).toBeGreaterThan(0);
    for (const s of dataPlane) {
      for (const resource of resourcesOf(s)) {
        expect(resource).not.toBe('*');
        if (typeof resource === 'string') expect(resource).not.toMatch(/\*/);
      }
      expect(actionsOf(s).every((a) => !a.includes('*'))).toBe(true);
    }
  });

  it('grants "*" to the X-Ray trace writes only', () => {
    for (const key of FUNCTION_KEYS) {
      const wildcard = byFunction[key].filter((s) => resourcesOf(s).includes('*'));
      expect(wildcard.flatMap(actionsOf).sort(), key).toEqual([
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ]);
    }
  });

  it('lets functions use the data key only through the services they call', () => {
    const viaServices = (key: FunctionKey) =>
      byFunction[key]
        .filter((s) => actionsOf(s).includes('kms:Encrypt'))
        .map((s) => s.Condition?.StringEquals?.['kms:ViaService']);
    // S3 uses the key for the scorer bucket's objects (examples/, scorers/).
    expect(viaServices('classify')).toEqual([
      ['dynamodb.eu-west-1.amazonaws.com', 'sqs.eu-west-1.amazonaws.com', 's3.eu-west-1.amazonaws.com'],
    ]);
    expect(viaServices('outcome')).toEqual([
      ['dynamodb.eu-west-1.amazonaws.com', 'sqs.eu-west-1.amazonaws.com', 's3.eu-west-1.amazonaws.com'],
    ]);
    expect(viaServices('retune')).toEqual([
      ['dynamodb.eu-west-1.amazonaws.com', 's3.eu-west-1.amazonaws.com'],
    ]);
  });

  it('allows bedrock:InvokeModel to classify only, on the inference profile and the models it routes to', () => {
    expect(byFunction.outcome.filter(grantsAction('bedrock:'))).toEqual([]);
    expect(byFunction.retune.filter(grantsAction('bedrock:'))).toEqual([]);
    const bedrock = byFunction.classify.filter(grantsAction('bedrock:'));
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
});
