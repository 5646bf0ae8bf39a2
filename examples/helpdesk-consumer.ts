/**
 * Example helpdesk integration: reads work items from the human queue, shows the AI assistance an
 * agent gets, and reports the agent's resolution back on the outcomes queue. Adapt `resolve` to
 * your helpdesk: create the ticket there, and send the outcome when the agent closes it.
 *
 *   HUMAN_QUEUE_URL=... OUTCOMES_QUEUE_URL=... npx tsx examples/helpdesk-consumer.ts [--once]
 *
 * Delivery is at least once: the helpdesk should deduplicate on ticketId. The message is deleted
 * only after the outcome is sent, so a crash in between re-delivers it rather than losing it.
 */
import {
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { HumanWorkItem } from '../lib/domain/outbound/outbound.schema.js';
import { HumanWorkItemSchema } from '../lib/domain/outbound/outbound.schema.js';
import type { Outcome } from '../lib/domain/outcomes/outcome.schema.js';
import { OutcomeSchema } from '../lib/domain/outcomes/outcome.schema.js';

const humanQueueUrl = process.env.HUMAN_QUEUE_URL;
const outcomesQueueUrl = process.env.OUTCOMES_QUEUE_URL;
if (!humanQueueUrl || !outcomesQueueUrl) {
  process.stderr.write('set HUMAN_QUEUE_URL and OUTCOMES_QUEUE_URL\n');
  process.exit(2);
}
const once = process.argv.includes('--once');
const sqs = new SQSClient({});

/** Stand-in for your helpdesk: here the "agent" confirms the suggested intent after a look. */
const resolve = async (item: HumanWorkItem): Promise<Outcome> => ({
  type: 'human_resolution',
  ticketId: item.ticketId,
  finalRoute: item.assist.intent ?? 'request_human',
  handleSeconds: 240,
  agentId: 'example-agent',
  resolvedAt: new Date().toISOString(),
});

const show = (item: HumanWorkItem) =>
  process.stdout.write(
    `${item.priority.toUpperCase()} ${item.team} ${item.ticketId} — ${item.escalation.reason}\n` +
      `  intent ${item.assist.intent ?? '?'} (${item.assist.confidence?.toFixed(2) ?? '-'}), ${item.assist.sentiment ?? '?'}\n` +
      `  summary: ${item.assist.summary ?? '-'}\n`,
  );

do {
  const out = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: humanQueueUrl,
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: once ? 1 : 20,
    }),
  );
  for (const message of out.Messages ?? []) {
    const parsed = HumanWorkItemSchema.safeParse(JSON.parse(message.Body ?? '{}'));
    if (!parsed.success) {
      // Leave it: after maxReceiveCount it moves to the DLQ, where `triage dlq inspect` shows it.
      process.stderr.write(`not a work item: ${message.MessageId}\n`);
      continue;
    }
    show(parsed.data);
    const outcome = OutcomeSchema.parse(await resolve(parsed.data));
    await sqs.send(
      new SendMessageCommand({ QueueUrl: outcomesQueueUrl, MessageBody: JSON.stringify(outcome) }),
    );
    await sqs.send(
      new DeleteMessageCommand({ QueueUrl: humanQueueUrl, ReceiptHandle: message.ReceiptHandle }),
    );
  }
} while (!once);
