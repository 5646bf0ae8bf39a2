import { SQSClient } from '@aws-sdk/client-sqs';
import { createProgressBar, formatTable } from '../../tools/local/terminal.js';
import type { RedriveMethod } from '../../tools/queues/dead-letter.js';
import { inspectDlq, redriveDlq } from '../../tools/queues/dead-letter.js';
import type { CommandSpec } from './command.js';
import { intOption, UsageError } from './command.js';

const METHODS: readonly RedriveMethod[] = ['auto', 'move-task', 'loop'];

const dlqCommand: CommandSpec = {
  name: 'dlq',
  summary: 'Inspect a dead-letter queue without consuming it, or redrive its messages to the source queue.',
  usage:
    'triage dlq inspect --queue-url DLQ_URL [--max N] [--json] | redrive --queue-url DLQ_URL --to SOURCE_URL [--method auto|move-task|loop] [--json]',
  positionals: true,
  options: {
    'queue-url': { type: 'string', description: 'the dead-letter queue (required)' },
    max: { type: 'string', description: 'inspect: list at most N messages (default 100)' },
    to: { type: 'string', description: 'redrive: the source queue to move the messages back to' },
    method: {
      type: 'string',
      description:
        'redrive: auto (StartMessageMoveTask, else the loop), move-task, or loop (receive, send, delete)',
    },
    json: { type: 'boolean', description: 'print JSON' },
  },
  run: async (values, positionals = []) => {
    const [action, extra] = positionals;
    if (action !== 'inspect' && action !== 'redrive')
      throw new UsageError(`dlq needs inspect or redrive, not "${action ?? ''}"`);
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
    const queueUrl = values['queue-url'] as string | undefined;
    if (!queueUrl) throw new UsageError('give --queue-url, the dead-letter queue');
    const sqs = new SQSClient({});
    try {
      if (action === 'inspect') {
        const messages = await inspectDlq(sqs, queueUrl, { max: intOption(values.max, 'max') ?? 100 });
        if (values.json) {
          process.stdout.write(`${JSON.stringify(messages, null, 2)}\n`);
        } else if (messages.length === 0) {
          process.stdout.write('the queue is empty\n');
        } else {
          process.stdout.write(
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
        }
        return 0;
      }
      const to = values.to as string | undefined;
      if (!to) throw new UsageError('redrive needs --to, the source queue URL');
      const method = (values.method as string | undefined) ?? 'auto';
      if (!METHODS.includes(method as RedriveMethod))
        throw new UsageError(`--method must be one of ${METHODS.join(', ')}, not "${method}"`);
      const bar = createProgressBar('redrive');
      const report = await redriveDlq(sqs, queueUrl, to, {
        method: method as RedriveMethod,
        onProgress: (moved, total) => bar.update(moved, total),
      });
      bar.finish(report.moved, report.moved + report.failed);
      if (values.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        const how =
          report.method === 'move-task' ? 'by an SQS message move task' : 'by receive, send, delete';
        process.stdout.write(`moved ${report.moved} message(s) ${how}: ${report.status}\n`);
        if (report.fallbackReason)
          process.stdout.write(`(move task unavailable: ${report.fallbackReason})\n`);
        if (report.failed > 0) process.stdout.write(`${report.failed} message(s) left in the DLQ\n`);
        if (report.failureReason) process.stdout.write(`reason: ${report.failureReason}\n`);
      }
      return report.failed === 0 && report.status === 'COMPLETED' ? 0 : 1;
    } finally {
      sqs.destroy();
    }
  },
};

export { dlqCommand };
