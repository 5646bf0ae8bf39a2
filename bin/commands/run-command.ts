import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { RouteAuditEntry } from '../../lib/domain/ports.js';
import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import { FaultSpecError, parseFaultSpec } from '../../tools/local/fault-spec.js';
import { readInputFile } from '../../tools/local/input-file.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import type { RunSummary } from '../../tools/local/run-report.js';
import { totalsFacts } from '../../tools/local/run-report.js';
import { runTickets } from '../../tools/local/run-tickets.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { createProgressBar, formatTable, formatThreshold } from '../../tools/local/terminal.js';
import { describeTraining } from '../../tools/local/train-scorer-step.js';
import { percent, percentOf } from '../../tools/report/percent.js';
import { readRouteAudit } from '../../tools/report/read-route-audit.js';
import { runReportData } from '../../tools/report/run-report-data.js';
import { writeReport } from '../../tools/report/write-report.js';
import { DEFAULTS, defineCommand, UsageError } from './command.js';
import { readFlagFile } from './file-args.js';
import { option } from './options.js';
import { resolveTaxonomy, taxonomyFile } from './taxonomy-args.js';

const routeTable = (summary: RunSummary): string => {
  const rows = Object.entries(summary.routes)
    .filter(([, r]) => r.tickets > 0)
    .sort(([, a], [, b]) => b.tickets - a.tickets)
    .map(([id, r]) => [
      id,
      r.mode,
      r.threshold === null ? '-' : formatThreshold(r.threshold),
      r.tickets,
      r.autoResolved,
      r.escalated,
      percentOf(r.autoResolved, r.tickets),
      r.labelled ? percentOf(r.autoCorrect ?? 0, r.labelled) : '-',
    ]);
  return formatTable(
    ['route', 'mode', 'threshold', 'tickets', 'auto', 'human', 'auto rate', 'auto correct'],
    rows,
  );
};

const totalsLine = (s: RunSummary): string => totalsFacts(s).join(' · ');

const faultsOf = (spec: string | undefined) => {
  if (spec === undefined) return undefined;
  try {
    return parseFaultSpec(spec);
  } catch (error) {
    if (error instanceof FaultSpecError) throw new UsageError(`--faults ${error.message}`);
    throw error;
  }
};

const runCommand = defineCommand({
  name: 'run',
  summary: 'Run tickets through the whole pipeline on the embedded default (emulators, stand-in model).',
  usage:
    'triage run [--input FILE] [--limit N] [--summary FILE] [--results FILE] [--train FILE] [--taxonomy FILE | --policy FILE] [--report FILE]',
  options: {
    input: option.file('tickets: .csv (a "text" column) or .jsonl raw bodies', DEFAULTS.tickets),
    limit: option.positiveInt('only the first N input lines', undefined),
    summary: option.optionalFile('write the summary JSON here'),
    results: option.optionalFile('write one JSON line per input line here'),
    train: option.file('labelled CSV the stand-in model learns from', DEFAULTS.train),
    taxonomy: option.optionalFile(
      'taxonomy JSON (default: the sample taxonomy when the --train labels are its own, else one derived from them with every route auto-eligible)',
    ),
    policy: option.optionalFile(
      'derive the taxonomy from the --train labels with this policy CSV (intent,policy,team,priority)',
    ),
    telemetry: option.optionalFile('write the handlers\u2019 EMF metrics and logs (JSON lines) here'),
    concurrency: option.positiveInt('concurrent handler invocations', 4),
    'cold-start': option.flag(
      'do not backfill the --train labels as first evidence: every route starts in shadow mode',
    ),
    'retune-every': option.positiveInt('seconds between retunes while tickets flow', 2),
    seed: option.positiveInt('seed of the simulated agents, customers, QA and faults', 1),
    faults: option.text(
      'inject faults, e.g. throttle:0.2,5xx:0.05,garbage:0.05,duplicate:0.1 (also hang, wrong-tool, bad-route, bad-confidence, extra-fields)',
      'SPEC',
    ),
    json: option.flag('print the summary JSON instead of the table'),
    report: option.optionalFile('write a self-contained HTML operator report with charts here'),
  },
  run: async ({ values, io }) => {
    const log = (m: string) => io.stderr.write(`${m}\n`);
    const { input, seed } = values;
    const training = readFlagFile('train', values.train, readLabelledCsv);
    const resolved = resolveTaxonomy(values, training, log);
    const { taxonomy } = resolved;
    const runId = `run-${randomUUID().slice(0, 8)}`;
    const items = readFlagFile('input', input, (path) => readInputFile(path, runId, values.limit));
    if (items.length === 0) throw new UsageError(`--input: ${input} has no tickets`);
    const faults = faultsOf(values.faults);
    const telemetry = captureTelemetry(values.telemetry !== undefined || values.report !== undefined);
    let outcome: Awaited<ReturnType<typeof runTickets>>;
    // The audit trail lives in the emulated DynamoDB, so the report reads it before the stack stops.
    let audit: Record<string, RouteAuditEntry[]> = {};
    try {
      const stack = await startLocalStack({
        trainPath: values.train,
        taxonomyPath: taxonomyFile(values, resolved),
        concurrency: values.concurrency,
        ...(faults ? { faults: { rates: faults.model, seed } } : {}),
        onStatus: log,
      });
      try {
        if (!values['cold-start']) {
          const seeded = await stack.seedHistory();
          log(`first evidence: ${seeded} history labels, classified as triage backfill classifies them`);
          log(describeTraining(await stack.train()));
          const first = await stack.retune();
          const automated = first.plans.filter((p) => p.plan.mode === 'auto').length;
          log(
            `${automated} of ${first.plans.length} routes certified for automation on the route scorer's scores`,
          );
        }
        log(`publishing ${items.length} tickets from ${input}`);
        const bar = createProgressBar('triage', io.stderr);
        outcome = await runTickets(stack, items, {
          taxonomy,
          people: { random: mulberry32(seed) },
          ...(faults?.duplicate
            ? { duplicate: { rate: faults.duplicate, random: mulberry32(seed + 1) } }
            : {}),
          retuneEveryMs: values['retune-every'] * 1000,
          onProgress: (p) => bar.update(p.accounted, p.total, `(published ${p.published})`),
        });
        bar.finish(outcome.results.length - outcome.summary.lost, items.length);
        if (values.report) audit = await readRouteAudit(stack, taxonomy);
      } finally {
        await stack.stop();
      }
    } finally {
      telemetry.restore();
    }
    const { summary, results } = outcome;
    if (values.summary) writeFileSync(values.summary, `${JSON.stringify(summary, null, 2)}\n`);
    if (values.results)
      writeFileSync(values.results, `${results.map((r) => JSON.stringify(r)).join('\n')}\n`);
    if (values.telemetry) writeFileSync(values.telemetry, `${telemetry.lines.join('\n')}\n`);
    if (values.report) {
      writeReport(
        values.report,
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
      log(`report written to ${values.report}`);
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      io.stdout.write(`\n${routeTable(summary)}\n\n${totalsLine(summary)}\n`);
      if (summary.autoPrecision !== undefined && summary.autoPrecision !== null) {
        io.stdout.write(`auto-resolutions that match the label: ${percent(summary.autoPrecision, 1)}\n`);
      }
      io.stdout.write(`${summary.ticketsPerSecond.toFixed(1)} tickets/s\n`);
    }
    // Done means every published ticket was decided or quarantined: none lost, none dead-lettered.
    return summary.lost === 0 && summary.deadLettered === 0 ? 0 : 1;
  },
});

export { runCommand };
