import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DIMENSIONS, METRIC } from './metric-names.js';

/**
 * One route's metrics of one batch. Powertools Metrics flushes on its own, and clears the
 * dimensions, as soon as one metric holds 100 values: the rest of that route's values would then
 * land without their Route. So the per-ticket series are cut into chunks that stay below that
 * limit, each chunk its own EMF document with the dimension set again. Every value is kept, so
 * percentiles stay exact.
 */

interface RouteTotals {
  received: number;
  auto: number;
  escalated: number;
  /** Tickets the route scorer scored, and of them those the LLM named the same route for. */
  scored: number;
  agreed: number;
  confidence: number[];
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  usd: number;
  latencyMs: number[];
}

/** Below Powertools' MAX_METRIC_VALUES_SIZE (100), which would trigger the automatic flush. */
const VALUES_PER_DOCUMENT = 99;

const emptyTotals = (): RouteTotals => ({
  received: 0,
  auto: 0,
  escalated: 0,
  scored: 0,
  agreed: 0,
  confidence: [],
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  usd: 0,
  latencyMs: [],
});

const publishRoute = (metrics: Metrics, route: string, t: RouteTotals): void => {
  const chunks = Math.max(
    1,
    Math.ceil(Math.max(t.confidence.length, t.latencyMs.length) / VALUES_PER_DOCUMENT),
  );
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    metrics.addDimension(DIMENSIONS.route, route);
    if (chunk === 0) {
      metrics.addMetric(METRIC.ticketsReceived, MetricUnit.Count, t.received);
      metrics.addMetric(METRIC.autoResolved, MetricUnit.Count, t.auto);
      metrics.addMetric(METRIC.escalated, MetricUnit.Count, t.escalated);
      if (t.scored > 0) {
        metrics.addMetric(METRIC.scorerScored, MetricUnit.Count, t.scored);
        metrics.addMetric(METRIC.modelsAgreed, MetricUnit.Count, t.agreed);
      }
      metrics.addMetric(METRIC.llmInputTokens, MetricUnit.Count, t.inputTokens);
      metrics.addMetric(METRIC.llmOutputTokens, MetricUnit.Count, t.outputTokens);
      metrics.addMetric(METRIC.llmCacheReadTokens, MetricUnit.Count, t.cacheReadTokens);
      metrics.addMetric(METRIC.llmCacheWriteTokens, MetricUnit.Count, t.cacheWriteTokens);
      metrics.addMetric(METRIC.llmCostUsd, MetricUnit.NoUnit, t.usd);
    }
    const from = chunk * VALUES_PER_DOCUMENT;
    const to = from + VALUES_PER_DOCUMENT;
    for (const c of t.confidence.slice(from, to)) metrics.addMetric(METRIC.confidence, MetricUnit.NoUnit, c);
    for (const ms of t.latencyMs.slice(from, to)) {
      metrics.addMetric(METRIC.classifyLatencyMs, MetricUnit.Milliseconds, ms);
    }
    metrics.publishStoredMetrics();
  }
};

export type { RouteTotals };
export { emptyTotals, publishRoute };
