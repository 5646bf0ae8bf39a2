import { describe, expect, it } from 'vitest';
import { auditTimelines } from '../../../tools/report/audit-timeline.js';
import { emfTotals } from '../../../tools/report/emf-metrics.js';
import { escapeHtml, jsonForScript } from '../../../tools/report/html-escape.js';
import { renderReportHtml } from '../../../tools/report/render-html.js';
import { chartCount } from '../../../tools/report/report-data.js';
import { runReportData } from '../../../tools/report/run-report-data.js';
import { costParts, simulateReportData } from '../../../tools/report/simulate-report-data.js';
import { HOSTILE, runInput, telemetryLines } from '../../support/report-fixtures.js';
import { COST, simulationReport } from '../../support/simulate-fixture.js';

describe('emfTotals', () => {
  it('sums numbers and arrays per route and overall, and skips logs and non-JSON', () => {
    const totals = emfTotals(telemetryLines);
    expect(totals.byRoute.late_fee).toEqual({ TicketsReceived: 5, AutoResolved: 3, Escalated: 2 });
    expect(totals.byRoute[HOSTILE]).toEqual({ TicketsReceived: 2, Escalated: 2 });
    expect(totals.overall.LlmCostUsd).toBeCloseTo(0.003);
    expect(totals.all.TicketsReceived).toBe(7);
    expect(Object.keys(totals.byRoute)).toHaveLength(2);
  });
});

describe('auditTimelines', () => {
  it('orders the newest-first trail by time and starts from the state before the first change', () => {
    const timelines = auditTimelines(runInput().audit);
    expect(Object.keys(timelines).sort()).toEqual([HOSTILE, 'late_fee'].sort());
    expect(timelines.late_fee?.map((p) => [p.at.slice(17, 19), p.mode, p.threshold])).toEqual([
      ['02', 'shadow', 0.95],
      ['02', 'auto', 0.93],
      ['04', 'auto', 0.9],
    ]);
  });
});

describe('runReportData', () => {
  it('builds all five charts from labelled input, with the documented cost assumptions', () => {
    const data = runReportData(runInput());
    expect(chartCount(data)).toBe(5);
    const cost = data.sections.find((s) => s.id === 'cost')?.chart as {
      data: { datasets: { data: number[] }[] };
    };
    const [llm, human, wrong] = cost.data.datasets.map((d) => d.data);
    expect(llm?.[0]).toBeCloseTo(0.003);
    expect(human).toEqual([4 * 4, 7 * 4]);
    // One wrong auto-resolution at the break-even price: 4 USD human cost / 0.02 target error.
    expect(wrong).toEqual([200, 0]);
    const automation = data.sections[0]?.chart as {
      data: { labels: string[]; datasets: { data: unknown[] }[] };
    };
    expect(automation.data.labels).toEqual(['late_fee', HOSTILE]);
    expect(automation.data.datasets[0]?.data).toEqual([0.6, 0]);
    expect(automation.data.datasets[1]?.data).toEqual([2 / 3, null]);
  });

  it('says the risk–coverage curve needs labels when the input has none', () => {
    const input = runInput();
    const data = runReportData({ ...input, labels: input.results.map(() => undefined), audit: {} });
    expect(data.sections.find((s) => s.id === 'risk-coverage')?.missing).toMatch(/labelled input/);
    expect(data.sections.find((s) => s.id === 'timeline')?.missing).toMatch(/audit trail is empty/);
    expect(chartCount(data)).toBe(3);
  });
});

describe('simulateReportData', () => {
  it('splits cost per ticket into parts that add up to the replay figure', () => {
    const p = costParts('adaptive', simulationReport, COST);
    expect(p.llm + p.human + p.wrong).toBeCloseTo(simulationReport.costPerTicket);
    const data = simulateReportData(simulationReport, COST);
    expect(chartCount(data)).toBe(2);
    expect(data.sections.filter((s) => s.missing).map((s) => s.id)).toEqual([
      'timeline',
      'risk-coverage',
      'reasons',
    ]);
  });
});

describe('escaping', () => {
  it('escapes markup and keeps embedded JSON from closing its script block', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const json = jsonForScript({ s: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toEqual({ s: '</script><script>alert(1)</script>' });
  });

  it('never puts a hostile route id or reason into the page unescaped', () => {
    const data = runReportData(runInput());
    data.sections[0]?.notes.push(`route ${HOSTILE}`);
    const html = renderReportHtml({ ...data, title: HOSTILE }, '/* chart.js */');
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml(HOSTILE));
  });
});
