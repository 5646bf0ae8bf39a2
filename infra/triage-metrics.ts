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
 * Webhook requests by answer, from the HTTP API's own metrics: the function answers 202 when it
 * queued the outcome and 4xx when it refused the request (401 signature, 400 payload, 413 size);
 * the stage's own 429 (throttled) and 404 (no such route) count as rejected too.
 */
const webhookAnswers = (api: IHttpApi) => {
  const count = api.metricCount({ statistic: Stats.SUM, period: PERIOD });
  const rejected = api.metricClientError({ statistic: Stats.SUM, period: PERIOD, label: 'rejected (4xx)' });
  const failed = api.metricServerError({ statistic: Stats.SUM, period: PERIOD, label: 'failed (5xx)' });
  const accepted = new MathExpression({
    expression: 'FILL(requests, 0) - FILL(rejected, 0) - FILL(failed, 0)',
    usingMetrics: { requests: count, rejected, failed },
    period: PERIOD,
    label: 'accepted (2xx)',
  });
  return { accepted, rejected, failed };
};

export type { TriageFunctions, TriageMetricOptions, WebhookEndpoint };
export {
  CACHE_ALARM_MIN_TICKETS,
  cacheReadsStopped,
  PERIOD,
  RETUNE_PERIOD,
  SERVICE_DIMENSION,
  triageMetric,
  webhookAnswers,
};
