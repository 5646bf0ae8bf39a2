import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { SERVICE_DIMENSION } from '../../infra/triage-metrics.js';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../lib/adapters/metrics/metric-names.js';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { QUEUES } from '../../lib/config/resources.js';
import {
  FUNCTION_KEYS,
  logicalId,
  type SynthesizedTriage,
  synthTriage,
  triageFunction,
} from './synth-triage.js';

type Alarm = { Properties: Record<string, unknown> };

const GREATER = 'GreaterThanThreshold';

describe('stateless stack: alarms, dashboard and outputs', () => {
  let triage: SynthesizedTriage;
  let alarms: Alarm[];
  let topicId: string;

  const alarmsOn = (metricName: string, namespace: string) =>
    alarms.filter((a) => a.Properties.MetricName === metricName && a.Properties.Namespace === namespace);

  beforeAll(() => {
    triage = synthTriage();
    alarms = Object.values(triage.statelessTemplate.findResources('AWS::CloudWatch::Alarm')) as Alarm[];
    topicId = logicalId(triage.stateless, triage.stateless.alarms.topic);
  });

  it('alarms as soon as any DLQ holds a message, including the QA and outcomes DLQs', () => {
    const depth = alarmsOn('ApproximateNumberOfMessagesVisible', 'AWS/SQS');
    expect(depth).toHaveLength(Object.keys(QUEUES).length);
    for (const key of Object.keys(QUEUES) as (keyof typeof QUEUES)[]) {
      const dlqId = logicalId(triage.stateful, triage.stateful.data.queues[key].deadLetterQueue);
      const alarm = depth.find((a) => JSON.stringify(a.Properties.Dimensions).includes(`${dlqId}QueueName`));
      expect(alarm, `alarm on the ${key} DLQ`).toBeDefined();
      expect(alarm?.Properties).toMatchObject({
        Threshold: 0,
        ComparisonOperator: GREATER,
        EvaluationPeriods: 1,
      });
    }
  });

  it('alarms when a ticket waits for a human longer than humanQueueMaxAgeMinutes', () => {
    const humanId = logicalId(triage.stateful, triage.stateful.data.queues.human.queue);
    const age = alarmsOn('ApproximateAgeOfOldestMessage', 'AWS/SQS').find((a) =>
      JSON.stringify(a.Properties.Dimensions).includes(`${humanId}QueueName`),
    );
    expect(age?.Properties).toMatchObject({ Threshold: 3600, ComparisonOperator: GREATER });
    const tighter = synthTriage({ humanQueueMaxAgeMinutes: '15' });
    tighter.statelessTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage',
      Threshold: 900,
    });
  });

  it('alarms on quarantines, Bedrock throttling and record errors from the EMF totals', () => {
    const expected: [string, number][] = [
      [METRIC.quarantined, 10],
      [METRIC.bedrockThrottles, 0],
      [METRIC.classifyErrors, 0],
    ];
    for (const [metricName, threshold] of expected) {
      const [alarm, ...others] = alarmsOn(metricName, METRICS_NAMESPACE);
      expect(others).toHaveLength(0);
      expect(alarm?.Properties).toMatchObject({
        Threshold: threshold,
        ComparisonOperator: GREATER,
        Statistic: 'Sum',
        Dimensions: [{ Name: SERVICE_DIMENSION, Value: SERVICE_NAME }],
      });
    }
  });

  it('alarms on the first model access refusal, on its own metric', () => {
    const [alarm, ...others] = alarmsOn(METRIC.modelAccessDenied, METRICS_NAMESPACE);
    expect(others).toHaveLength(0);
    expect(alarm?.Properties).toMatchObject({
      Threshold: 0,
      ComparisonOperator: GREATER,
      EvaluationPeriods: 1,
      Period: 60,
      Statistic: 'Sum',
      Dimensions: [{ Name: SERVICE_DIMENSION, Value: SERVICE_NAME }],
    });
    expect(alarm?.Properties.AlarmDescription as string).toMatch(/model access/i);
  });

  it('keeps busy retries of in-batch duplicates out of every alarm', () => {
    expect(alarmsOn(METRIC.ticketBusyRetries, METRICS_NAMESPACE)).toHaveLength(0);
    const mathAlarms = alarms.filter((a) => a.Properties.Metrics !== undefined);
    expect(JSON.stringify(mathAlarms)).not.toContain(METRIC.ticketBusyRetries);
  });

  it('alarms when cache reads drop to zero while tickets keep being classified', () => {
    const alarm = triage.stateless.alarms.alarms.CacheReadsStopped;
    expect(alarm).toBeDefined();
    const [cache] = alarms.filter((a) =>
      JSON.stringify(a.Properties.Metrics ?? []).includes(METRIC.llmCacheReadTokens),
    );
    const metrics = cache?.Properties.Metrics as {
      Id: string;
      Expression?: string;
      MetricStat?: { Metric: { MetricName: string } };
    }[];
    expect(
      metrics
        .map((m) => m.MetricStat?.Metric.MetricName)
        .filter(Boolean)
        .sort(),
    ).toEqual([METRIC.llmCacheReadTokens, METRIC.ticketsClassified].sort());
    expect(metrics.find((m) => m.Expression)?.Expression).toMatch(/reads == 0/);
    expect(cache?.Properties).toMatchObject({
      Threshold: 0,
      ComparisonOperator: GREATER,
      EvaluationPeriods: 3,
    });
  });

  it('warns at synth, and leaves out the cache alarm, when the prompt is under the model cache minimum', () => {
    const small = synthTriage({ taxonomyFile: 'test/support/fixtures/small-taxonomy.json' });
    const warnings = small.stateless.node
      .findAll()
      .flatMap((c) => c.node.metadata)
      .filter((m) => m.type === 'aws:cdk:warning')
      .map((m) => String(m.data));
    expect(warnings.some((w) => /under the 4096-token cacheable minimum/.test(w))).toBe(true);
    expect(small.stateless.alarms.alarms.CacheReadsStopped).toBeUndefined();
    const defaults = triage.stateless.node.findAll().flatMap((c) => c.node.metadata);
    expect(defaults.filter((m) => /cacheable minimum/.test(String(m.data)))).toHaveLength(0);
  });

  it('alarms as soon as a route trips its quality circuit breaker, on the service-wide total', () => {
    const [alarm, ...others] = alarmsOn(METRIC.qualityBreaches, METRICS_NAMESPACE);
    expect(others).toHaveLength(0);
    expect(alarm?.Properties).toMatchObject({
      Threshold: 0,
      ComparisonOperator: GREATER,
      EvaluationPeriods: 1,
      Statistic: 'Sum',
      Dimensions: [{ Name: SERVICE_DIMENSION, Value: SERVICE_NAME }],
    });
    const description = alarm?.Properties.AlarmDescription as string;
    expect(description).toMatch(/audited or customer-reported quality fell past the floor/);
    expect(description).toMatch(/dropped to shadow mode/);
    expect(description).toMatch(/triage thresholds history ROUTE/);
  });

  it('alarms on errors of every function, and on classify throttles', () => {
    const errors = alarmsOn('Errors', 'AWS/Lambda');
    // Two more: the webhook function's (webhook.test.ts) and the train function's (scorer.test.ts).
    expect(errors).toHaveLength(FUNCTION_KEYS.length + 2);
    for (const key of FUNCTION_KEYS) {
      const fnRef = { Ref: logicalId(triage.stateless, triageFunction(triage, key).function) };
      const alarm = errors.find(
        (a) =>
          JSON.stringify(a.Properties.Dimensions) ===
          JSON.stringify([{ Name: 'FunctionName', Value: fnRef }]),
      );
      expect(alarm?.Properties, key).toMatchObject({
        Threshold: 0,
        ComparisonOperator: GREATER,
        Statistic: 'Sum',
      });
    }
    const [throttles] = alarmsOn('Throttles', 'AWS/Lambda');
    expect(throttles?.Properties).toMatchObject({
      Threshold: 0,
      Dimensions: [
        {
          Name: 'FunctionName',
          Value: { Ref: logicalId(triage.stateless, triage.stateless.classify.fn.function) },
        },
      ],
    });
  });

  it('sends every alarm, and its recovery, to the alarm topic', () => {
    expect(Object.keys(triage.stateless.alarms.alarms).sort()).toEqual(
      [
        ...Object.values(QUEUES).map((q) => `${q.id}DlqNotEmpty`),
        'HumanQueueAge',
        'IngestQueueAge',
        'Quarantined',
        'QualityBreaches',
        'ClassifyFunctionErrors',
        'ClassifyFunctionThrottles',
        'OutcomeFunctionErrors',
        'RetuneFunctionErrors',
        'TrainFunctionErrors',
        'ScorerTrainingFailed',
        'ScorerStale',
        'ClassifyRecordErrors',
        'BedrockThrottles',
        'ModelAccessDenied',
        'CacheReadsStopped',
        'WebhookServerErrors',
        'WebhookFunctionErrors',
      ].sort(),
    );
    expect(alarms).toHaveLength(Object.keys(triage.stateless.alarms.alarms).length);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties.OKActions).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
    }
  });

  it('encrypts the alarm topic with the data key and denies publishing without TLS', () => {
    triage.statelessTemplate.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: Match.objectLike({ 'Fn::GetStackOutput': Match.anyValue() }),
    });
    triage.statelessTemplate.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('lets CloudWatch alarms of this account publish to the alarm topic, whose policy replaces the default', () => {
    const policies = Object.values(triage.statelessTemplate.findResources('AWS::SNS::TopicPolicy'));
    expect(policies).toHaveLength(1);
    const document = policies[0]?.Properties.PolicyDocument as { Statement: Record<string, unknown>[] };
    const statements = document.Statement;
    const allow = statements.find(
      (s) =>
        s.Effect === 'Allow' &&
        JSON.stringify(s.Principal) === JSON.stringify({ Service: 'cloudwatch.amazonaws.com' }),
    );
    expect(allow, 'a statement allowing cloudwatch.amazonaws.com').toBeDefined();
    expect(allow?.Action).toBe('sns:Publish');
    expect(allow?.Resource).toEqual({ Ref: topicId });
    expect(allow?.Condition).toMatchObject({
      StringEquals: { 'aws:SourceAccount': '123456789012' },
      ArnLike: { 'aws:SourceArn': 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:*' },
    });
  });

  it('lets CloudWatch use the data key that encrypts the alarm topic', () => {
    triage.statefulTemplate.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: Match.arrayWith(['kms:Decrypt', 'kms:GenerateDataKey*']),
          }),
        ]),
      },
    });
  });

  it('subscribes the alarm email only when one is configured', () => {
    triage.statelessTemplate.resourceCountIs('AWS::SNS::Subscription', 0);
    const withEmail = synthTriage({ alarmEmail: 'oncall@example.com' });
    withEmail.statelessTemplate.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.com',
    });
  });

  it('builds a dashboard with queue, DLQ, feedback-loop and per-route widgets for every taxonomy route', () => {
    triage.statelessTemplate.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const [dashboard] = Object.values(triage.statelessTemplate.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const title of [
      'Dead-letter queues',
      'Queue depth',
      'Outcomes and quality breaches',
      'Retune runs',
      'Prompt cache',
      'Model access and busy retries',
    ]) {
      expect(body).toContain(title);
    }
    for (const metric of [
      'OutcomesRecorded',
      'DuplicateOutcomes',
      'ConflictingOutcomes',
      'UnmatchedOutcomes',
    ])
      expect(body).toContain(`\\"${metric}\\"`);
    const routes = loadTaxonomy(fromProjectRoot(triage.config.taxonomyFile)).routes;
    for (const route of routes) {
      for (const title of [
        'tickets',
        'confidence, threshold and LLM agreement',
        'error bound and precision',
        'LLM tokens and USD',
      ]) {
        expect(body).toContain(`${route.id}: ${title}`);
      }
    }
    for (const metricName of [
      METRIC.scorerScored,
      METRIC.modelsAgreed,
      METRIC.ticketsReceived,
      METRIC.autoResolved,
      METRIC.escalated,
      METRIC.llmCostUsd,
      METRIC.outcomesRecorded,
      METRIC.duplicateOutcomes,
      METRIC.qualityBreaches,
      METRIC.routeChanges,
      METRIC.configConflicts,
      METRIC.llmCacheReadTokens,
      METRIC.llmCacheWriteTokens,
      METRIC.ticketsClassified,
      METRIC.modelAccessDenied,
      METRIC.ticketBusyRetries,
    ]) {
      expect(body).toContain(metricName);
    }
  });

  it("graphs each route's threshold, automation, error bound and precision with its Route dimension", () => {
    const [dashboard] = Object.values(triage.statelessTemplate.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    const [route] = loadTaxonomy(fromProjectRoot(triage.config.taxonomyFile)).routes;
    for (const metricName of [
      METRIC.routeThreshold,
      METRIC.routeAutomated,
      METRIC.errorUpperBound,
      METRIC.estimatedPrecision,
      METRIC.qualityBreaches,
    ]) {
      // A dashboard metric is [namespace, name, dimension, value, ...], JSON inside the JSON body.
      expect(body).toContain(
        JSON.stringify(
          JSON.stringify([
            METRICS_NAMESPACE,
            metricName,
            'Route',
            route?.id,
            SERVICE_DIMENSION,
            SERVICE_NAME,
          ]),
        ).slice(2, -2),
      );
    }
    expect(body).toContain('target error');
    expect(body).toContain('route cap');
    expect(body).toContain('StreamErrorUpperBound');
  });

  it('outputs the dashboard URL, the alarm topic ARN and the retune function name', () => {
    triage.statelessTemplate.hasOutput('DashboardUrl', {
      Value: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('#dashboards/dashboard/')])] },
    });
    triage.statelessTemplate.hasOutput('AlarmTopicArn', { Value: { Ref: topicId } });
    triage.statelessTemplate.hasOutput('RetuneFunctionName', {
      Value: { Ref: logicalId(triage.stateless, triage.stateless.retune.fn.function) },
    });
  });
});
