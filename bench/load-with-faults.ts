/**
 * Load with faults: 10,000 tickets through the local pipeline while the model endpoint throttles,
 * fails and answers garbage, and the publisher delivers some tickets twice. Every ticket must be
 * accounted for: published = autoResolved + escalated + quarantined + deadLettered, lost = 0.
 *
 *   AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true npx tsx bench/load-with-faults.ts [--tickets 10000] [--faults SPEC] [--json FILE]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../lib/config/load-taxonomy.js';
import { mulberry32 } from '../lib/domain/scorer/prng.js';
import { parseFaultSpec } from '../tools/local/fault-spec.js';
import { readInputFile } from '../tools/local/input-file.js';
import { startLocalStack } from '../tools/local/local-stack.js';
import { runTickets } from '../tools/local/run-tickets.js';
import { SAMPLE } from '../tools/local/sample-data.js';
import { captureTelemetry } from '../tools/local/telemetry-capture.js';
import { createProgressBar } from '../tools/local/terminal.js';

const { values } = parseArgs({
  options: { tickets: { type: 'string' }, faults: { type: 'string' }, json: { type: 'string' } },
});
const count = Number(values.tickets ?? 10_000);
const spec = values.faults ?? 'throttle:0.2,5xx:0.05,garbage:0.05,duplicate:0.1';
const faults = parseFaultSpec(spec);
const taxonomy = loadTaxonomy(SAMPLE.taxonomy);

// Cycle the sample with fresh ticket ids: every line is a distinct ticket.
const sample = readInputFile(SAMPLE.tickets, 'load');
const items = Array.from({ length: count }, (_, i) => {
  const base = sample[i % sample.length]!;
  const ticket = JSON.parse(base.body) as { ticketId: string };
  ticket.ticketId = `load-${String(i + 1).padStart(6, '0')}`;
  return { line: i + 1, body: JSON.stringify(ticket), ticketId: ticket.ticketId, label: base.label };
});

const telemetry = captureTelemetry(false);
const stack = await startLocalStack({
  trainPath: SAMPLE.train,
  taxonomyPath: SAMPLE.taxonomy,
  faults: { rates: faults.model, seed: 11 },
  onStatus: (m) => process.stderr.write(`${m}\n`),
});
try {
  await stack.seedHistory();
  await stack.retune();
  process.stderr.write(`publishing ${count} tickets with faults ${spec}\n`);
  const bar = createProgressBar('load');
  const started = performance.now();
  const { summary } = await runTickets(stack, items, {
    taxonomy,
    duplicate: { rate: faults.duplicate, random: mulberry32(5) },
    onProgress: (p) => bar.update(p.accounted, p.total),
    idleTimeoutMs: 90_000,
  });
  bar.finish(summary.published - summary.lost, count);
  const accounted = summary.autoResolved + summary.escalated + summary.quarantined + summary.deadLettered;
  const report = {
    tickets: count,
    faults: spec,
    injected: stack.standIn.stats.faults,
    modelRequests: stack.standIn.stats.requests,
    published: summary.published,
    autoResolved: summary.autoResolved,
    escalated: summary.escalated,
    quarantined: summary.quarantined,
    deadLettered: summary.deadLettered,
    lost: summary.lost,
    accountedFor: accounted === summary.published && summary.lost === 0,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  telemetry.restore();
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = report.accountedFor ? 0 : 1;
} finally {
  await stack.stop();
  telemetry.restore();
}
