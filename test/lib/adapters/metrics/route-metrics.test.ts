import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../../../lib/adapters/metrics/metric-names.js';
import type { RouteTotals } from '../../../../lib/adapters/metrics/route-metrics.js';
import { emptyTotals, publishRoute } from '../../../../lib/adapters/metrics/route-metrics.js';
import type { TelemetrySink } from '../../../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../../../tools/local/telemetry-capture.js';

/** One route's batch metrics as the EMF documents CloudWatch reads: every value keeps its Route. */

type Emf = Record<string, unknown> & {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
};

let sink: TelemetrySink;
beforeEach(() => {
  sink = captureTelemetry();
});
afterEach(() => sink.restore());

const emitted = (): Emf[] => sink.lines.map((l) => JSON.parse(l) as Emf).filter((l) => '_aws' in l);
const valuesOf = (doc: Emf, name: string): number[] => {
  const v = doc[name];
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as number[]) : [v as number];
};
const newMetrics = () => new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

const totals = (over: Partial<RouteTotals> = {}): RouteTotals => ({
  ...emptyTotals(),
  received: 3,
  auto: 2,
  escalated: 1,
  confidence: [0.91, 0.97, 0.99],
  inputTokens: 1200,
  outputTokens: 90,
  cacheReadTokens: 4000,
  cacheWriteTokens: 0,
  usd: 0.0018,
  latencyMs: [310, 420, 505],
  ...over,
});

describe('publishRoute', () => {
  it('writes the counts once and every confidence and latency, all under the Route dimension', () => {
    publishRoute(newMetrics(), 'pay_early', totals());
    const docs = emitted();
    expect(docs).toHaveLength(1);
    const [doc] = docs as [Emf];
    expect(doc.Route).toBe('pay_early');
    expect(doc._aws.CloudWatchMetrics[0]?.Namespace).toBe(METRICS_NAMESPACE);
    expect(doc._aws.CloudWatchMetrics[0]?.Dimensions[0]).toContain('Route');
    expect(valuesOf(doc, METRIC.ticketsReceived)).toEqual([3]);
    expect(valuesOf(doc, METRIC.autoResolved)).toEqual([2]);
    expect(valuesOf(doc, METRIC.escalated)).toEqual([1]);
    expect(valuesOf(doc, METRIC.llmCacheReadTokens)).toEqual([4000]);
    expect(valuesOf(doc, METRIC.llmCostUsd)).toEqual([0.0018]);
    expect(valuesOf(doc, METRIC.confidence)).toEqual([0.91, 0.97, 0.99]);
    expect(valuesOf(doc, METRIC.classifyLatencyMs)).toEqual([310, 420, 505]);
  });

  it('cuts 250 values into documents of at most 99, each with the Route, keeping every value', () => {
    const many = Array.from({ length: 250 }, (_, i) => i);
    publishRoute(newMetrics(), 'late_fee', totals({ confidence: many.map((i) => i / 250), latencyMs: many }));
    const docs = emitted();
    expect(docs).toHaveLength(3);
    for (const doc of docs) {
      expect(doc.Route).toBe('late_fee');
      expect(valuesOf(doc, METRIC.classifyLatencyMs).length).toBeLessThanOrEqual(99);
    }
    expect(docs.flatMap((d) => valuesOf(d, METRIC.classifyLatencyMs))).toEqual(many);
    expect(docs.flatMap((d) => valuesOf(d, METRIC.confidence))).toHaveLength(250);
    // The counts are written once, in the first document, so sums are not tripled.
    expect(docs.flatMap((d) => valuesOf(d, METRIC.ticketsReceived))).toEqual([3]);
  });

  it('publishes the counts of a route with no per-ticket values, as one document', () => {
    publishRoute(newMetrics(), 'login_help', totals({ confidence: [], latencyMs: [], received: 0, auto: 0 }));
    const docs = emitted();
    expect(docs).toHaveLength(1);
    expect(valuesOf(docs[0] as Emf, METRIC.ticketsReceived)).toEqual([0]);
  });
});

describe('emptyTotals', () => {
  it('starts at zero with fresh lists, so two routes never share one', () => {
    const a = emptyTotals();
    const b = emptyTotals();
    a.confidence.push(0.5);
    expect(b.confidence).toEqual([]);
    expect(b).toMatchObject({ received: 0, auto: 0, escalated: 0, usd: 0 });
  });
});
