/**
 * The report of one `triage run`: the handlers' EMF metrics, the route audit trail read before the
 * stack stopped, and the run summary and per-line results. Pure: the command gathers the inputs.
 */

import { METRIC } from '../../lib/adapters/metrics/metric-names.js';
import type { RouteAuditEntry } from '../../lib/domain/ports.js';
import { DEFAULTS } from '../../lib/domain/settings.schema.js';
import { riskCoverageCurve } from '../eval/risk-coverage.js';
import type { LineResult, RunSummary } from '../local/run-report.js';
import { totalsFacts } from '../local/run-report.js';
import { auditTimelines } from './audit-timeline.js';
import {
  automationVsPrecision,
  costBreakdown,
  reasonCounts,
  riskCoverage,
  thresholdTimeline,
} from './chart-configs.js';
import { emfTotals } from './emf-metrics.js';
import type { ReportData, ReportSection } from './report-data.js';

/** Cost assumptions for a run, where nothing priced human work: the simulator's defaults. */
const RUN_COSTS = {
  humanPerTicket: DEFAULTS.cost.humanCostPerTicket,
  wrongAuto: DEFAULTS.cost.wrongAutoCost,
};

interface RunReportInput {
  summary: RunSummary;
  results: readonly LineResult[];
  /** The input label of each result (same order), when the input had one. */
  labels: readonly (string | undefined)[];
  telemetryLines: readonly string[];
  audit: Readonly<Record<string, readonly RouteAuditEntry[]>>;
  targetError: number;
  generatedAt?: string;
}

const automationSection = (input: RunReportInput, emf: ReturnType<typeof emfTotals>): ReportSection => {
  const rows = Object.entries(emf.byRoute)
    .filter(([, m]) => (m[METRIC.ticketsReceived] ?? 0) > 0)
    .map(([route, m]) => {
      const s = input.summary.routes[route];
      return {
        route,
        automation: (m[METRIC.autoResolved] ?? 0) / (m[METRIC.ticketsReceived] ?? 1),
        precision: s?.labelled ? (s.autoCorrect ?? 0) / s.labelled : null,
      };
    })
    .sort((a, b) => b.automation - a.automation);
  const section = {
    id: 'automation',
    title: 'Automation rate and realized precision per route',
    notes: [
      `Automation rate: the handlers' EMF metrics ${METRIC.autoResolved} / ${METRIC.ticketsReceived} per route. Realized precision: auto-resolutions matching the input label / labelled auto-resolutions (run summary). The dashed line is the precision target, 1 − target error.`,
    ],
  };
  return rows.length > 0
    ? { ...section, chart: automationVsPrecision(rows, input.targetError) }
    : { ...section, missing: 'No per-route EMF metrics were captured in this run.' };
};

const timelineSection = (input: RunReportInput): ReportSection => {
  const timelines = auditTimelines(input.audit);
  const section = {
    id: 'timeline',
    title: 'Threshold and mode over time',
    notes: [
      'From the RouteAudit table (at, after.threshold, after.mode), read before the local stack stopped; the first point of each route is its state before its first change. Point shape is the mode: circle auto, triangle shadow, cross human.',
    ],
  };
  return Object.keys(timelines).length > 0
    ? { ...section, chart: thresholdTimeline(timelines) }
    : { ...section, missing: 'No route changed during this run: the audit trail is empty.' };
};

const costSection = (input: RunReportInput, emf: ReturnType<typeof emfTotals>): ReportSection => {
  const { summary } = input;
  const llm = emf.all[METRIC.llmCostUsd] ?? 0;
  const wrongCount = Object.values(summary.routes).reduce(
    (n, r) => n + (r.labelled ?? 0) - (r.autoCorrect ?? 0),
    0,
  );
  const handled = summary.autoResolved + summary.escalated;
  return {
    id: 'cost',
    title: 'Cost breakdown (USD, whole run)',
    notes: [
      `LLM: the sum of the EMF metric ${METRIC.llmCostUsd}. Human handling: escalated tickets × ${RUN_COSTS.humanPerTicket} USD. Wrong auto-resolutions: auto-resolutions whose route differs from the input label × ${RUN_COSTS.wrongAuto} USD (unlabelled input counts none). All-human: the same LLM cost plus every auto-resolved or escalated ticket × ${RUN_COSTS.humanPerTicket} USD. Quarantined and dead-lettered tickets are not priced.`,
      'The aggressive baseline needs a replay with a fixed low threshold; `triage simulate --report` shows it.',
    ],
    chart: costBreakdown(
      [
        {
          name: 'this run',
          llm,
          human: summary.escalated * RUN_COSTS.humanPerTicket,
          wrong: wrongCount * RUN_COSTS.wrongAuto,
        },
        { name: 'all human', llm, human: handled * RUN_COSTS.humanPerTicket, wrong: 0 },
      ],
      'USD',
    ),
  };
};

const riskSection = (input: RunReportInput): ReportSection => {
  // Tickets of human-only routes can never be automated, so they do not belong on the curve.
  const scored = input.results.flatMap((r, i) => {
    const label = input.labels[i];
    const mode = r.route === null ? undefined : input.summary.routes[r.route]?.mode;
    return r.route !== null && r.confidence !== null && label !== undefined && mode !== 'human'
      ? [{ label, predicted: r.route, confidence: r.confidence }]
      : [];
  });
  const section = {
    id: 'risk-coverage',
    title: 'Risk–coverage curve',
    notes: [
      'From the per-line results: classified tickets of routes not human-only, sorted by confidence; for each confidence cut, the share answered (coverage) and the share of those whose route differs from the input label (risk).',
    ],
  };
  return scored.length > 0
    ? { ...section, chart: riskCoverage(riskCoverageCurve(scored), input.targetError) }
    : { ...section, missing: 'The risk–coverage curve needs labelled input (a "label" column).' };
};

const reasonsSection = (summary: RunSummary): ReportSection => {
  const section = {
    id: 'reasons',
    title: 'Escalation and quarantine reasons',
    notes: ['Counts from the run summary: escalationReasons and quarantineReasons.'],
  };
  const any = Object.keys(summary.escalationReasons).length + Object.keys(summary.quarantineReasons).length;
  return any > 0
    ? { ...section, chart: reasonCounts(summary.escalationReasons, summary.quarantineReasons) }
    : { ...section, missing: 'No ticket was escalated or quarantined.' };
};

const runReportData = (input: RunReportInput): ReportData => {
  const emf = emfTotals(input.telemetryLines);
  const s = input.summary;
  return {
    title: 'triage run: operator report',
    facts: [...totalsFacts(s), `target error ${input.targetError}`],
    generatedAt: input.generatedAt ?? new Date().toISOString(),
    sections: [
      automationSection(input, emf),
      timelineSection(input),
      costSection(input, emf),
      riskSection(input),
      reasonsSection(s),
    ],
  };
};

export type { RunReportInput };
export { RUN_COSTS, runReportData };
