import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../../../lib/adapters/metrics/metric-names.js';
import { publishTrainFailure, publishTrainMetrics } from '../../../../lib/adapters/metrics/scorer-metrics.js';
import type { TelemetrySink } from '../../../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../../../tools/local/telemetry-capture.js';

/** The training run's EMF document, as CloudWatch would read it. */

let sink: TelemetrySink;
beforeEach(() => {
  sink = captureTelemetry();
});
afterEach(() => sink.restore());

const docs = () => sink.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((d) => '_aws' in d);
const metrics = () => new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
const NOW = new Date('2026-11-03T03:00:00.000Z');

describe('publishTrainMetrics', () => {
  it('counts a trained version, the examples, and the active scorer age in hours', () => {
    publishTrainMetrics(
      metrics(),
      { kind: 'trained', examples: 300, active: { trainedAt: '2026-11-03T00:00:00.000Z' } },
      NOW,
    );
    expect(docs()).toEqual([
      expect.objectContaining({
        ScorerTrained: 1,
        ScorerTrainingFailed: 0,
        ScorerExamples: 300,
        ScorerAgeHours: 3,
      }),
    ]);
  });

  it("publishes the trained version's need-a-person detector and its out-of-fold figures", () => {
    const detector = { trained: true, positives: 40, oofRecall: 0.75, flagRate: 0.01 };
    publishTrainMetrics(metrics(), { kind: 'trained', examples: 300, detector }, NOW);
    expect(docs()[0]).toMatchObject({
      NeedDetectorTrained: 1,
      NeedDetectorPositives: 40,
      NeedDetectorRecall: 0.75,
      NeedDetectorFlagRate: 0.01,
    });
  });

  it('says a trained version has no detector, without recall figures, when too few tickets were marked', () => {
    publishTrainMetrics(
      metrics(),
      { kind: 'trained', examples: 300, detector: { trained: false, positives: 3 } },
      NOW,
    );
    expect(docs()[0]).toMatchObject({ NeedDetectorTrained: 0, NeedDetectorPositives: 3 });
    expect(docs()[0]).not.toHaveProperty('NeedDetectorRecall');
  });

  it('ages the scorer still in use when a run is skipped', () => {
    publishTrainMetrics(
      metrics(),
      { kind: 'skipped', examples: 12, active: { trainedAt: '2026-11-01T03:00:00.000Z' } },
      NOW,
    );
    expect(docs()[0]).toMatchObject({ ScorerTrained: 0, ScorerExamples: 12, ScorerAgeHours: 48 });
  });

  it('publishes no age while no scorer was ever activated, so staleness cannot alarm on a new stack', () => {
    publishTrainMetrics(metrics(), { kind: 'skipped', examples: 12 }, NOW);
    expect(docs()[0]).not.toHaveProperty('ScorerAgeHours');
  });
});

describe('publishTrainFailure', () => {
  it('counts one failed run', () => {
    publishTrainFailure(metrics());
    expect(docs()).toEqual([expect.objectContaining({ ScorerTrainingFailed: 1 })]);
  });
});
