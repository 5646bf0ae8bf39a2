import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../../../lib/adapters/metrics/metric-names.js';
import { publishRetuneMetrics } from '../../../../lib/adapters/metrics/retune-metrics.js';
import type { TelemetrySink } from '../../../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../../../tools/local/telemetry-capture.js';

/** The retune's per-route EMF documents, as CloudWatch would read them. */

let sink: TelemetrySink;
beforeEach(() => {
  sink = captureTelemetry();
});
afterEach(() => sink.restore());

const docs = () => sink.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((d) => '_aws' in d);

const plan = (routeId: string, history?: string) => ({
  routeId,
  plan: { mode: 'shadow' as const, threshold: 0.9, reason: 'insufficient_evidence' },
  ...(history ? { history } : {}),
});

describe('publishRetuneMetrics', () => {
  it('publishes HistoryRefuted on the routes whose history was refuted, and only there', () => {
    const report = {
      plans: [plan('pay_early', 'refuted'), plan('late_fee', 'kept'), plan('dispute')],
      changes: [],
      conflicts: [],
      dryRun: false,
    };
    publishRetuneMetrics(new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }), report);
    const byRoute = new Map(
      docs()
        .filter((d) => d.Route)
        .map((d) => [d.Route, d]),
    );
    expect(byRoute.get('pay_early')).toMatchObject({ HistoryRefuted: 1, RouteAutomated: 0 });
    expect(byRoute.get('late_fee')).not.toHaveProperty('HistoryRefuted');
    expect(byRoute.get('dispute')).not.toHaveProperty('HistoryRefuted');
    expect(byRoute.get('late_fee')).toMatchObject({ RouteThreshold: 0.9 });
  });

  it('publishes the stream bound once per run, and 1 when nothing was certified', () => {
    const base = { plans: [plan('pay_early')], changes: [], conflicts: [], dryRun: false };
    const metrics = () => new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
    publishRetuneMetrics(metrics(), { ...base, stream: { upperBound: 0.0123 } });
    publishRetuneMetrics(metrics(), base);
    const totals = docs().filter((d) => !d.Route);
    expect(totals.map((d) => d.StreamErrorUpperBound)).toEqual([0.0123, 1]);
  });
});
