/**
 * Example helpdesk integration, following the consumer contract of docs/helpdesk-consumer.md:
 *
 * 1. take: receive work items from the human queue, create the helpdesk ticket for each (idempotent
 *    on ticketId), and only then delete the message. The handoff takes seconds, well inside the
 *    queue's visibility timeout (humanQueueVisibilitySeconds); the agent's work does not.
 * 2. report: later, when an agent resolves the ticket in the helpdesk, send a human_resolution
 *    with the route the agent chose. Never the model's intent: that label would only confirm the
 *    model, and the retune would automate routes on it.
 *
 * Run as a script, the "helpdesk" is a folder of JSON files, one per ticket:
 *
 *   HUMAN_QUEUE_URL=... npx tsx examples/helpdesk-consumer.ts take [--once] [--inbox DIR]
 *   OUTCOMES_QUEUE_URL=... npx tsx examples/helpdesk-consumer.ts report TICKET_ID ROUTE [--inbox DIR]
 *
 * ROUTE is the agent's route id, or `out_of_scope` when the ticket fits none (docs/helpdesk-consumer.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { HumanWorkItem } from '../lib/domain/outbound/outbound.schema.js';
import { HumanWorkItemSchema } from '../lib/domain/outbound/outbound.schema.js';
import type { Outcome } from '../lib/domain/outcomes/outcome.schema.js';
import { OutcomeSchema } from '../lib/domain/outcomes/outcome.schema.js';
import { OUT_OF_SCOPE } from '../lib/domain/taxonomy/taxonomy.schema.js';
import { createSqsClient } from '../lib/wiring/aws-clients.js';

/** What the agent decided, as the helpdesk records it. */
interface AgentResolution {
  ticketId: string;
  /** The route the agent chose, or NO_ROUTE when the ticket fits none of the taxonomy's routes. */
  route: string;
  handleSeconds: number;
  agentId?: string;
  resolvedAt: string;
}

/** Your helpdesk. createTicket must be idempotent on ticketId: an item can arrive twice. */
interface Helpdesk {
  createTicket(item: HumanWorkItem): Promise<void>;
}

/** A well-formed route id that no taxonomy route uses: the outcome schema has no "none" today. */
/** The reserved label for a ticket that fits none of the taxonomy's routes. */
const NO_ROUTE = OUT_OF_SCOPE;

interface ConsumerDeps {
  sqs: Pick<SQSClient, 'send'>;
  humanQueueUrl: string;
  outcomesQueueUrl: string;
  helpdesk: Helpdesk;
  log?: (line: string) => void;
}

/** Step 1: one receive of up to ten items; each is deleted only once its helpdesk ticket exists. */
const takeWorkItems = async (deps: ConsumerDeps, waitSeconds = 20): Promise<number> => {
  const log = deps.log ?? (() => undefined);
  const out = await deps.sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: deps.humanQueueUrl,
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: waitSeconds,
    }),
  );
  let taken = 0;
  for (const message of out.Messages ?? []) {
    const parsed = HumanWorkItemSchema.safeParse(JSON.parse(message.Body ?? 'null'));
    if (!parsed.success) {
      // Left on the queue: after maxReceiveCount it moves to the DLQ, where `triage dlq inspect` shows it.
      log(`not a work item: ${message.MessageId}`);
      continue;
    }
    // A failure here leaves the message: it comes back after the visibility timeout.
    await deps.helpdesk.createTicket(parsed.data);
    await deps.sqs.send(
      new DeleteMessageCommand({ QueueUrl: deps.humanQueueUrl, ReceiptHandle: message.ReceiptHandle }),
    );
    log(
      `${parsed.data.priority.toUpperCase()} ${parsed.data.team} ${parsed.data.ticketId}: ${parsed.data.escalation.reason}`,
    );
    taken += 1;
  }
  return taken;
};

/** Step 2: the agent's resolution as an outcome; send it once, when the ticket is resolved. */
const toOutcome = (resolution: AgentResolution): Outcome =>
  OutcomeSchema.parse({
    type: 'human_resolution',
    ticketId: resolution.ticketId,
    finalRoute: resolution.route,
    handleSeconds: resolution.handleSeconds,
    ...(resolution.agentId ? { agentId: resolution.agentId } : {}),
    resolvedAt: resolution.resolvedAt,
  });

const reportResolution = async (deps: ConsumerDeps, resolution: AgentResolution): Promise<Outcome> => {
  const outcome = toOutcome(resolution);
  await deps.sqs.send(
    new SendMessageCommand({ QueueUrl: deps.outcomesQueueUrl, MessageBody: JSON.stringify(outcome) }),
  );
  return outcome;
};

/** The example's helpdesk: one JSON file per ticket; writing it again is a no-op. */
const folderHelpdesk = (inbox: string): Helpdesk => ({
  createTicket: async (item) => {
    mkdirSync(inbox, { recursive: true });
    const file = join(inbox, `${encodeURIComponent(item.ticketId)}.json`);
    if (!existsSync(file))
      writeFileSync(file, `${JSON.stringify({ ...item, createdAt: new Date().toISOString() }, null, 2)}\n`);
  },
});

const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv;
  const flag = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const inbox = resolve(flag('--inbox') ?? 'helpdesk-inbox');
  const deps: ConsumerDeps = {
    sqs: createSqsClient(),
    humanQueueUrl: process.env.HUMAN_QUEUE_URL ?? '',
    outcomesQueueUrl: process.env.OUTCOMES_QUEUE_URL ?? '',
    helpdesk: folderHelpdesk(inbox),
    log: (line) => process.stdout.write(`${line}\n`),
  };
  if (command === 'take' && deps.humanQueueUrl) {
    const once = rest.includes('--once');
    do await takeWorkItems(deps, once ? 1 : 20);
    while (!once);
    return 0;
  }
  const [ticketId, route] = rest;
  if (command === 'report' && deps.outcomesQueueUrl && ticketId && route) {
    const ticket = JSON.parse(readFileSync(join(inbox, `${encodeURIComponent(ticketId)}.json`), 'utf8'));
    const handleSeconds = Math.round((Date.now() - Date.parse(ticket.createdAt)) / 1000);
    const outcome = await reportResolution(deps, {
      ticketId,
      route,
      handleSeconds: Math.min(86_400, Math.max(0, handleSeconds)),
      agentId: flag('--agent'),
      resolvedAt: new Date().toISOString(),
    });
    process.stdout.write(`${JSON.stringify(outcome)}\n`);
    return 0;
  }
  process.stderr.write(
    'usage: take [--once] (HUMAN_QUEUE_URL) | report TICKET_ID ROUTE (OUTCOMES_QUEUE_URL)\n',
  );
  return 2;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}

export type { AgentResolution, ConsumerDeps, Helpdesk };
export { folderHelpdesk, NO_ROUTE, reportResolution, takeWorkItems, toOutcome };
