import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { RoutePlan } from '../../domain/thresholds/plan-route.js';
import { DIMENSIONS, METRIC } from './metric-names.js';

/** What the metrics read of a retune run; the use case's RetuneReport is one of these. */
interface RetuneMetricsReport {
  plans: readonly { routeId: string; plan: RoutePlan; history?: string }[];
  changes: readonly unknown[];
  conflicts: readonly unknown[];
  dryRun: boolean;
  /** The stream level's certificate, when a floor certified any automation. */
  stream?: { upperBound: number };
}

/**
 * One EMF document per route: its mode, threshold, the bound it rests on against its cap, and `HistoryRefuted`
 * when its live labels refuted its history (published only then, so it costs nothing otherwise).
 */
const publishRetuneMetrics = (metrics: Metrics, report: RetuneMetricsReport): void => {
  for (const { routeId, plan, history } of report.plans) {
    metrics.addDimension(DIMENSIONS.route, routeId);
    if (history === 'refuted') metrics.addMetric(METRIC.historyRefuted, MetricUnit.Count, 1);
    metrics.addMetric(METRIC.routeThreshold, MetricUnit.NoUnit, plan.threshold);
    metrics.addMetric(METRIC.routeAutomated, MetricUnit.Count, plan.mode === 'auto' ? 1 : 0);
    if (plan.evidence) {
      metrics.addMetric(METRIC.evidenceLabels, MetricUnit.Count, plan.evidence.n);
      metrics.addMetric(METRIC.errorUpperBound, MetricUnit.NoUnit, plan.evidence.upperBound);
      const rate = plan.evidence.nEff > 0 ? plan.evidence.errors / plan.evidence.nEff : 0;
      metrics.addMetric(METRIC.estimatedPrecision, MetricUnit.NoUnit, 1 - rate);
    }
    metrics.publishStoredMetrics();
  }
  metrics.addMetric(METRIC.routeChanges, MetricUnit.Count, report.dryRun ? 0 : report.changes.length);
  metrics.addMetric(METRIC.configConflicts, MetricUnit.Count, report.conflicts.length);
  // The bound on all auto-resolutions together; 1 when nothing could be certified.
  metrics.addMetric(METRIC.streamErrorUpperBound, MetricUnit.NoUnit, report.stream?.upperBound ?? 1);
  metrics.publishStoredMetrics();
};

export type { RetuneMetricsReport };
export { publishRetuneMetrics };
