import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCORER_EXPIRY_DAYS } from '../../infra/scorer-bucket.js';
import { schedulePeriodHours } from '../../infra/train-service.js';
import { METRIC } from '../../lib/adapters/metrics/metric-names.js';
import { TrainEnvSchema } from '../../lib/config/env.schema.js';
import {
  actionsOf,
  logicalId,
  referencedKey,
  resourcesOf,
  roleStatements,
  type Statement,
  type SynthesizedTriage,
  synthTriage,
} from './synth-triage.js';

/** The route scorer's bucket (stateful stack), its train function, grants, schedule, alarms and dashboard. */

const BUCKET = 'tickettriage-scorer-123456789012-eu-west-1';
const OBJECTS = (prefix: string) => `arn:aws:s3:::${BUCKET}/${prefix}/*`;

type Resource = { Properties: Record<string, unknown> };

const onlyResource = (resources: Record<string, Resource>): Resource => {
  const all = Object.values(resources);
  expect(all).toHaveLength(1);
  return all[0] as Resource;
};

/** Action -> object ARNs (or the bucket) a role's S3 statements allow. */
const s3Access = (statements: Statement[]): Record<string, string[]> => {
  const access: Record<string, string[]> = {};
  for (const s of statements.filter((st) => actionsOf(st).some((a) => a.startsWith('s3:')))) {
    for (const action of actionsOf(s)) {
      access[action] = [...(access[action] ?? []), ...(resourcesOf(s) as string[])].sort();
    }
  }
  return access;
};

describe('route scorer infrastructure', () => {
  let triage: SynthesizedTriage;
  /** One more synth, with every scorer setting changed (each synth takes seconds). */
  let tuned: SynthesizedTriage;

  beforeAll(() => {
    triage = synthTriage();
    tuned = synthTriage({
      ticketRetentionDays: '30',
      trainSchedule: 'rate(6 hours)',
      scorerRetrainAfterHours: '48',
      scorerRetrainGrowth: '0.25',
    });
  });

  it('keeps the scorer bucket private, TLS-only, unversioned and encrypted with the data key', () => {
    const bucket = onlyResource(triage.statefulTemplate.findResources('AWS::S3::Bucket') as never);
    const keyId = logicalId(triage.stateful, triage.stateful.data.key);
    expect(bucket.Properties).toMatchObject({
      BucketName: BUCKET,
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] },
            },
          },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    expect(bucket.Properties.VersioningConfiguration).toBeUndefined();
    triage.statefulTemplate.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('expires examples after ticketRetentionDays and scorer versions after 90 days', () => {
    const rulesOf = (t: SynthesizedTriage) =>
      (
        onlyResource(t.statefulTemplate.findResources('AWS::S3::Bucket') as never).Properties
          .LifecycleConfiguration as {
          Rules: { Prefix?: string; ExpirationInDays?: number }[];
        }
      ).Rules;
    expect(rulesOf(triage)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Prefix: 'examples/', ExpirationInDays: 90 }),
        expect.objectContaining({ Prefix: 'scorers/', ExpirationInDays: SCORER_EXPIRY_DAYS }),
      ]),
    );
    expect(rulesOf(tuned)).toEqual(
      expect.arrayContaining([expect.objectContaining({ Prefix: 'examples/', ExpirationInDays: 30 })]),
    );
  });

  it('runs training on arm64 Node.js 24 with a whole vCPU, 10 minutes and a valid environment', () => {
    const fnId = logicalId(triage.stateless, triage.stateless.train.fn.function);
    const fn = triage.statelessTemplate.findResources('AWS::Lambda::Function')[fnId] as Resource;
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Timeout: 600,
    });
    expect(fn.Properties.MemorySize as number).toBeGreaterThanOrEqual(1769);
    const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables).toMatchObject({
      SCORER_BUCKET: expect.anything(),
      MIN_EXAMPLES: '200',
      RETRAIN_GROWTH: '0.1',
      RETRAIN_AFTER_HOURS: '24',
      NEED_FLAG_BUDGET: '0.01',
    });
    const tunedFn = tuned.statelessTemplate.findResources('AWS::Lambda::Function')[
      logicalId(tuned.stateless, tuned.stateless.train.fn.function)
    ] as Resource;
    expect((tunedFn.Properties.Environment as { Variables: unknown }).Variables).toMatchObject({
      RETRAIN_GROWTH: '0.25',
      RETRAIN_AFTER_HOURS: '48',
    });
    expect(referencedKey(triage, variables.ROUTE_CONFIG_TABLE, triage.stateful.data.tables, 'Ref')).toBe(
      'routeConfig',
    );
    const keys = Object.keys(variables).filter((k) => !k.startsWith('POWERTOOLS_') && k !== 'NODE_OPTIONS');
    expect(keys.every((k) => k in TrainEnvSchema.shape)).toBe(true);
  });

  it('checks hourly by default, on the trainSchedule given, with an event that asks for the retrain rule', () => {
    const fnId = logicalId(triage.stateless, triage.stateless.train.fn.function);
    const ruleOf = (t: SynthesizedTriage) =>
      t.statelessTemplate.findResources('AWS::Events::Rule')[
        logicalId(t.stateless, t.stateless.train.schedule)
      ] as Resource;
    expect(ruleOf(triage).Properties).toMatchObject({
      ScheduleExpression: 'rate(1 hour)',
      Targets: [
        expect.objectContaining({ Arn: { 'Fn::GetAtt': [fnId, 'Arn'] }, Input: '{"trigger":"schedule"}' }),
      ],
    });
    expect(ruleOf(tuned).Properties.ScheduleExpression).toBe('rate(6 hours)');
  });

  it('lets training list and read examples, read and write scorer versions, and move only the scorer pointer', () => {
    const statements = roleStatements(triage, triage.stateless.train.fn.role);
    expect(s3Access(statements)).toEqual({
      's3:GetObject': [OBJECTS('examples'), OBJECTS('scorers')].sort(),
      's3:ListBucket': [`arn:aws:s3:::${BUCKET}`],
      's3:PutObject': [OBJECTS('scorers')],
    });
    const list = statements.find((s) => actionsOf(s).includes('s3:ListBucket'));
    expect(list?.Condition).toEqual({ StringLike: { 's3:prefix': ['examples/*'] } });
    const dynamo = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect(actionsOf(dynamo[0] as Statement)).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
    expect(
      referencedKey(triage, resourcesOf(dynamo[0] as Statement)[0], triage.stateful.data.tables, 'Arn'),
    ).toBe('routeConfig');
    expect(dynamo[0]?.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['#scorer'] },
    });
  });

  it('lets classify read scorer versions and write examples, the outcome function write examples, and the retune read scorer versions', () => {
    expect(s3Access(roleStatements(triage, triage.stateless.classify.fn.role))).toEqual({
      's3:GetObject': [OBJECTS('scorers')],
      's3:PutObject': [OBJECTS('examples')],
    });
    expect(s3Access(roleStatements(triage, triage.stateless.outcome.fn.role))).toEqual({
      's3:PutObject': [OBJECTS('examples')],
    });
    expect(s3Access(roleStatements(triage, triage.stateless.retune.fn.role))).toEqual({
      's3:GetObject': [OBJECTS('scorers')],
    });
  });

  it('alarms on a failed run and on an active scorer older than its retrain age and three schedule periods', () => {
    const alarms = triage.stateless.alarms.alarms;
    const metricOf = (id: string) =>
      (
        triage.statelessTemplate.findResources('AWS::CloudWatch::Alarm')[
          logicalId(triage.stateless, alarms[id] as never)
        ] as Resource
      ).Properties;
    expect(metricOf('ScorerTrainingFailed')).toMatchObject({
      MetricName: METRIC.scorerTrainingFailed,
      Threshold: 0,
    });
    expect(metricOf('ScorerStale')).toMatchObject({
      MetricName: METRIC.scorerAgeHours,
      Statistic: 'Maximum',
      Threshold: 27,
    });
    const stale = tuned.statelessTemplate.findResources('AWS::CloudWatch::Alarm')[
      logicalId(tuned.stateless, tuned.stateless.alarms.alarms.ScorerStale as never)
    ] as Resource;
    expect(stale.Properties.Threshold).toBe(48 + 18);
  });

  it('takes a schedule period from rate(...) and a day for cron(...)', () => {
    expect(schedulePeriodHours('rate(1 day)')).toBe(24);
    expect(schedulePeriodHours('rate(2 days)')).toBe(48);
    expect(schedulePeriodHours('rate(6 hours)')).toBe(6);
    expect(schedulePeriodHours('rate(30 minutes)')).toBe(0.5);
    expect(schedulePeriodHours('cron(0 3 * * ? *)')).toBe(24);
  });

  it('graphs the active scorer age, the examples and the training runs on the dashboard', () => {
    const body = JSON.stringify(triage.statelessTemplate.findResources('AWS::CloudWatch::Dashboard'));
    for (const metric of [
      METRIC.scorerAgeHours,
      METRIC.scorerExamples,
      METRIC.scorerTrained,
      METRIC.scorerTrainingFailed,
    ]) {
      expect(body).toContain(`\\"${metric}\\"`);
    }
  });
});
