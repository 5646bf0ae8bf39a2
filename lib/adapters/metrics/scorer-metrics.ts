import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC } from './metric-names.js';

/** What the metrics read of a training run; the use case's TrainReport is one of these. */
interface TrainMetricsReport {
  kind: 'trained' | 'skipped';
  examples: number;
  /** The active scorer after the run, if there is one. */
  active?: { trainedAt: string };
}

const HOUR_MS = 3_600_000;

/**
 * One EMF document per run: whether a version was trained, the examples found, and the age of the
 * active scorer (only when one exists: no scorer yet is not a stale scorer).
 */
const publishTrainMetrics = (metrics: Metrics, report: TrainMetricsReport, now: Date = new Date()): void => {
  metrics.addMetric(METRIC.scorerTrained, MetricUnit.Count, report.kind === 'trained' ? 1 : 0);
  metrics.addMetric(METRIC.scorerTrainingFailed, MetricUnit.Count, 0);
  metrics.addMetric(METRIC.scorerExamples, MetricUnit.Count, report.examples);
  if (report.active) {
    const ageHours = (now.getTime() - Date.parse(report.active.trainedAt)) / HOUR_MS;
    metrics.addMetric(METRIC.scorerAgeHours, MetricUnit.NoUnit, Math.max(0, ageHours));
  }
  metrics.publishStoredMetrics();
};

/** A run that threw: counted, so the alarm fires on the metric and not only on Lambda errors. */
const publishTrainFailure = (metrics: Metrics): void => {
  metrics.addMetric(METRIC.scorerTrainingFailed, MetricUnit.Count, 1);
  metrics.publishStoredMetrics();
};

export type { TrainMetricsReport };
export { publishTrainFailure, publishTrainMetrics };
