import { describe, expect, it } from 'vitest';
import { simulateReportData } from '../../../tools/report/simulate-report-data.js';
import type { ReplayedTicket } from '../../../tools/simulate/replay.js';
import { streamTrace } from '../../../tools/simulate/stream-trace.js';
import { COST, simulationReport } from '../../support/simulate-fixture.js';

const ticket = (predicted: string, label: string, auto: boolean, afterDrift = false): ReplayedTicket => ({
  predicted,
  label,
  auto,
  confidence: 0.9,
  candidate: true,
  afterDrift,
});

/** 200 tickets: the first 100 right, the last 100 drifted, half of them wrong. */
const loop = Array.from({ length: 200 }, (_, i) =>
  i < 100 ? ticket('a', 'a', true) : ticket('a', i % 2 ? 'b' : 'a', true, true),
);

describe('the stream trace', () => {
  it('gives each window its error and automation, and marks the drift', () => {
    const trace = streamTrace({
      seed: 1,
      loop,
      fixed: { '0.9': loop.map((t) => ({ ...t, auto: false })) },
      configTrace: {
        a: [{ at: 0, mode: 'auto', threshold: 0.9 }],
        b: [{ at: 0, mode: 'shadow', threshold: 0.9 }],
      },
      driftRoutes: new Set(['a']),
    });
    expect(trace.windowSize).toBe(50);
    expect(trace.driftAt).toBe(100);
    expect(trace.windows.map((w) => w.loop.error)).toEqual([0, 0, 0.5, 0.5]);
    expect(trace.windows.map((w) => w.fixed['0.9'])).toEqual(
      Array.from({ length: 4 }, () => ({ error: null, automation: 0 })),
    );
    expect(Object.keys(trace.routes)).toEqual(['a']);
  });

  it('draws the trace in the simulate report, and says so when there is none', () => {
    const trace = streamTrace({ seed: 1, loop, fixed: {}, configTrace: {}, driftRoutes: new Set() });
    const withTrace = simulateReportData({ ...simulationReport, trace }, COST);
    expect(withTrace.sections.filter((s) => s.chart).map((s) => s.id)).toEqual(
      expect.arrayContaining(['rolling-error', 'rolling-automation', 'timeline']),
    );
    const without = simulateReportData(simulationReport, COST);
    expect(without.sections.find((s) => s.id === 'timeline')?.missing).toMatch(/without a replay trace/);
  });
});
