import { Duration } from 'aws-cdk-lib';
import {
  Dashboard,
  GraphWidget,
  type IWidget,
  MathExpression,
  Stats,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { METRIC } from '../lib/adapters/metrics/metric-names.js';
import { QUEUES } from '../lib/config/resources.js';
import type { QueueWithDlq } from './queue-with-dlq.js';
import { QUEUE_KEYS, type QueueKey } from './triage-data.js';
import {
  PERIOD,
  RETUNE_PERIOD,
  TRAIN_PERIOD,
  type TriageFunctions,
  triageMetric,
  type WebhookEndpoint,
  webhookSeries,
  webhookTotal,
} from './triage-metrics.js';

/**
 * One dashboard: queues and DLQs, the classify function, prompt caching and model access, the
 * feedback loop (outcomes, quality breaches, retune runs), then one row per route of the taxonomy:
 * volume and automation, confidence against the live threshold, the certified error bound against
 * the target, LLM tokens (cache reads and writes included) and cost.
 */

interface TriageDashboardProps {
  readonly dashboardName: string;
  /** Route ids of the deployed taxonomy, read at synth. */
  readonly routes: readonly string[];
  readonly queues: Record<QueueKey, QueueWithDlq>;
  readonly functions: TriageFunctions;
  /** Drawn as the line the error bound must stay under. */
  readonly targetError: number;
  readonly routeCap: number;
  /** The outcomes webhook, when deployed: a row of accepted and rejected requests. */
  readonly webhook?: WebhookEndpoint;
}

const FULL = 24;
const HALF = 12;
const THIRD = 8;
const QUARTER = 6;
const HEIGHT = 6;

const routeWidgets = (route: string, routeCap: number): IWidget[] => {
  const retune = (metricName: Parameters<typeof triageMetric>[0], label: string, statistic = Stats.MAXIMUM) =>
    triageMetric(metricName, { route, label, statistic, period: RETUNE_PERIOD });
  return [
    new GraphWidget({
      title: `${route}: tickets`,
      width: QUARTER,
      height: HEIGHT,
      left: [
        triageMetric(METRIC.ticketsReceived, { route, label: 'received' }),
        triageMetric(METRIC.autoResolved, { route, label: 'auto-resolved' }),
        triageMetric(METRIC.escalated, { route, label: 'escalated' }),
      ],
      right: [triageMetric(METRIC.qualityBreaches, { route, label: 'quality breaches' })],
    }),
    new GraphWidget({
      title: `${route}: confidence, threshold and LLM agreement`,
      width: QUARTER,
      height: HEIGHT,
      leftYAxis: { min: 0, max: 1 },
      rightYAxis: { min: 0, max: 1 },
      left: [
        triageMetric(METRIC.confidence, { route, statistic: Stats.AVERAGE, label: 'confidence mean' }),
        triageMetric(METRIC.confidence, { route, statistic: Stats.percentile(10), label: 'confidence p10' }),
        retune(METRIC.routeThreshold, 'threshold'),
      ],
      right: [
        retune(METRIC.routeAutomated, 'automated (1) or shadow (0)'),
        new MathExpression({
          expression: 'agreed / scored',
          label: 'LLM agrees with the scorer',
          usingMetrics: {
            agreed: triageMetric(METRIC.modelsAgreed, { route }),
            scored: triageMetric(METRIC.scorerScored, { route }),
          },
        }),
      ],
    }),
    new GraphWidget({
      title: `${route}: error bound and precision`,
      width: QUARTER,
      height: HEIGHT,
      leftYAxis: { min: 0 },
      rightYAxis: { min: 0, max: 1 },
      left: [retune(METRIC.errorUpperBound, "the route's error bound")],
      leftAnnotations: [{ value: routeCap, label: 'route cap' }],
      right: [retune(METRIC.estimatedPrecision, 'estimated precision')],
    }),
    new GraphWidget({
      title: `${route}: LLM tokens and USD`,
      width: QUARTER,
      height: HEIGHT,
      left: [
        triageMetric(METRIC.llmInputTokens, { route, label: 'input tokens' }),
        triageMetric(METRIC.llmOutputTokens, { route, label: 'output tokens' }),
        triageMetric(METRIC.llmCacheReadTokens, { route, label: 'cache read tokens' }),
        triageMetric(METRIC.llmCacheWriteTokens, { route, label: 'cache write tokens' }),
      ],
      right: [triageMetric(METRIC.llmCostUsd, { route, label: 'USD' })],
    }),
  ];
};

/** The route scorer: how old the active version is, what it was trained on, and the runs. */
const scorerWidgets = (train: TriageFunctions['train']): IWidget[] => [
  new GraphWidget({
    title: 'Route scorer: age of the active version (hours)',
    width: THIRD,
    leftYAxis: { min: 0 },
    left: [
      triageMetric(METRIC.scorerAgeHours, {
        label: 'hours since trained',
        statistic: Stats.MAXIMUM,
        period: Duration.hours(1),
      }),
    ],
  }),
  new GraphWidget({
    title: 'Route scorer: labelled examples',
    width: THIRD,
    leftYAxis: { min: 0 },
    left: [
      triageMetric(METRIC.scorerExamples, {
        label: 'examples',
        statistic: Stats.MAXIMUM,
        period: TRAIN_PERIOD,
      }),
    ],
  }),
  new GraphWidget({
    title: 'Route scorer: training runs',
    width: THIRD,
    left: [
      triageMetric(METRIC.scorerTrained, { label: 'versions trained', period: TRAIN_PERIOD }),
      triageMetric(METRIC.scorerTrainingFailed, { label: 'failed runs', period: TRAIN_PERIOD }),
      train.metricErrors({ label: 'function errors', period: TRAIN_PERIOD }),
    ],
  }),
];

/** Accepted against rejected from the function's counts; the API's own view beside them. */
const webhookWidgets = ({ api, fn }: WebhookEndpoint): IWidget[] => {
  const apiMetric = { statistic: Stats.SUM, period: PERIOD };
  return [
    new GraphWidget({
      title: 'Outcomes webhook: accepted and rejected',
      width: THIRD,
      left: [
        webhookTotal(METRIC.webhookAccepted, 'accepted (queued)'),
        webhookTotal(METRIC.webhookRejected, 'rejected (4xx)'),
        webhookTotal(METRIC.webhookIgnored, 'ignored (no rule)'),
        webhookTotal(METRIC.webhookErrors, 'failed (500)'),
      ],
    }),
    new GraphWidget({
      title: 'Webhook rejections by adapter and reason',
      width: THIRD,
      left: [webhookSeries(METRIC.webhookRejected)],
    }),
    new GraphWidget({
      title: 'Webhook API and function',
      width: THIRD,
      left: [
        api.metricCount({ ...apiMetric, label: 'requests' }),
        api.metricClientError({ ...apiMetric, label: '4xx (throttled 429 included)' }),
        api.metricServerError({ ...apiMetric, label: '5xx' }),
        fn.metricErrors({ label: 'function errors' }),
      ],
      right: [api.metricLatency({ statistic: Stats.percentile(99), label: 'latency p99 (ms)' })],
    }),
  ];
};

class TriageDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: TriageDashboardProps) {
    super(scope, id);
    const { queues, functions } = props;
    const fn = functions.classify;
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
      new GraphWidget({
        title: 'Prompt cache (tokens, all routes)',
        width: HALF,
        left: [
          triageMetric(METRIC.llmCacheReadTokens, { label: 'cache read tokens' }),
          triageMetric(METRIC.llmCacheWriteTokens, { label: 'cache write tokens' }),
        ],
        right: [triageMetric(METRIC.ticketsClassified, { label: 'tickets classified' })],
      }),
      new GraphWidget({
        title: 'Model access and busy retries',
        width: HALF,
        left: [
          triageMetric(METRIC.modelAccessDenied, { label: 'model refused (ticket to a person)' }),
          triageMetric(METRIC.ticketBusyRetries, { label: 'busy retries (in-batch duplicates)' }),
        ],
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Outcomes and quality breaches',
        width: THIRD,
        left: [
          triageMetric(METRIC.outcomesRecorded, { label: 'outcomes recorded' }),
          triageMetric(METRIC.duplicateOutcomes, { label: 'duplicate outcomes' }),
          triageMetric(METRIC.conflictingOutcomes, { label: 'conflicting outcomes (kept aside)' }),
          triageMetric(METRIC.unmatchedOutcomes, { label: 'unmatched outcomes (no such ticket)' }),
        ],
        right: [triageMetric(METRIC.qualityBreaches, { label: 'quality breaches (all routes)' })],
      }),
      new GraphWidget({
        title: 'Retune runs',
        width: THIRD,
        left: [
          triageMetric(METRIC.routeChanges, { label: 'route config changes', period: RETUNE_PERIOD }),
          triageMetric(METRIC.configConflicts, { label: 'version conflicts', period: RETUNE_PERIOD }),
        ],
      }),
      new GraphWidget({
        title: 'Outcome and retune functions',
        width: THIRD,
        left: [
          functions.outcome.metricInvocations({ label: 'outcome invocations' }),
          functions.outcome.metricErrors({ label: 'outcome errors' }),
          functions.retune.metricInvocations({ label: 'retune runs' }),
          functions.retune.metricErrors({ label: 'retune errors' }),
        ],
      }),
    );
    this.dashboard.addWidgets(...scorerWidgets(functions.train));
    if (props.webhook) this.dashboard.addWidgets(...webhookWidgets(props.webhook));
    this.dashboard.addWidgets(
      new TextWidget({
        markdown:
          "## Routes\nThe stream: the bound on all auto-resolutions together against the target. Per route of the taxonomy: volume, automation and quality breaches; confidence against the live threshold; the route's own error bound against its cap (from the hourly retune); LLM tokens and cost.",
        width: FULL,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'the stream: bound on the error of all auto-resolutions together',
        width: FULL,
        height: HEIGHT,
        leftYAxis: { min: 0 },
        left: [
          triageMetric(METRIC.streamErrorUpperBound, {
            label: 'stream error bound (1: nothing certified)',
            statistic: Stats.MAXIMUM,
            period: RETUNE_PERIOD,
          }),
        ],
        leftAnnotations: [{ value: props.targetError, label: 'target error' }],
      }),
    );
    for (const route of props.routes) this.dashboard.addWidgets(...routeWidgets(route, props.routeCap));
  }
}

export type { TriageDashboardProps };
export { TriageDashboard };
