/**
 * The report of one `triage simulate`: per-route figures, the fixed-threshold baselines and the
 * costs, all per ticket. The replay's individual scores are not part of the SimulationReport, so the
 * risk–coverage curve, the audit timeline and the reasons are shown as missing, with the reason.
 */

import type { ReplayFigures } from '../simulate/replay-metrics.js';
import type { SimulationReport } from '../simulate/simulate.js';
import { automationVsPrecision, costBreakdown } from './chart-configs.js';
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

const simulateReportData = (report: SimulationReport, cost: CostModel, generatedAt?: string): ReportData => {
  const rows = Object.entries(report.perRoute)
    .map(([route, r]) => ({
      route,
      automation: r.tickets > 0 ? r.autoResolved / r.tickets : 0,
      precision: r.autoResolved > 0 ? 1 - r.wrong / r.autoResolved : null,
    }))
    .sort((a, b) => b.automation - a.automation);
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  return {
    title: 'triage simulate: operator report',
    facts: [
      `${report.seeds.length} seed(s)`,
      report.coldStart ? 'cold start' : 'warm start',
      `target error ${report.targetError}`,
      `realized error ${pct(report.realizedError)}`,
      `automation ${pct(report.automationRate)}`,
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
      missing(
        'timeline',
        'Threshold and mode over time',
        'Not available for simulate: the replay keeps no route audit trail. `triage run --report` shows it.',
      ),
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
