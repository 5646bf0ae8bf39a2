import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBatchMetrics } from '../../../../lib/adapters/metrics/batch-metrics.js';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../../../lib/adapters/metrics/metric-names.js';
import { ModelThrottledError } from '../../../../lib/domain/classification/errors.js';
import { OutcomeBusyError } from '../../../../lib/domain/outcomes/outcome-errors.js';
import {
  LeaseLostError,
  OutOfTimeError,
  TicketBusyError,
} from '../../../../lib/domain/tickets/ticket-errors.js';
import type { TriageOutcome } from '../../../../lib/domain/tickets/triage-outcome.js';
import type { TelemetrySink } from '../../../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../../../tools/local/telemetry-capture.js';

type Emf = Record<string, unknown> & {
  _aws: { CloudWatchMetrics: { Dimensions: string[][]; Metrics: { Name: string }[] }[] };
};

let sink: TelemetrySink;
beforeEach(() => {
  sink = captureTelemetry();
});
afterEach(() => sink.restore());

const emitted = (): Emf[] => sink.lines.map((l) => JSON.parse(l) as Emf).filter((l) => '_aws' in l);

const values = (doc: Emf, name: string): number[] => {
  const v = doc[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as number[]) : [v as number];
};

/** What CloudWatch would aggregate: every value of a metric, by its dimension values. */
const series = (docs: Emf[], name: string, route?: string): number[] =>
  docs
    .filter((d) => (route === undefined ? d.Route === undefined : d.Route === route))
    .filter((d) => d._aws.CloudWatchMetrics[0]?.Metrics.some((m) => m.Name === name))
    .flatMap((d) => values(d, name));

const decided = (over: Partial<Extract<TriageOutcome, { kind: 'decided' }>> = {}): TriageOutcome => ({
  kind: 'decided',
  ticketId: 'T',
  action: 'AUTO',
  routeId: 'payment_schedule',
  confidence: 0.9,
  modelValid: true,
  inputTokens: 100,
  outputTokens: 20,
  cacheReadTokens: 4000,
  cacheWriteTokens: 0,
  llmUsd: 0.001,
  latencyMs: 250,
  resent: false,
  ...over,
});

const newMetrics = () => new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

describe('createBatchMetrics', () => {
  it('counts per route the tickets the scorer scored and those the LLM agreed on, and nothing without a scorer', () => {
    const batch = createBatchMetrics();
    batch.add(decided({ modelsAgree: true }));
    batch.add(decided({ modelsAgree: false, action: 'HUMAN', reason: 'models_disagree' }));
    batch.add(decided({ modelsAgree: true }));
    batch.add(decided({ routeId: 'late_fee' }));
    batch.publish(newMetrics());
    const docs = emitted();
    expect(series(docs, METRIC.scorerScored, 'payment_schedule')).toEqual([3]);
    expect(series(docs, METRIC.modelsAgreed, 'payment_schedule')).toEqual([2]);
    expect(series(docs, METRIC.scorerScored, 'late_fee')).toEqual([]);
  });

  it('keeps the Route dimension on every value of a 150-record one-route batch', () => {
    const batch = createBatchMetrics();
    for (let i = 0; i < 150; i += 1) batch.add(decided({ latencyMs: 100 + i, confidence: i / 150 }));
    batch.publish(newMetrics());
    const docs = emitted();
    // No per-ticket value may land in a document without its route.
    for (const name of [METRIC.confidence, METRIC.classifyLatencyMs, METRIC.llmCostUsd]) {
      expect(series(docs, name), `${name} without a Route`).toEqual([]);
    }
    expect(series(docs, METRIC.confidence, 'payment_schedule')).toHaveLength(150);
    expect(series(docs, METRIC.classifyLatencyMs, 'payment_schedule').sort((a, b) => a - b)).toEqual(
      Array.from({ length: 150 }, (_, i) => 100 + i),
    );
    expect(series(docs, METRIC.ticketsReceived, 'payment_schedule')).toEqual([150]);
    const usd = series(docs, METRIC.llmCostUsd, 'payment_schedule');
    expect(usd).toHaveLength(1);
    expect(usd[0]).toBeCloseTo(0.15, 10);
    for (const doc of docs) expect(doc.service).toBe(SERVICE_NAME);
  });

  it('emits cache read and write tokens per route and as totals', () => {
    const batch = createBatchMetrics();
    batch.add(decided({ cacheReadTokens: 4000, cacheWriteTokens: 0 }));
    batch.add(decided({ cacheReadTokens: 0, cacheWriteTokens: 4100, routeId: 'card_declined' }));
    batch.publish(newMetrics());
    const docs = emitted();
    expect(series(docs, METRIC.llmCacheReadTokens, 'payment_schedule')).toEqual([4000]);
    expect(series(docs, METRIC.llmCacheWriteTokens, 'card_declined')).toEqual([4100]);
    expect(series(docs, METRIC.llmCacheReadTokens)).toEqual([4000]);
    expect(series(docs, METRIC.llmCacheWriteTokens)).toEqual([4100]);
    expect(series(docs, METRIC.ticketsClassified)).toEqual([2]);
  });

  it('counts model access failures apart from invalid output, and busy retries apart from errors', () => {
    const batch = createBatchMetrics();
    batch.add(
      decided({ action: 'HUMAN', reason: 'model_unavailable', modelValid: false, routeId: undefined }),
    );
    batch.add(
      decided({ action: 'HUMAN', reason: 'invalid_model_output', modelValid: false, routeId: undefined }),
    );
    batch.addFailure(new TicketBusyError('ticket T-1 is being processed'));
    batch.addFailure(new TicketBusyError('ticket T-2 is being processed'));
    batch.addFailure(new ModelThrottledError('throttled'));
    batch.addFailure(new Error('boom'));
    batch.publish(newMetrics());
    const docs = emitted();
    expect(series(docs, METRIC.modelAccessDenied)).toEqual([1]);
    expect(series(docs, METRIC.invalidModelOutput)).toEqual([1]);
    expect(series(docs, METRIC.ticketBusyRetries)).toEqual([2]);
    expect(series(docs, METRIC.classifyErrors)).toEqual([1]);
    expect(series(docs, METRIC.bedrockThrottles)).toEqual([1]);
    // Neither failed to reach a model answer worth a cache read.
    expect(series(docs, METRIC.ticketsClassified)).toEqual([1]);
  });

  it('counts any busy record as a busy retry, and other retryable failures as errors the alarm sees', () => {
    const batch = createBatchMetrics();
    batch.addFailure(new OutcomeBusyError('outcome held by another delivery'));
    batch.addFailure(new LeaseLostError('lost the claim on T-1'));
    batch.addFailure(new OutOfTimeError('less than 45000 ms left for ticket T-2'));
    batch.publish(newMetrics());
    const docs = emitted();
    expect(series(docs, METRIC.ticketBusyRetries)).toEqual([1]);
    expect(series(docs, METRIC.classifyErrors)).toEqual([2]);
  });

  it('emits every alarm total, zeros included, on a batch with no failures', () => {
    const batch = createBatchMetrics();
    batch.add(decided());
    batch.publish(newMetrics());
    const docs = emitted();
    for (const name of [
      METRIC.quarantined,
      METRIC.duplicates,
      METRIC.bedrockThrottles,
      METRIC.classifyErrors,
      METRIC.invalidModelOutput,
      METRIC.modelAccessDenied,
      METRIC.ticketBusyRetries,
    ]) {
      expect(series(docs, name), name).toEqual([0]);
    }
  });
});
