import { randomUUID } from 'node:crypto';
import { SQSClient } from '@aws-sdk/client-sqs';
import { InputFileError, readInputFile } from '../../tools/local/input-file.js';
import { createProgressBar, formatTable } from '../../tools/local/terminal.js';
import { publishTickets } from '../../tools/queues/publish-tickets.js';
import type { CommandSpec } from './command.js';
import { intOption, UsageError } from './command.js';

const publishCommand: CommandSpec = {
  name: 'publish',
  summary: 'Publish tickets from a file to an SQS queue, with retries, as an upstream system would.',
  usage: 'triage publish --queue-url URL --input FILE [--attempts N] [--json]',
  options: {
    'queue-url': { type: 'string', description: 'the ingest queue to send to (required)' },
    input: {
      type: 'string',
      description:
        'tickets: .csv (a "text" column; optional ticketId, subject, channel, customerId, language) or .jsonl raw bodies',
    },
    attempts: {
      type: 'string',
      description: 'attempts per message before it is reported failed (default 5)',
    },
    json: { type: 'boolean', description: 'print the summary JSON instead of the table' },
  },
  run: async (values) => {
    const queueUrl = values['queue-url'] as string | undefined;
    if (!queueUrl) throw new UsageError('give --queue-url, the queue to publish to');
    const input = values.input as string | undefined;
    if (!input) throw new UsageError('give --input, a .csv or .jsonl file of tickets');
    const maxAttempts = intOption(values.attempts, 'attempts') ?? 5;
    let items: ReturnType<typeof readInputFile>;
    try {
      items = readInputFile(input, `pub-${randomUUID().slice(0, 8)}`);
    } catch (error) {
      if (error instanceof InputFileError) throw new UsageError(error.message);
      throw error;
    }
    if (items.length === 0) throw new UsageError(`${input} has no tickets`);

    const sqs = new SQSClient({});
    const bar = createProgressBar('publish');
    let report: Awaited<ReturnType<typeof publishTickets>>;
    try {
      report = await publishTickets(sqs, queueUrl, items, {
        maxAttempts,
        onProgress: (done, total) => bar.update(done, total),
      });
    } finally {
      sqs.destroy();
    }
    bar.finish(report.sent + report.failed, report.total, `(sent ${report.sent}, failed ${report.failed})`);

    const { messageIds: _ids, ...summary } = report;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ queueUrl, input, ...summary }, null, 2)}\n`);
    } else {
      process.stdout.write(
        `${formatTable(['input', 'total', 'sent', 'retried', 'failed'], [[input, report.total, report.sent, report.retried, report.failed]])}\n`,
      );
      if (report.failures.length > 0) {
        process.stdout.write(
          `\n${formatTable(
            ['line', 'ticketId', 'attempts', 'reason'],
            report.failures.map((f) => [f.line, f.ticketId ?? '-', f.attempts, f.reason]),
          )}\n`,
        );
      }
    }
    return report.failed === 0 ? 0 : 1;
  },
};

export { publishCommand };
