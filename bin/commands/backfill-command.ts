import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { OUT_OF_SCOPE } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { BackfillReport } from '../../tools/backfill/backfill.js';
import { runBackfill } from '../../tools/backfill/backfill.js';
import { BackfillStateError, defaultStatePath } from '../../tools/backfill/backfill-state.js';
import type { HistoryItem } from '../../tools/backfill/history-csv.js';
import { readHistoryCsv } from '../../tools/backfill/history-csv.js';
import { createProgressBar, formatTable } from '../../tools/local/terminal.js';
import { percentOf } from '../../tools/report/percent.js';
import { dynamoClient, endpointsOption, readEndpoints, sqsClient } from './aws-clients.js';
import type { CliIo } from './command.js';
import { defineCommand, UsageError } from './command.js';
import { readFlagFile } from './file-args.js';
import { option } from './options.js';

/** Exit code of a run stopped by Ctrl-C: the shell's 128 + SIGINT. */
const INTERRUPTED = 130;

/** Labels the taxonomy has no route for would all count as errors: refuse them before publishing. */
const checkLabels = (items: readonly HistoryItem[], taxonomyPath: string, flag: string) => {
  const taxonomy = readFlagFile(flag, taxonomyPath, loadTaxonomy);
  const routes = new Set([...taxonomy.routes.map((r) => r.id), OUT_OF_SCOPE]);
  const unknown = [...new Set(items.map((i) => i.label).filter((l) => !routes.has(l)))];
  if (unknown.length > 0) {
    throw new UsageError(
      `--input: ${unknown.length} label(s) name no route of ${taxonomyPath} (${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', ...' : ''}); fold them into route ids or out_of_scope`,
    );
  }
};

const printReport = (io: CliIo, report: BackfillReport) => {
  const rows = Object.entries(report.routes)
    .sort(([a, x], [b, y]) => y.labels - x.labels || a.localeCompare(b))
    .map(([route, r]) => [route, r.labels, percentOf(r.correct, r.labels)]);
  if (rows.length > 0) io.stdout.write(`${formatTable(['route', 'labels', 'model correct'], rows)}\n\n`);
  const facts = [
    `${report.tickets} tickets`,
    `${report.scored} scored`,
    `${report.failed} failed`,
    ...(report.conflicts > 0 ? [`${report.conflicts} ticketIds taken by other tickets`] : []),
    ...(report.pending > 0 ? [`${report.pending} not scored yet`] : []),
    ...(report.unpublished > 0 ? [`${report.unpublished} not published`] : []),
    `${report.inputTokens + report.cacheReadTokens + report.cacheWriteTokens} input + ${report.outputTokens} output tokens`,
    `$${report.llmUsd.toFixed(4)}`,
    `${report.wallSeconds.toFixed(1)} s`,
  ];
  io.stdout.write(`${facts.join(' · ')}\n`);
};

const backfillCommand = defineCommand({
  name: 'backfill',
  summary: 'Score labelled history with the deployed classifier and record it as first evidence.',
  usage:
    'triage backfill --input FILE (--queue-url URL --tickets-table NAME | --endpoints FILE) [--taxonomy FILE] [--state FILE] [--wait-seconds N] [--json]',
  options: {
    input: option.optionalFile(
      'labelled history (required): CSV with "text" and "category", "label" or "intent"; optional ticketId, subject, channel, customerId, language, createdAt, labelledAt',
    ),
    'queue-url': option.text(
      'the deployed ingest queue (default: the --endpoints file\u2019s ingest queue)',
      'URL',
    ),
    'tickets-table': option.text(
      'the deployed tickets table, read to see the tickets scored (default: the --endpoints file\u2019s)',
      'NAME',
    ),
    endpoints: endpointsOption,
    taxonomy: option.optionalFile(
      'the deployed taxonomy: refuse labels it has no route for (default: the --endpoints file\u2019s)',
    ),
    state: option.optionalFile('progress file, to resume an interrupted run (default: INPUT.backfill.json)'),
    'wait-seconds': option.positiveInt('how long to wait for the tickets to be scored', 600),
    attempts: option.positiveInt('attempts per message before it is reported not published', 5),
    json: option.flag('print the summary JSON instead of the table'),
  },
  run: async ({ values, io }) => {
    const endpoints = readEndpoints(values.endpoints);
    const input = values.input;
    if (!input) throw new UsageError('--input is required: a labelled CSV of past tickets');
    const queueUrl = values['queue-url'] ?? endpoints?.queues.ingest;
    if (!queueUrl) throw new UsageError('--queue-url is required: the ingest queue (or --endpoints FILE)');
    const ticketsTable = values['tickets-table'] ?? endpoints?.tables.tickets;
    if (!ticketsTable)
      throw new UsageError('--tickets-table is required: the tickets table (or --endpoints FILE)');
    const items = readFlagFile('input', input, readHistoryCsv);
    const taxonomyPath = values.taxonomy ?? endpoints?.taxonomyPath;
    if (taxonomyPath) checkLabels(items, taxonomyPath, values.taxonomy ? 'taxonomy' : 'endpoints');
    const statePath = values.state ?? defaultStatePath(input);
    const log = (m: string) => io.stderr.write(`${m}\n`);

    const sqs = await sqsClient(io, endpoints);
    const dynamo = await dynamoClient(io, endpoints);
    const controller = new AbortController();
    const interrupt = () => {
      log('interrupted: stopping after the current chunk; run the same command again to resume');
      controller.abort();
    };
    process.once('SIGINT', interrupt);
    const publishBar = createProgressBar('publish', io.stderr);
    const scoreBar = createProgressBar('scored ', io.stderr);
    let report: BackfillReport;
    try {
      log(`backfill: ${items.length} labelled tickets from ${input}; progress in ${statePath}`);
      report = await runBackfill({
        sqs,
        documents: DynamoDBDocumentClient.from(dynamo),
        queueUrl,
        ticketsTable,
        items,
        statePath,
        attempts: values.attempts,
        waitMs: values['wait-seconds'] * 1000,
        signal: controller.signal,
        onStatus: log,
        onPublished: (done, total) => publishBar.update(done, total),
        onSettled: (done, total) => scoreBar.update(done, total),
      });
    } catch (error) {
      if (error instanceof BackfillStateError) throw new UsageError(`--state: ${error.message}`);
      throw error;
    } finally {
      process.off('SIGINT', interrupt);
      sqs.destroy();
      dynamo.destroy();
    }
    const published = report.published + report.resumed;
    publishBar.finish(published + report.unpublished, report.tickets);
    scoreBar.finish(published - report.pending, published);
    if (values.json)
      io.stdout.write(`${JSON.stringify({ input, queueUrl, statePath, ...report }, null, 2)}\n`);
    else printReport(io, report);
    if (report.interrupted) return INTERRUPTED;
    const done = report.pending + report.unpublished + report.failed + report.conflicts === 0;
    if (!done && report.pending > 0)
      log(
        `${report.pending} tickets were not scored within ${values['wait-seconds']} s; run again to wait for them`,
      );
    if (done)
      log(
        'next: the train function (the TrainFunctionName output) trains the route scorer on this history within the hour (its schedule); invoke it with {} to train now (docs/backfill.md)',
      );
    return done ? 0 : 1;
  },
});

export { backfillCommand };
