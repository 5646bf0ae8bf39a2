import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInput } from '../test/support/report-fixtures.js';
import { COST, simulationReport } from '../test/support/simulate-fixture.js';
import { renderReportHtml } from '../tools/report/render-html.js';
import { chartCount } from '../tools/report/report-data.js';
import { runReportData } from '../tools/report/run-report-data.js';
import { simulateReportData } from '../tools/report/simulate-report-data.js';
import { writeReport } from '../tools/report/write-report.js';

/** Debian's Chromium draws the real page: Chart.js must load from the inlined source and draw. */
const CHROMIUM = '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'report-browser-'));
/**
 * Written to a temp file, so a test run never changes the repository (REPORT_SCREENSHOT=path keeps
 * it). README's picture is a real run's report, shot with the same Chromium flags.
 */
const SCREENSHOT = process.env.REPORT_SCREENSHOT ?? join(work, 'report.png');

const chromium = (url: string, extra: string[]): string =>
  execFileSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${mkdtempSync(join(work, 'profile-'))}`,
      '--virtual-time-budget=5000',
      ...extra,
      url,
    ],
    { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );

const bodyAttribute = (dom: string, name: string): string | undefined => {
  const body = /<body([^>]*)>/.exec(dom)?.[1] ?? '';
  return new RegExp(`${name}="([^"]*)"`).exec(body)?.[1];
};

describe('report page in headless Chromium', () => {
  beforeAll(() => {
    // A test installs nothing and never skips: without the browser every test here fails, saying why.
    if (!existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does)`);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('draws every chart of a run report without errors, and screenshots it', () => {
    const data = runReportData(runInput());
    const page = join(work, 'run-report.html');
    writeReport(page, data);
    const url = pathToFileURL(page).href;
    const dom = chromium(url, ['--dump-dom']);
    expect(bodyAttribute(dom, 'data-errors') ?? '').toBe('');
    expect(bodyAttribute(dom, 'data-charts-rendered')).toBe(String(chartCount(data)));
    expect(chartCount(data)).toBe(5);
    chromium(url, [`--screenshot=${SCREENSHOT}`, '--window-size=1280,2000', '--hide-scrollbars']);
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  }, 60_000);

  it('draws the charts of a simulate report and says which are missing', () => {
    const data = simulateReportData(simulationReport, COST);
    const page = join(work, 'simulate-report.html');
    writeReport(page, data);
    const dom = chromium(pathToFileURL(page).href, ['--dump-dom']);
    expect(bodyAttribute(dom, 'data-errors') ?? '').toBe('');
    expect(bodyAttribute(dom, 'data-charts-rendered')).toBe('2');
    expect(dom).toContain('Not available for simulate');
  }, 60_000);

  it('records a script error on the page, so the checks above can fail', () => {
    const page = join(work, 'broken-report.html');
    writeFileSync(page, renderReportHtml(runReportData(runInput()), 'throw new Error("chart.js broke")'));
    const dom = chromium(pathToFileURL(page).href, ['--dump-dom']);
    expect(bodyAttribute(dom, 'data-errors')).toMatch(/chart\.js broke/);
    expect(bodyAttribute(dom, 'data-charts-rendered')).toBe('0');
  }, 60_000);
});
