import { randomUUID } from 'node:crypto';
import { readInputFile } from '../../tools/local/input-file.js';
import { createProgressBar, formatTable } from '../../tools/local/terminal.js';
import type { PublishReport } from '../../tools/queues/publish-tickets.js';
import { publishTickets } from '../../tools/queues/publish-tickets.js';
import { endpointsOption, readEndpoints, sqsClient } from './aws-clients.js';
import type { CliIo } from './command.js';
import { defineCommand, UsageError } from './command.js';
import { readFlagFile } from './file-args.js';
import { option } from './options.js';

const printTable = (io: CliIo, input: string, report: PublishReport) => {
  io.stdout.write(
    `${formatTable(['input', 'total', 'sent', 'retried', 'failed'], [[input, report.total, report.sent, report.retried, report.failed]])}\n`,
  );
  if (report.failures.length > 0) {
    io.stdout.write(
      `\n${formatTable(
        ['line', 'ticketId', 'attempts', 'reason'],
        report.failures.map((f) => [f.line, f.ticketId ?? '-', f.attempts, f.reason]),
      )}\n`,
    );
  }
};

const publishCommand = defineCommand({
  name: 'publish',
  summary: 'Publish tickets from a file to an SQS queue, with retries, as an upstream system would.',
  usage: 'triage publish (--queue-url URL | --endpoints FILE) --input FILE [--attempts N] [--json]',
  options: {
    'queue-url': option.text(
      'the ingest queue to send to (default: the --endpoints file\u2019s ingest queue)',
      'URL',
    ),
    endpoints: endpointsOption,
    input: option.optionalFile(
      'tickets (required): .csv (a "text" column; optional ticketId, subject, channel, customerId, language) or .jsonl raw bodies',
    ),
    attempts: option.positiveInt('attempts per message before it is reported failed', 5),
    json: option.flag('print the summary JSON instead of the table'),
  },
  run: async ({ values, io }) => {
    const endpoints = readEndpoints(values.endpoints);
    const queueUrl = values['queue-url'] ?? endpoints?.queues.ingest;
    if (!queueUrl)
      throw new UsageError('--queue-url is required: the queue to publish to (or --endpoints FILE)');
    const input = values.input;
    if (!input) throw new UsageError('--input is required: a .csv or .jsonl file of tickets');
    const items = readFlagFile('input', input, (path) =>
      readInputFile(path, `pub-${randomUUID().slice(0, 8)}`),
    );
    if (items.length === 0) throw new UsageError(`--input: ${input} has no tickets`);

    const sqs = await sqsClient(io, endpoints);
    const bar = createProgressBar('publish', io.stderr);
    let report: PublishReport;
    try {
      report = await publishTickets(sqs, queueUrl, items, {
        maxAttempts: values.attempts,
        onProgress: (done, total) => bar.update(done, total),
      });
    } finally {
      sqs.destroy();
    }
    bar.finish(report.sent + report.failed, report.total, `(sent ${report.sent}, failed ${report.failed})`);

    const { messageIds: _ids, ...summary } = report;
    if (values.json) io.stdout.write(`${JSON.stringify({ queueUrl, input, ...summary }, null, 2)}\n`);
    else printTable(io, input, report);
    return report.failed === 0 ? 0 : 1;
  },
});

export { publishCommand };
