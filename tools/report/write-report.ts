/** Writes a report page, with the installed Chart.js read from node_modules at report time. */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderReportHtml } from './render-html.js';
import type { ReportData } from './report-data.js';

/**
 * chart.js's `exports` map does not list dist/chart.umd.min.js, so the package's main entry is
 * resolved (dist/chart.cjs) and the UMD bundle, a self-contained browser build, is read beside it.
 */
const chartJsPath = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');

const readChartJs = (): string => readFileSync(chartJsPath(), 'utf8');

const writeReport = (path: string, data: ReportData): void => {
  writeFileSync(path, renderReportHtml(data, readChartJs()));
};

export { chartJsPath, readChartJs, writeReport };
