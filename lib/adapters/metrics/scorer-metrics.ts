import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC } from './metric-names.js';

/** What the metrics read of a training run; the use case's TrainReport is one of these. */
interface TrainMetricsReport {
  kind: 'trained' | 'skipped';
  examples: number;
  /** The active scorer after the run, if there is one. */
  active?: { trainedAt: string };
  /** The trained version's need-a-person detector, or why it has none. */
  detector?: { trained: boolean; positives: number; oofRecall?: number; flagRate?: number };
}

const HOUR_MS = 3_600_000;

/** Whether the version trained has a detector, on how many marks, and its out-of-fold figures. */
const addDetectorMetrics = (metrics: Metrics, detector: NonNullable<TrainMetricsReport['detector']>) => {
  metrics.addMetric(METRIC.needDetectorTrained, MetricUnit.Count, detector.trained ? 1 : 0);
  metrics.addMetric(METRIC.needDetectorPositives, MetricUnit.Count, detector.positives);
  if (detector.oofRecall !== undefined)
    metrics.addMetric(METRIC.needDetectorRecall, MetricUnit.NoUnit, detector.oofRecall);
  if (detector.flagRate !== undefined)
    metrics.addMetric(METRIC.needDetectorFlagRate, MetricUnit.NoUnit, detector.flagRate);
};

/**
 * One EMF document per run: whether a version was trained, the examples found, the age of the
 * active scorer (only when one exists: no scorer yet is not a stale scorer), and, for a version
 * trained, its need-a-person detector.
 */
const publishTrainMetrics = (metrics: Metrics, report: TrainMetricsReport, now: Date = new Date()): void => {
  metrics.addMetric(METRIC.scorerTrained, MetricUnit.Count, report.kind === 'trained' ? 1 : 0);
  metrics.addMetric(METRIC.scorerTrainingFailed, MetricUnit.Count, 0);
  metrics.addMetric(METRIC.scorerExamples, MetricUnit.Count, report.examples);
  if (report.active) {
    const ageHours = (now.getTime() - Date.parse(report.active.trainedAt)) / HOUR_MS;
    metrics.addMetric(METRIC.scorerAgeHours, MetricUnit.NoUnit, Math.max(0, ageHours));
  }
  if (report.detector) addDetectorMetrics(metrics, report.detector);
  metrics.publishStoredMetrics();
};

/** A run that threw: counted, so the alarm fires on the metric and not only on Lambda errors. */
const publishTrainFailure = (metrics: Metrics): void => {
  metrics.addMetric(METRIC.scorerTrainingFailed, MetricUnit.Count, 1);
  metrics.publishStoredMetrics();
};

export type { TrainMetricsReport };
export { publishTrainFailure, publishTrainMetrics };
