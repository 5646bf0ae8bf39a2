import { Duration } from 'aws-cdk-lib';
import { Dashboard, GraphWidget, type IWidget, Stats, TextWidget } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { QUEUES } from '../lib/config/resources.js';
import { METRIC } from '../lib/observability/metric-names.js';
import type { QueueWithDlq } from './queue-with-dlq.js';
import type { QueueKey } from './triage-data.js';
import { triageMetric } from './triage-metrics.js';

/**
 * One dashboard: queues and DLQs, the classify function, the quality signals, then one row per
 * route of the taxonomy (volume and automation, model confidence, LLM tokens and cost).
 */

interface TriageDashboardProps {
  readonly dashboardName: string;
  /** Route ids of the deployed taxonomy, read at synth. */
  readonly routes: readonly string[];
  readonly queues: Record<QueueKey, QueueWithDlq>;
  readonly classifyFunction: IFunction;
}

const FULL = 24;
const THIRD = 8;
const HEIGHT = 6;
const QUEUE_KEYS = Object.keys(QUEUES) as QueueKey[];

const routeWidgets = (route: string): IWidget[] => [
  new GraphWidget({
    title: `${route}: tickets`,
    width: THIRD,
    height: HEIGHT,
    left: [
      triageMetric(METRIC.ticketsReceived, { route, label: 'received' }),
      triageMetric(METRIC.autoResolved, { route, label: 'auto-resolved' }),
      triageMetric(METRIC.escalated, { route, label: 'escalated' }),
    ],
  }),
  new GraphWidget({
    title: `${route}: confidence`,
    width: THIRD,
    height: HEIGHT,
    leftYAxis: { min: 0, max: 1 },
    left: [
      triageMetric(METRIC.confidence, { route, statistic: Stats.AVERAGE, label: 'mean' }),
      triageMetric(METRIC.confidence, { route, statistic: Stats.percentile(10), label: 'p10' }),
    ],
  }),
  new GraphWidget({
    title: `${route}: LLM tokens and USD`,
    width: THIRD,
    height: HEIGHT,
    left: [
      triageMetric(METRIC.llmInputTokens, { route, label: 'input tokens' }),
      triageMetric(METRIC.llmOutputTokens, { route, label: 'output tokens' }),
    ],
    right: [triageMetric(METRIC.llmCostUsd, { route, label: 'USD' })],
  }),
];

class TriageDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: TriageDashboardProps) {
    super(scope, id);
    const { queues, classifyFunction: fn } = props;
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Queue depth (visible messages)',
        width: THIRD,
        left: QUEUE_KEYS.map((k) =>
          queues[k].queue.metricApproximateNumberOfMessagesVisible({
            label: QUEUES[k].id,
            statistic: Stats.MAXIMUM,
          }),
        ),
      }),
      new GraphWidget({
        title: 'Oldest message age (s)',
        width: THIRD,
        left: QUEUE_KEYS.map((k) =>
          queues[k].queue.metricApproximateAgeOfOldestMessage({
            label: QUEUES[k].id,
            statistic: Stats.MAXIMUM,
          }),
        ),
      }),
      new GraphWidget({
        title: 'Dead-letter queues (visible messages)',
        width: THIRD,
        left: QUEUE_KEYS.map((k) =>
          queues[k].deadLetterQueue.metricApproximateNumberOfMessagesVisible({
            label: `${QUEUES[k].id} DLQ`,
            statistic: Stats.MAXIMUM,
          }),
        ),
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Classify function',
        width: THIRD,
        left: [fn.metricInvocations(), fn.metricErrors(), fn.metricThrottles()],
      }),
      new GraphWidget({
        title: 'Classify duration (ms)',
        width: THIRD,
        left: [
          fn.metricDuration({ statistic: Stats.percentile(50), label: 'p50' }),
          fn.metricDuration({ statistic: Stats.percentile(99), label: 'p99' }),
        ],
      }),
      new GraphWidget({
        title: 'Quarantine, retries and model health',
        width: THIRD,
        left: [
          triageMetric(METRIC.quarantined, { label: 'quarantined' }),
          triageMetric(METRIC.duplicates, { label: 'duplicate deliveries' }),
          triageMetric(METRIC.bedrockThrottles, { label: 'Bedrock throttles' }),
          triageMetric(METRIC.classifyErrors, { label: 'record errors' }),
          triageMetric(METRIC.invalidModelOutput, { label: 'invalid model output' }),
        ],
      }),
    );
    this.dashboard.addWidgets(
      new TextWidget({
        markdown:
          '## Routes\nPer route of the taxonomy: volume and automation, confidence, LLM tokens and cost.',
        width: FULL,
        height: 2,
      }),
    );
    for (const route of props.routes) this.dashboard.addWidgets(...routeWidgets(route));
  }
}

export type { TriageDashboardProps };
export { TriageDashboard };
