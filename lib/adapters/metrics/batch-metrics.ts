import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { ModelThrottledError } from '../../domain/classification/errors.js';
import { RecordBusyError } from '../../domain/retryable-record-error.js';
import type { TriageOutcome } from '../../domain/tickets/triage-outcome.js';
import { DIMENSIONS, METRIC } from './metric-names.js';
import { emptyTotals, publishRoute, type RouteTotals } from './route-metrics.js';

/**
 * Aggregates one SQS batch's outcomes and publishes a few EMF documents per route and per reason,
 * instead of one per record: CloudWatch cost and log volume stay flat as batches grow.
 */

const NO_ROUTE = 'none';

const increment = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

const createBatchMetrics = () => {
  const routes = new Map<string, RouteTotals>();
  const escalations = new Map<string, number>();
  const quarantines = new Map<string, number>();
  const counts = { duplicates: 0, throttles: 0, busy: 0, errors: 0, invalidOutputs: 0, refused: 0 };
  const history = { scored: 0, unscored: 0, usd: 0 };
  let classified = 0;
  let cacheReads = 0;
  let cacheWrites = 0;

  const add = (outcome: TriageOutcome): void => {
    if (outcome.kind === 'quarantined') {
      increment(quarantines, outcome.reason);
      return;
    }
    if (outcome.kind === 'duplicate' || outcome.resent) {
      counts.duplicates += 1;
      return;
    }
    // History is evidence, not traffic: it stays out of the routes' decisions, latency and cost.
    if (outcome.kind === 'history') {
      if (outcome.observed) history.scored += 1;
      else history.unscored += 1;
      history.usd += outcome.llmUsd ?? 0;
      return;
    }
    const key = outcome.routeId ?? NO_ROUTE;
    const totals = routes.get(key) ?? emptyTotals();
    routes.set(key, totals);
    totals.received += 1;
    if (outcome.action === 'AUTO') totals.auto += 1;
    else {
      totals.escalated += 1;
      if (outcome.reason) increment(escalations, outcome.reason);
    }
    if (outcome.confidence !== undefined) totals.confidence.push(outcome.confidence);
    if (outcome.modelsAgree !== undefined) {
      totals.scored += 1;
      if (outcome.modelsAgree) totals.agreed += 1;
    }
    // A refused call is configuration, not output: it has its own metric and alarm.
    if (outcome.reason === 'model_unavailable') counts.refused += 1;
    else {
      classified += 1;
      if (!outcome.modelValid) counts.invalidOutputs += 1;
    }
    totals.inputTokens += outcome.inputTokens;
    totals.outputTokens += outcome.outputTokens;
    totals.cacheReadTokens += outcome.cacheReadTokens;
    totals.cacheWriteTokens += outcome.cacheWriteTokens;
    cacheReads += outcome.cacheReadTokens;
    cacheWrites += outcome.cacheWriteTokens;
    totals.usd += outcome.llmUsd ?? 0;
    totals.latencyMs.push(outcome.latencyMs);
  };

  /**
   * A retry of a ticket another delivery holds is counted apart from errors; every other failure,
   * retryable or not (a lost lease, no time left), is an error the alarm watches.
   */
  const addFailure = (error: unknown): void => {
    if (error instanceof ModelThrottledError) counts.throttles += 1;
    else if (error instanceof RecordBusyError) counts.busy += 1;
    else counts.errors += 1;
  };

  const publishCounts = (metrics: Metrics, name: string, byReason: Map<string, number>) => {
    for (const [reason, count] of byReason) {
      metrics.addDimension(DIMENSIONS.reason, reason);
      metrics.addMetric(name, MetricUnit.Count, count);
      metrics.publishStoredMetrics();
    }
  };

  const publish = (metrics: Metrics): void => {
    for (const [route, totals] of routes) publishRoute(metrics, route, totals);
    publishCounts(metrics, METRIC.escalated, escalations);
    publishCounts(metrics, METRIC.quarantined, quarantines);
    const totals: [string, number][] = [
      [METRIC.quarantined, [...quarantines.values()].reduce((a, b) => a + b, 0)],
      [METRIC.duplicates, counts.duplicates],
      [METRIC.bedrockThrottles, counts.throttles],
      [METRIC.ticketBusyRetries, counts.busy],
      [METRIC.classifyErrors, counts.errors],
      [METRIC.invalidModelOutput, counts.invalidOutputs],
      [METRIC.modelAccessDenied, counts.refused],
      [METRIC.ticketsClassified, classified],
      [METRIC.llmCacheReadTokens, cacheReads],
      [METRIC.llmCacheWriteTokens, cacheWrites],
    ];
    if (history.scored + history.unscored > 0) {
      totals.push([METRIC.historyScored, history.scored], [METRIC.historyUnscored, history.unscored]);
      metrics.addMetric(METRIC.historyLlmCostUsd, MetricUnit.NoUnit, history.usd);
    }
    // Totals without a dimension are what the alarms watch; always emitted, zeros included, so an
    // alarm sees data rather than INSUFFICIENT_DATA on a healthy day.
    for (const [name, value] of totals) metrics.addMetric(name, MetricUnit.Count, value);
    metrics.publishStoredMetrics();
  };

  return { add, addFailure, publish };
};

type BatchMetrics = ReturnType<typeof createBatchMetrics>;

export type { BatchMetrics };
export { createBatchMetrics };
