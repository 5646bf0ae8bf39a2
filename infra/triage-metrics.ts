import { Duration } from 'aws-cdk-lib';
import { Metric, Stats } from 'aws-cdk-lib/aws-cloudwatch';
import {
  DIMENSIONS,
  METRICS_NAMESPACE,
  type MetricName,
  SERVICE_NAME,
} from '../lib/observability/metric-names.js';

/**
 * CloudWatch metrics as the classify function emits them (EMF through Powertools Metrics). A
 * CloudWatch metric is identified by its full dimension set, so these must match exactly what
 * lib/observability/batch-metrics.ts publishes.
 */

/** Powertools Metrics adds `service` (its serviceName) as a default dimension to every metric. */
const SERVICE_DIMENSION = 'service';

const PERIOD = Duration.minutes(5);

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

export type { TriageMetricOptions };
export { PERIOD, SERVICE_DIMENSION, triageMetric };
