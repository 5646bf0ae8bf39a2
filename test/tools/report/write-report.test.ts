import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReportData } from '../../../tools/report/run-report-data.js';
import { simulateReportData } from '../../../tools/report/simulate-report-data.js';
import { readChartJs, writeReport } from '../../../tools/report/write-report.js';
import { runInput } from '../../support/report-fixtures.js';
import { COST, simulationReport } from '../../support/simulate-fixture.js';

/**
 * The written page without a browser: what it must carry for Chromium to draw it offline. That it
 * really draws is a system check (test-system/report-browser.test.ts), as it needs Chromium.
 */

const work = mkdtempSync(join(tmpdir(), 'report-page-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const written = (name: string, data: Parameters<typeof writeReport>[1]): string => {
  const page = join(work, name);
  writeReport(page, data);
  return readFileSync(page, 'utf8');
};

describe('the written report page', () => {
  it('inlines the installed Chart.js and loads nothing from elsewhere', () => {
    const html = written('run.html', runReportData(runInput()));
    expect(readChartJs().length).toBeGreaterThan(100_000);
    expect(html).toContain(readChartJs().slice(0, 200));
    expect(html).not.toMatch(/<script[^>]+\bsrc=/i);
    expect(html).not.toMatch(/<link[^>]+\bhref=/i);
  });

  it('says in the simulate page which charts the simulation cannot draw', () => {
    const html = written('simulate.html', simulateReportData(simulationReport, COST));
    expect(html).toContain('Not available for simulate');
  });
});
