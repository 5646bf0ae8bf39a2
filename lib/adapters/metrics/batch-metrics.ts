import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { ModelThrottledError } from '../../domain/classification/errors.js';
import type { RecordOutcome } from '../../use-cases/triage-record.js';
import { DIMENSIONS, METRIC } from './metric-names.js';

/**
 * Aggregates one SQS batch's outcomes and publishes one EMF document per route and per reason,
 * instead of one per record: CloudWatch cost and log volume stay flat as batches grow.
 */

interface RouteTotals {
  received: number;
  auto: number;
  escalated: number;
  confidence: number[];
  inputTokens: number;
  outputTokens: number;
  usd: number;
  latencyMs: number[];
}

const NO_ROUTE = 'none';

const emptyTotals = (): RouteTotals => ({
  received: 0,
  auto: 0,
  escalated: 0,
  confidence: [],
  inputTokens: 0,
  outputTokens: 0,
  usd: 0,
  latencyMs: [],
});

const createBatchMetrics = () => {
  const routes = new Map<string, RouteTotals>();
  const escalations = new Map<string, number>();
  const quarantines = new Map<string, number>();
  let duplicates = 0;
  let throttles = 0;
  let errors = 0;
  let invalidOutputs = 0;

  const add = (outcome: RecordOutcome): void => {
    if (outcome.kind === 'quarantined') {
      quarantines.set(outcome.reason, (quarantines.get(outcome.reason) ?? 0) + 1);
      return;
    }
    if (outcome.kind === 'duplicate' || outcome.resent) {
      duplicates += 1;
      return;
    }
    const key = outcome.routeId ?? NO_ROUTE;
    const totals = routes.get(key) ?? emptyTotals();
    routes.set(key, totals);
    totals.received += 1;
    if (outcome.action === 'AUTO') totals.auto += 1;
    else {
      totals.escalated += 1;
      if (outcome.reason) escalations.set(outcome.reason, (escalations.get(outcome.reason) ?? 0) + 1);
    }
    if (outcome.confidence !== undefined) totals.confidence.push(outcome.confidence);
    if (!outcome.modelValid) invalidOutputs += 1;
    totals.inputTokens += outcome.inputTokens;
    totals.outputTokens += outcome.outputTokens;
    totals.usd += outcome.llmUsd ?? 0;
    totals.latencyMs.push(outcome.latencyMs);
  };

  const addFailure = (error: unknown): void => {
    if (error instanceof ModelThrottledError) throttles += 1;
    else errors += 1;
  };

  const publish = (metrics: Metrics): void => {
    for (const [route, t] of routes) {
      metrics.addDimension(DIMENSIONS.route, route);
      metrics.addMetric(METRIC.ticketsReceived, MetricUnit.Count, t.received);
      metrics.addMetric(METRIC.autoResolved, MetricUnit.Count, t.auto);
      metrics.addMetric(METRIC.escalated, MetricUnit.Count, t.escalated);
      for (const c of t.confidence) metrics.addMetric(METRIC.confidence, MetricUnit.NoUnit, c);
      metrics.addMetric(METRIC.llmInputTokens, MetricUnit.Count, t.inputTokens);
      metrics.addMetric(METRIC.llmOutputTokens, MetricUnit.Count, t.outputTokens);
      metrics.addMetric(METRIC.llmCostUsd, MetricUnit.NoUnit, t.usd);
      for (const ms of t.latencyMs) metrics.addMetric(METRIC.classifyLatencyMs, MetricUnit.Milliseconds, ms);
      metrics.publishStoredMetrics();
    }
    for (const [reason, count] of escalations) {
      metrics.addDimension(DIMENSIONS.reason, reason);
      metrics.addMetric(METRIC.escalated, MetricUnit.Count, count);
      metrics.publishStoredMetrics();
    }
    for (const [reason, count] of quarantines) {
      metrics.addDimension(DIMENSIONS.reason, reason);
      metrics.addMetric(METRIC.quarantined, MetricUnit.Count, count);
      metrics.publishStoredMetrics();
    }
    const totals: [string, number][] = [
      [METRIC.quarantined, [...quarantines.values()].reduce((a, b) => a + b, 0)],
      [METRIC.duplicates, duplicates],
      [METRIC.bedrockThrottles, throttles],
      [METRIC.classifyErrors, errors],
      [METRIC.invalidModelOutput, invalidOutputs],
    ];
    // Totals without a dimension are what the alarms watch; always emitted, zeros included, so an
    // alarm sees data rather than INSUFFICIENT_DATA on a healthy day.
    for (const [name, value] of totals) metrics.addMetric(name, MetricUnit.Count, value);
    metrics.publishStoredMetrics();
  };

  return { add, addFailure, publish };
};

export { createBatchMetrics };
