/**
 * The report of one `triage simulate`: per-route figures, the fixed-threshold baselines and the
 * costs, all per ticket. The replay's individual scores are not part of the SimulationReport, so the
 * risk–coverage curve, the audit timeline and the reasons are shown as missing, with the reason.
 */

import type { ReplayFigures } from '../simulate/replay-metrics.js';
import type { SimulationReport } from '../simulate/simulate.js';
import type { StreamTrace } from '../simulate/stream-trace.js';
import { automationVsPrecision, costBreakdown, overStream, routeConfigsOverStream } from './chart-configs.js';
import { percent } from './percent.js';
import type { ReportData, ReportSection } from './report-data.js';

interface CostModel {
  llmCostPerTicket: number;
  humanCostPerTicket: number;
  wrongAutoCost: number;
}

/** Splits a replay's cost per ticket into its parts, by the same model replayFigures sums. */
const costParts = (
  name: string,
  f: Pick<ReplayFigures, 'automationRate' | 'realizedError'>,
  cost: CostModel,
) => ({
  name,
  llm: cost.llmCostPerTicket,
  human: (1 - f.automationRate) * cost.humanCostPerTicket,
  wrong: f.automationRate * f.realizedError * cost.wrongAutoCost,
});

const missing = (id: string, title: string, why: string): ReportSection => ({
  id,
  title,
  notes: [],
  missing: why,
});

const series = (trace: StreamTrace, pick: (w: StreamTrace['windows'][number]['loop']) => number | null) => [
  { label: 'loop', points: trace.windows.map((w) => ({ x: w.end, y: pick(w.loop) })) },
  ...Object.keys(trace.windows[0]?.fixed ?? {}).map((t) => ({
    label: `fixed ${t}`,
    points: trace.windows.map((w) => ({ x: w.end, y: w.fixed[t] ? pick(w.fixed[t]) : null })),
  })),
];

/** The stream as it happened on the first seed: error and automation over time, and the routes' configs. */
const traceSections = (trace: StreamTrace | undefined, targetError: number): ReportSection[] => {
  if (!trace)
    return [missing('timeline', 'The stream over time', 'This report was built without a replay trace.')];
  const maxX = trace.windows.at(-1)?.end ?? 0;
  const window = `windows of ${trace.windowSize} tickets, seed ${trace.seed}`;
  const drift = trace.driftAt !== undefined ? { driftAt: trace.driftAt } : {};
  return [
    {
      id: 'rolling-error',
      title: 'Error among auto-resolutions over the stream',
      notes: [
        `Per window (${window}): wrong auto-resolutions over auto-resolutions, for the loop and each fixed threshold. A gap is a window with none. The dashed line is the target${trace.driftAt !== undefined ? '; the dotted one is where the drift starts' : ''}.`,
      ],
      chart: overStream(
        series(trace, (w) => w.error),
        'error among auto-resolutions',
        { target: targetError, maxX, ...drift },
      ),
    },
    {
      id: 'rolling-automation',
      title: 'Automation over the stream',
      notes: [`Per window (${window}): the share of tickets auto-resolved.`],
      chart: overStream(
        series(trace, (w) => w.automation),
        'automation rate',
        { maxX, ...drift },
      ),
    },
    {
      id: 'timeline',
      title: 'Route threshold and mode over the stream',
      notes: [
        `The threshold and mode each decision saw (${trace.seed === undefined ? '' : `seed ${trace.seed}`}): the drifted routes first, then the busiest. A change is a retune or a circuit-breaker trip.`,
      ],
      chart: routeConfigsOverStream(trace.routes, maxX),
    },
  ];
};

const simulateReportData = (report: SimulationReport, cost: CostModel, generatedAt?: string): ReportData => {
  const rows = Object.entries(report.perRoute)
    .map(([route, r]) => ({
      route,
      automation: r.tickets > 0 ? r.autoResolved / r.tickets : 0,
      precision: r.autoResolved > 0 ? 1 - r.wrong / r.autoResolved : null,
    }))
    .sort((a, b) => b.automation - a.automation);
  return {
    title: 'triage simulate: operator report',
    facts: [
      `${report.seeds.length} seed(s)`,
      report.coldStart ? 'cold start' : 'warm start',
      `target error ${report.targetError}`,
      `realized error ${percent(report.realizedError)}`,
      `automation ${percent(report.automationRate)}`,
    ],
    generatedAt: generatedAt ?? new Date().toISOString(),
    sections: [
      {
        id: 'automation',
        title: 'Automation rate and realized precision per route',
        notes: [
          'From the SimulationReport perRoute counts (by predicted route, summed over seeds): auto-resolved over tickets, and 1 − wrong over auto-resolved. The dashed line is the precision target, 1 − target error.',
        ],
        chart: automationVsPrecision(rows, report.targetError),
      },
      ...traceSections(report.trace, report.targetError),
      {
        id: 'cost',
        title: 'Cost breakdown (USD per ticket)',
        notes: [
          `Per ticket, from the replay figures and the cost model: LLM ${cost.llmCostPerTicket} USD on every ticket, human handling ${cost.humanCostPerTicket} USD per escalated ticket, ${cost.wrongAutoCost} USD per wrong auto-resolution. The fixed thresholds are baselines replayed on the same staged stream.`,
        ],
        chart: costBreakdown(
          [
            costParts('adaptive', report, cost),
            ...Object.entries(report.baselines.fixed).map(([t, f]) => costParts(`fixed ${t}`, f, cost)),
            { name: 'all human', llm: cost.llmCostPerTicket, human: cost.humanCostPerTicket, wrong: 0 },
          ],
          'USD per ticket',
        ),
      },
      missing(
        'risk-coverage',
        'Risk–coverage curve',
        'Not available for simulate: the SimulationReport does not expose per-ticket scores. `triage run --report` with labelled input draws it.',
      ),
      missing(
        'reasons',
        'Escalation and quarantine reasons',
        'Not available for simulate: the replay records no escalation or quarantine reasons.',
      ),
    ],
  };
};

export type { CostModel };
export { costParts, simulateReportData };
