import { createProgressBar, formatTable } from '../../tools/local/terminal.js';
import type { DlqMessage, RedriveReport } from '../../tools/queues/dead-letter.js';
import { inspectDlq, redriveDlq } from '../../tools/queues/dead-letter.js';
import { endpointsOption, readEndpoints, sqsClient } from './aws-clients.js';
import type { CliIo } from './command.js';
import { defineCommand, UsageError } from './command.js';
import { option } from './options.js';

const printInspected = (io: CliIo, messages: readonly DlqMessage[], json: boolean) => {
  if (json) io.stdout.write(`${JSON.stringify(messages, null, 2)}\n`);
  else if (messages.length === 0) io.stdout.write('the queue is empty\n');
  else
    io.stdout.write(
      `${formatTable(
        ['message id', 'receives', 'sent', 'ticketId', 'body'],
        messages.map((m) => [
          m.messageId,
          m.receiveCount,
          m.sentAt ?? '-',
          m.ticketId ?? '-',
          m.preview.replace(/\s+/g, ' '),
        ]),
      )}\n${messages.length} message(s), left in the queue\n`,
    );
};

const printRedriven = (io: CliIo, report: RedriveReport) => {
  const how = report.method === 'move-task' ? 'by an SQS message move task' : 'by receive, send, delete';
  io.stdout.write(`moved ${report.moved} message(s) ${how}: ${report.status}\n`);
  if (report.fallbackReason) io.stdout.write(`(move task unavailable: ${report.fallbackReason})\n`);
  if (report.failed > 0) io.stdout.write(`${report.failed} message(s) left in the DLQ\n`);
  if (report.failureReason) io.stdout.write(`reason: ${report.failureReason}\n`);
};

const dlqCommand = defineCommand({
  name: 'dlq',
  summary: 'Inspect a dead-letter queue without consuming it, or redrive its messages to the source queue.',
  usage:
    'triage dlq inspect (--queue-url DLQ_URL | --endpoints FILE) [--max N] [--json] | redrive (--queue-url DLQ_URL --to SOURCE_URL | --endpoints FILE) [--method auto|move-task|loop] [--json]',
  subcommands: ['inspect', 'redrive'],
  options: {
    'queue-url': option.text(
      'the dead-letter queue (default: the --endpoints file\u2019s ingest DLQ)',
      'URL',
    ),
    endpoints: endpointsOption,
    max: option.positiveInt('inspect: list at most N messages', 100),
    to: option.text(
      'redrive: the source queue to move the messages back to (default: the --endpoints file\u2019s ingest queue, for its ingest DLQ)',
      'URL',
    ),
    method: option.choice(
      'redrive: auto (StartMessageMoveTask, else the loop), move-task, or loop (receive, send, delete)',
      ['auto', 'move-task', 'loop'],
      'auto',
    ),
    json: option.flag('print JSON'),
  },
  run: async ({ values, subcommand, io }) => {
    const endpoints = readEndpoints(values.endpoints);
    const queueUrl = values['queue-url'] ?? endpoints?.queues.ingestDlq;
    if (!queueUrl)
      throw new UsageError('--queue-url is required: the dead-letter queue (or --endpoints FILE)');
    // The served ingest queue is the source of its own DLQ only; another DLQ needs its --to.
    const to =
      values.to ??
      (endpoints && queueUrl === endpoints.queues.ingestDlq ? endpoints.queues.ingest : undefined);
    if (subcommand === 'redrive' && !to) throw new UsageError('redrive needs --to, the source queue URL');
    const sqs = await sqsClient(io, endpoints);
    try {
      if (subcommand === 'inspect' || !to) {
        printInspected(io, await inspectDlq(sqs, queueUrl, { max: values.max }), values.json);
        return 0;
      }
      const bar = createProgressBar('redrive', io.stderr);
      const report = await redriveDlq(sqs, queueUrl, to, {
        method: values.method,
        onProgress: (moved, total) => bar.update(moved, total),
      });
      bar.finish(report.moved, report.moved + report.failed);
      if (values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else printRedriven(io, report);
      return report.failed === 0 && report.status === 'COMPLETED' ? 0 : 1;
    } finally {
      sqs.destroy();
    }
  },
});

export { dlqCommand };
