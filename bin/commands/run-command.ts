import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { RouteAuditEntry } from '../../lib/domain/ports.js';
import { deriveTaxonomy, readPolicyCsv } from '../../tools/taxonomy/derive-taxonomy.js';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import { mulberry32 } from '../../tools/embedded/prng.js';
import { parseFaultSpec } from '../../tools/local/fault-spec.js';
import { readInputFile } from '../../tools/local/input-file.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import type { RunSummary } from '../../tools/local/run-report.js';
import { totalsFacts } from '../../tools/local/run-report.js';
import { runTickets } from '../../tools/local/run-tickets.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { createProgressBar, formatTable } from '../../tools/local/terminal.js';
import { readRouteAudit } from '../../tools/report/read-route-audit.js';
import { runReportData } from '../../tools/report/run-report-data.js';
import { writeReport } from '../../tools/report/write-report.js';
import type { CommandSpec } from './command.js';
import { DEFAULTS, intOption, UsageError } from './command.js';

const pct = (n: number, d: number) => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : '-');

const routeTable = (summary: RunSummary): string => {
  const rows = Object.entries(summary.routes)
    .filter(([, r]) => r.tickets > 0)
    .sort(([, a], [, b]) => b.tickets - a.tickets)
    .map(([id, r]) => [
      id,
      r.mode,
      r.threshold === null ? '-' : r.threshold.toFixed(2),
      r.tickets,
      r.autoResolved,
      r.escalated,
      pct(r.autoResolved, r.tickets),
      r.labelled ? pct(r.autoCorrect ?? 0, r.labelled) : '-',
    ]);
  return formatTable(
    ['route', 'mode', 'threshold', 'tickets', 'auto', 'human', 'auto rate', 'auto correct'],
    rows,
  );
};

const totalsLine = (s: RunSummary): string => totalsFacts(s).join(' · ');

/** The taxonomy file the handler reads: the one given, or one derived from labels and a policy CSV. */
const resolveTaxonomy = (values: Record<string, unknown>, trainPath: string) => {
  if (values.policy === undefined) {
    const taxonomyPath = (values.taxonomy as string | undefined) ?? DEFAULTS.taxonomy;
    return { taxonomy: loadTaxonomy(taxonomyPath), taxonomyPath };
  }
  if (values.taxonomy !== undefined) throw new UsageError('give --taxonomy or --policy, not both');
  const taxonomy = deriveTaxonomy(readLabelledCsv(trainPath), readPolicyCsv(values.policy as string));
  const taxonomyPath = join(mkdtempSync(join(tmpdir(), 'triage-')), 'taxonomy.json');
  writeFileSync(taxonomyPath, JSON.stringify(taxonomy));
  return { taxonomy, taxonomyPath };
};

const runCommand: CommandSpec = {
  name: 'run',
  summary: 'Run tickets through the whole pipeline on the embedded default (emulators, stand-in model).',
  usage:
    'triage run [--input FILE] [--limit N] [--summary FILE] [--results FILE] [--train FILE] [--taxonomy FILE] [--report FILE]',
  options: {
    input: {
      type: 'string',
      description: `tickets: .csv (a "text" column) or .jsonl raw bodies (default ${DEFAULTS.tickets})`,
    },
    limit: { type: 'string', description: 'only the first N input lines' },
    summary: { type: 'string', description: 'write the summary JSON here' },
    results: { type: 'string', description: 'write one JSON line per input line here' },
    train: {
      type: 'string',
      description: `labelled CSV the stand-in model learns from (default ${DEFAULTS.train})`,
    },
    taxonomy: { type: 'string', description: `taxonomy JSON (default ${DEFAULTS.taxonomy})` },
    policy: {
      type: 'string',
      description:
        'derive the taxonomy from the --train labels with this policy CSV (intent,policy,team,priority)',
    },
    telemetry: {
      type: 'string',
      description: 'write the handlers\u2019 EMF metrics and logs (JSON lines) here',
    },
    concurrency: { type: 'string', description: 'concurrent handler invocations (default 4)' },
    'cold-start': {
      type: 'boolean',
      description: 'do not use the --train labels as first evidence: every route starts in shadow mode',
    },
    'retune-every': { type: 'string', description: 'seconds between retunes while tickets flow (default 2)' },
    seed: {
      type: 'string',
      description: 'seed of the simulated agents, customers, QA and faults (default 1)',
    },
    faults: {
      type: 'string',
      description:
        'inject faults, e.g. throttle:0.2,5xx:0.05,garbage:0.05,duplicate:0.1 (also hang, wrong-tool, bad-route, bad-confidence, extra-fields)',
    },
    json: { type: 'boolean', description: 'print the summary JSON instead of the table' },
    report: {
      type: 'string',
      description: 'write a self-contained HTML operator report with charts here',
    },
  },
  run: async (values) => {
    const input = (values.input as string | undefined) ?? DEFAULTS.tickets;
    const trainPath = (values.train as string | undefined) ?? DEFAULTS.train;
    const { taxonomy, taxonomyPath } = resolveTaxonomy(values, trainPath);
    const runId = `run-${randomUUID().slice(0, 8)}`;
    const items = readInputFile(input, runId, intOption(values.limit, 'limit'));
    if (items.length === 0) throw new Error(`${input} has no tickets`);
    const log = (m: string) => process.stderr.write(`${m}\n`);
    const faults = values.faults === undefined ? undefined : parseFaultSpec(values.faults as string);
    const seed = intOption(values.seed, 'seed') ?? 1;
    const telemetry = captureTelemetry(values.telemetry !== undefined || values.report !== undefined);
    const stack = await startLocalStack({
      trainPath,
      taxonomyPath,
      concurrency: intOption(values.concurrency, 'concurrency') ?? 4,
      ...(faults ? { faults: { rates: faults.model, seed } } : {}),
      onStatus: log,
    });
    let outcome: Awaited<ReturnType<typeof runTickets>>;
    // The audit trail lives in the emulated DynamoDB, so the report reads it before the stack stops.
    let audit: Record<string, RouteAuditEntry[]> = {};
    try {
      if (!values['cold-start']) {
        const seeded = await stack.seedHistory();
        const first = await stack.retune();
        const automated = first.plans.filter((p) => p.plan.mode === 'auto').length;
        log(
          `first evidence: ${seeded} labels; ${automated} of ${first.plans.length} routes certified for automation`,
        );
      }
      log(`publishing ${items.length} tickets from ${input}`);
      const bar = createProgressBar('triage');
      outcome = await runTickets(stack, items, {
        taxonomy,
        people: { random: mulberry32(seed) },
        ...(faults?.duplicate ? { duplicate: { rate: faults.duplicate, random: mulberry32(seed + 1) } } : {}),
        retuneEveryMs: (intOption(values['retune-every'], 'retune-every') ?? 2) * 1000,
        onProgress: (p) => bar.update(p.accounted, p.total, `(published ${p.published})`),
      });
      bar.finish(outcome.results.length - outcome.summary.lost, items.length);
      if (values.report) audit = await readRouteAudit(stack, taxonomy);
    } finally {
      await stack.stop();
      telemetry.restore();
    }
    const { summary, results } = outcome;
    if (values.summary) writeFileSync(values.summary as string, `${JSON.stringify(summary, null, 2)}\n`);
    if (values.results)
      writeFileSync(values.results as string, `${results.map((r) => JSON.stringify(r)).join('\n')}\n`);
    if (values.telemetry) writeFileSync(values.telemetry as string, `${telemetry.lines.join('\n')}\n`);
    if (values.report) {
      writeReport(
        values.report as string,
        runReportData({
          summary,
          results,
          labels: items.map((i) => i.label),
          telemetryLines: telemetry.lines,
          audit,
          // The local stack runs with the functions' default TARGET_ERROR.
          targetError: 0.02,
        }),
      );
      log(`report written to ${values.report as string}`);
    }
    if (values.json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      process.stdout.write(`\n${routeTable(summary)}\n\n${totalsLine(summary)}\n`);
      if (summary.autoPrecision !== undefined && summary.autoPrecision !== null) {
        process.stdout.write(`auto-resolutions that match the label: ${pct(summary.autoPrecision, 1)}\n`);
      }
      process.stdout.write(`${summary.ticketsPerSecond.toFixed(1)} tickets/s\n`);
    }
    return summary.lost === 0 ? 0 : 1;
  },
};

export { runCommand };
