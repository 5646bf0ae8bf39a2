import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { MathExpression, Metric, Stats } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  DIMENSIONS,
  METRIC,
  METRICS_NAMESPACE,
  type MetricName,
  SERVICE_NAME,
} from '../lib/adapters/metrics/metric-names.js';

/**
 * CloudWatch metrics as the functions emit them (EMF through Powertools Metrics). A CloudWatch
 * metric is identified by its full dimension set, so these must match exactly what
 * lib/adapters/metrics/ (batch, route and retune metrics) and the outcome handler publish.
 */

/** The app's functions, for their Lambda metrics. */
interface TriageFunctions {
  readonly classify: IFunction;
  readonly outcome: IFunction;
  readonly retune: IFunction;
  readonly train: IFunction;
}

/** The outcomes webhook, when deployed: its HTTP API and function. */
interface WebhookEndpoint {
  readonly api: IHttpApi;
  readonly fn: IFunction;
}

/** Powertools Metrics adds `service` (its serviceName) as a default dimension to every metric. */
const SERVICE_DIMENSION = 'service';

const PERIOD = Duration.minutes(5);
/** The retune publishes once per run (hourly by default): a finer period only shows gaps. */
const RETUNE_PERIOD = Duration.hours(1);
/** The training run publishes once a run (daily by default). */
const TRAIN_PERIOD = Duration.days(1);

interface TriageMetricOptions {
  /** Per-route series; without it, the undimensioned total the alarms watch. */
  readonly route?: string;
  readonly statistic?: string;
  readonly label?: string;
  readonly period?: Duration;
}

const triageMetric = (metricName: MetricName, options: TriageMetricOptions = {}): Metric =>
  new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: {
      [SERVICE_DIMENSION]: SERVICE_NAME,
      ...(options.route === undefined ? {} : { [DIMENSIONS.route]: options.route }),
    },
    statistic: options.statistic ?? Stats.SUM,
    period: options.period ?? PERIOD,
    label: options.label,
  });

/** Tickets the model answered in a period below which a period without cache reads proves nothing. */
const CACHE_ALARM_MIN_TICKETS = 10;

/**
 * 1 for a period in which at least CACHE_ALARM_MIN_TICKETS tickets reached the model and not one
 * cache read came back: the prompt prefix stopped being cached (it changed per call, fell under
 * the model's minimum, or the model lost caching), and every ticket pays full input price.
 */
const cacheReadsStopped = (): MathExpression =>
  new MathExpression({
    expression: `IF(tickets >= ${CACHE_ALARM_MIN_TICKETS} AND reads == 0, 1, 0)`,
    usingMetrics: {
      tickets: triageMetric(METRIC.ticketsClassified),
      reads: triageMetric(METRIC.llmCacheReadTokens),
    },
    period: PERIOD,
    label: 'cache reads stopped',
  });

/**
 * The webhook's own counts (functions/webhook-handler.ts): each is published per Adapter, and
 * rejections and errors also per Reason, so a total sums a SEARCH over that exact dimension set.
 * SEARCH graphs on a dashboard only; the alarms watch the HTTP API's metrics instead.
 */
const WEBHOOK_DIMENSIONS = {
  [METRIC.webhookAccepted]: [DIMENSIONS.adapter],
  [METRIC.webhookIgnored]: [DIMENSIONS.adapter],
  [METRIC.webhookRejected]: [DIMENSIONS.adapter, DIMENSIONS.reason],
  [METRIC.webhookErrors]: [DIMENSIONS.adapter, DIMENSIONS.reason],
} as const;

type WebhookMetricName = keyof typeof WEBHOOK_DIMENSIONS;

/** A SEARCH for one webhook metric, one series per adapter (and reason). */
const webhookSearch = (metricName: WebhookMetricName): string => {
  const schema = [METRICS_NAMESPACE, SERVICE_DIMENSION, ...WEBHOOK_DIMENSIONS[metricName]].join(',');
  return `SEARCH('{${schema}} MetricName="${metricName}"', 'Sum', ${PERIOD.toSeconds()})`;
};

const webhookTotal = (metricName: WebhookMetricName, label: string): MathExpression =>
  new MathExpression({
    expression: `SUM(${webhookSearch(metricName)})`,
    usingMetrics: {},
    period: PERIOD,
    label,
  });

const webhookSeries = (metricName: WebhookMetricName): MathExpression =>
  new MathExpression({ expression: webhookSearch(metricName), usingMetrics: {}, period: PERIOD });

export type { TriageFunctions, TriageMetricOptions, WebhookEndpoint, WebhookMetricName };
export {
  CACHE_ALARM_MIN_TICKETS,
  cacheReadsStopped,
  PERIOD,
  RETUNE_PERIOD,
  SERVICE_DIMENSION,
  TRAIN_PERIOD,
  triageMetric,
  WEBHOOK_DIMENSIONS,
  webhookSearch,
  webhookSeries,
  webhookTotal,
};
