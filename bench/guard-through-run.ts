/**
 * The guard set through the whole local pipeline, with the sample's warm start:
 *
 *   node bin/triage.js run --input data/guard/needs-person.csv --results /tmp/guard-results.jsonl
 *   npx tsx bench/guard-through-run.ts --results /tmp/guard-results.jsonl [--threshold 0.9] [--json]
 *
 * Per split (dev: the signals were tuned on it; heldout: never), how many tickets were
 * auto-resolved, why the rest reached a person, and how many reached one only because their route
 * was in shadow mode while the model was at least --threshold sure (tools/guard/guard-run.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseResultLines, tallyGuardRun } from '../tools/guard/guard-run.js';
import { readGuardSet } from '../tools/guard/guard-set.js';
import { ROOT } from '../tools/local/sample-data.js';

const { values } = parseArgs({
  options: { results: { type: 'string' }, threshold: { type: 'string' }, json: { type: 'boolean' } },
  strict: true,
});
if (!values.results) {
  console.error('usage: npx tsx bench/guard-through-run.ts --results FILE [--threshold 0.9] [--json]');
  process.exit(2);
}
const threshold = Number(values.threshold ?? '0.9');
if (!(threshold > 0 && threshold <= 1)) {
  console.error(`--threshold must be in (0, 1], not ${values.threshold}`);
  process.exit(2);
}

const tickets = readGuardSet(join(ROOT, 'data/guard/needs-person.csv'));
const tally = tallyGuardRun(tickets, parseResultLines(readFileSync(values.results, 'utf8')), threshold);
if (values.json) console.log(JSON.stringify({ threshold, tally }, null, 2));
else
  for (const [split, t] of Object.entries(tally)) {
    const reasons = Object.entries(t.reasons)
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${n}`)
      .join(', ');
    console.log(
      `${split}: ${t.tickets} tickets, auto-resolved ${t.autoResolved}; ${reasons}; in shadow at ≥ ${threshold}: ${t.exposedAtThreshold}`,
    );
  }
