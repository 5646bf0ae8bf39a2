/**
 * One self-contained HTML page: Chart.js inlined, the report data as JSON in a data block, and a
 * small script that draws each chart. Opening it needs no network (the content security policy
 * forbids any fetch), and it records what it drew and any error on <body> so a headless browser
 * can check it.
 */

import { escapeHtml, jsonForScript } from './html-escape.js';
import type { ReportData, ReportSection } from './report-data.js';

const STYLE = `body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}
section{margin:28px 0}.chart{position:relative;height:380px}.missing{color:#a33;font-style:italic}
.facts{color:#555}p{margin:6px 0}`;

// Runs first, so errors thrown while Chart.js loads or charts draw are caught too.
const ERROR_PROBE = `(function(){var errors=[];function record(m){errors.push(String(m));document.body.dataset.errors=errors.join(' | ');}
window.onerror=function(message,source,line){record(message+' (line '+line+')');};
var original=console.error;console.error=function(){record(Array.prototype.join.call(arguments,' '));original.apply(console,arguments);};})();`;

const DRAW = `(function(){var data=JSON.parse(document.getElementById('report-data').textContent);var n=0;
data.sections.forEach(function(s){if(!s.chart)return;try{new Chart(document.getElementById('chart-'+s.id),s.chart);n+=1;}catch(e){console.error('chart '+s.id+': '+(e&&e.message));}});
document.body.dataset.chartsRendered=String(n);})();`;

const CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const sectionHtml = (s: ReportSection): string => {
  const notes = s.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('');
  const body = s.chart
    ? `<div class="chart"><canvas id="chart-${escapeHtml(s.id)}"></canvas></div>`
    : `<p class="missing">${escapeHtml(s.missing ?? 'No data.')}</p>`;
  return `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>${notes}${body}</section>`;
};

/** `chartJs` is the source of chart.umd.min.js; it is trusted code, but `</script` is still guarded. */
const renderReportHtml = (data: ReportData, chartJs: string): string =>
  [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    `<title>${escapeHtml(data.title)}</title><style>${STYLE}</style></head>`,
    `<body><script>${ERROR_PROBE}</script>`,
    `<h1>${escapeHtml(data.title)}</h1>`,
    `<p class="facts">${data.facts.map(escapeHtml).join(' · ')} · generated ${escapeHtml(data.generatedAt)}</p>`,
    ...data.sections.map(sectionHtml),
    `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
    `<script>${chartJs.replace(/<\/script/gi, '<\\/script')}</script>`,
    `<script>${DRAW}</script>`,
    '</body></html>',
  ].join('\n');

export { renderReportHtml };
