import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { SERVICE_DIMENSION } from '../../infra/triage-metrics.js';
import { QUEUES } from '../../lib/config/resources.js';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../lib/observability/metric-names.js';
import { loadTaxonomy } from '../../lib/taxonomy/load-taxonomy.js';
import { logicalId, type SynthesizedTriage, synthTriage } from './synth-triage.js';

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

  it('alarms as soon as any DLQ holds a message', () => {
    const depth = alarmsOn('ApproximateNumberOfMessagesVisible', 'AWS/SQS');
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

  it('alarms on classify function errors and throttles', () => {
    const fnRef = { Ref: logicalId(triage.stateless, triage.stateless.classify.fn.function) };
    for (const metricName of ['Errors', 'Throttles']) {
      const [alarm] = alarmsOn(metricName, 'AWS/Lambda');
      expect(alarm?.Properties).toMatchObject({
        Threshold: 0,
        Dimensions: [{ Name: 'FunctionName', Value: fnRef }],
      });
    }
  });

  it('sends every alarm, and its recovery, to the alarm topic', () => {
    expect(alarms.length).toBeGreaterThanOrEqual(9);
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

  it('subscribes the alarm email only when one is configured', () => {
    triage.statelessTemplate.resourceCountIs('AWS::SNS::Subscription', 0);
    const withEmail = synthTriage({ alarmEmail: 'oncall@example.com' });
    withEmail.statelessTemplate.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.com',
    });
  });

  it('builds a dashboard with queue, DLQ and per-route widgets for every taxonomy route', () => {
    triage.statelessTemplate.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const [dashboard] = Object.values(triage.statelessTemplate.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    expect(body).toContain('Dead-letter queues');
    expect(body).toContain('Queue depth');
    const routes = loadTaxonomy(fromProjectRoot(triage.config.taxonomyFile)).routes;
    for (const route of routes) {
      for (const title of ['tickets', 'confidence', 'LLM tokens and USD']) {
        expect(body).toContain(`${route.id}: ${title}`);
      }
    }
    for (const metricName of [
      METRIC.ticketsReceived,
      METRIC.autoResolved,
      METRIC.escalated,
      METRIC.llmCostUsd,
    ]) {
      expect(body).toContain(metricName);
    }
  });

  it('outputs the dashboard URL and the alarm topic ARN', () => {
    triage.statelessTemplate.hasOutput('DashboardUrl', {
      Value: { 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('#dashboards/dashboard/')])] },
    });
    triage.statelessTemplate.hasOutput('AlarmTopicArn', { Value: { Ref: topicId } });
  });
});
