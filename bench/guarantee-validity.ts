/**
 * The guarantee's validity harness (tools/simulate/guarantee-harness.ts) over the full grid: one
 * bad route (3%, 6%, 10%) among good ones at 30 to 500 labels, a whole pool at and above the
 * target, and history at 0.5% contradicted by live labels at 4% and 6%, with concentrated and
 * spread scores, each through the retune's own code with the product's defaults.
 *
 *   npx tsx bench/guarantee-validity.ts [--runs N] [--only TEXT] [--json FILE]
 *
 * Per cell: the share of runs that automated the route the cell is about (or any route), that
 * automated a route above its cap, and whose automated routes together erred above the target.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../lib/domain/settings.schema.js';
import type { CellResult } from '../tools/simulate/guarantee-harness.js';
import { fullGrid, runCell } from '../tools/simulate/guarantee-harness.js';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, only: { type: 'string' }, json: { type: 'string' } },
  strict: true,
});
const runs = Number(values.runs ?? 400);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');

const settings = { ...DEFAULTS.retune, cost: DEFAULTS.cost };
const cells = fullGrid().filter((c) => !values.only || c.name.includes(values.only));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const started = Date.now();
const results: CellResult[] = [];
process.stdout.write(
  `target ${pct(settings.targetError).trim()} · route cap ${pct(settings.routeCap).trim()} · δ ${settings.delta} · ${runs} runs per cell\n\n`,
);
process.stdout.write(`${'cell'.padEnd(58)} automated  route viol.  stream viol.\n`);
for (const cell of cells) {
  const r = await runCell(cell, settings, runs);
  results.push(r);
  process.stdout.write(
    `${cell.name.padEnd(58)} ${pct(r.automated)}     ${pct(r.routeViolations)}       ${pct(r.streamViolations)}\n`,
  );
}
const seconds = Math.round((Date.now() - started) / 1000);
process.stdout.write(`\n${cells.length} cells in ${seconds} s\n`);
if (values.json)
  writeFileSync(values.json, `${JSON.stringify({ settings, runs, seconds, cells: results }, null, 2)}\n`);
