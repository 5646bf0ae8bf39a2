import { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../../lib/adapters/metrics/metric-names.js';
import { createTelemetry } from '../../../lib/wiring/telemetry.js';
import type { TelemetrySink } from '../../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../../tools/local/telemetry-capture.js';

/** One logger and one metrics buffer per handler instance, named for the service. */

let sink: TelemetrySink;
beforeEach(() => {
  sink = captureTelemetry();
});
afterEach(() => sink.restore());

const lines = () => sink.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
const emf = () =>
  lines().filter((l) => '_aws' in l) as {
    _aws: { CloudWatchMetrics: { Namespace: string }[] };
    [key: string]: unknown;
  }[];

describe('createTelemetry', () => {
  it('logs JSON lines under the service name, at the level asked for', () => {
    const { logger } = createTelemetry({ logLevel: 'WARN' });
    expect(logger.getLevelName()).toBe('WARN');
    logger.info('not shown');
    logger.warn('shown');
    expect(lines().map((l) => [l.level, l.message, l.service])).toEqual([['WARN', 'shown', SERVICE_NAME]]);
  });

  it('logs nothing at SILENT, and keeps the environment’s level when none is asked for', () => {
    createTelemetry({ logLevel: 'SILENT' }).logger.error('hidden');
    expect(lines()).toEqual([]);
    const ambient = new Logger({ serviceName: SERVICE_NAME }).getLevelName();
    expect(createTelemetry().logger.getLevelName()).toBe(ambient);
  });

  it('emits metrics in the product namespace with the service dimension', () => {
    const { metrics } = createTelemetry();
    metrics.addMetric('Probe', MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
    const [doc] = emf();
    expect(doc?._aws.CloudWatchMetrics[0]?.Namespace).toBe(METRICS_NAMESPACE);
    expect(doc?.service).toBe(SERVICE_NAME);
    expect(doc?.Probe).toBe(1);
  });

  it('gives each handler instance its own metrics buffer, so two stacks in a process stay apart', () => {
    const a = createTelemetry();
    const b = createTelemetry();
    a.metrics.addMetric('OnlyA', MetricUnit.Count, 1);
    b.metrics.addMetric('OnlyB', MetricUnit.Count, 2);
    b.metrics.publishStoredMetrics();
    expect(emf().map((d) => [d.OnlyA, d.OnlyB])).toEqual([[undefined, 2]]);
  });
});
