import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import { DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Outcome } from '../../lib/domain/outcomes/outcome.schema.js';
import type { Random } from '../../lib/domain/scorer/prng.js';
import type { Emulators } from './emulators.js';
import type { LabelBook } from './label-book.js';
import type { PeopleSettings } from './simulated-people.js';
import { createSimulatedPeople, DEFAULT_PEOPLE } from './simulated-people.js';

/**
 * The simulated agents, customers and QA of `triage serve`, as consumers of the resolutions, human
 * and QA queues. They answer only tickets whose true route the label book knows (by the ticket's
 * text), through the outcomes queue, and only then delete the item. SQS cannot leave a message for
 * another consumer unseen, and letting it come back on its own would count receives toward the
 * queue's DLQ, so an item they cannot answer is handed back: sent again to the same queue with the
 * same body and attributes, then deleted. It waits there for an outside consumer, with a new
 * message id and a fresh receive count; nothing is dropped and no label is made up.
 */

type Queue = 'resolutions' | 'human' | 'qa';

interface ServedPeopleOptions {
  sqs: SQSClient;
  documents: DynamoDBDocumentClient;
  queueUrls: Record<Queue | 'outcomes', string>;
  ticketsTable: string;
  labels: LabelBook;
  routes: readonly string[];
  random: Random;
  settings?: PeopleSettings;
}

/** The queues, table and clients an embedded stack gives the served people. */
const servedPeopleResources = (emulators: Emulators) => ({
  sqs: emulators.sqs,
  documents: DynamoDBDocumentClient.from(emulators.dynamo),
  queueUrls: {
    resolutions: emulators.queues.resolutions.url,
    human: emulators.queues.human.url,
    qa: emulators.queues.qa.url,
    outcomes: emulators.queues.outcomes.url,
  },
  ticketsTable: emulators.tables.tickets,
});

interface SweepCounts {
  answered: number;
  handedBack: number;
}

interface WorkItem {
  type?: string;
  ticketId?: string;
  subject?: string;
  body?: string;
  redactedText?: string;
  routeId?: string;
  modelRoute?: string;
}

const parse = (body: string | undefined): WorkItem | undefined => {
  try {
    const item = JSON.parse(body ?? '') as WorkItem | null;
    return item && typeof item.ticketId === 'string' ? item : undefined;
  } catch {
    return undefined;
  }
};

const createServedPeople = (options: ServedPeopleOptions) => {
  const { sqs, queueUrls } = options;
  // Filled as items are read: the people's own view of "which route does this ticket belong to".
  const known = new Map<string, string>();
  const people = createSimulatedPeople(
    (id) => known.get(id),
    options.routes,
    options.random,
    options.settings ?? DEFAULT_PEOPLE,
  );

  /** The texts a ticket is known by: the item's own, then the one the tickets table stored. */
  const labelOf = async (item: WorkItem): Promise<string | undefined> => {
    const texts = [
      item.body,
      item.subject && item.body ? `${item.subject}\n${item.body}` : undefined,
      item.redactedText,
    ];
    for (const text of texts) {
      const label = text === undefined ? undefined : options.labels(text);
      if (label !== undefined) return label;
    }
    const stored = await options.documents.send(
      new GetCommand({
        TableName: options.ticketsTable,
        Key: { ticketId: item.ticketId },
        ProjectionExpression: 'redactedText',
      }),
    );
    const redacted = stored.Item?.redactedText;
    if (typeof redacted !== 'string') return undefined;
    // With a subject, the stored text is "subject\nbody"; the labelled files carry the body alone.
    return options.labels(redacted) ?? options.labels(redacted.slice(redacted.indexOf('\n') + 1));
  };

  const answer = (queue: Queue, item: WorkItem): Outcome | undefined => {
    if (queue === 'human') return people.agent(item as { ticketId: string });
    if (queue === 'resolutions') return people.customer(item as { ticketId: string; routeId: string });
    return people.qa(item as Parameters<typeof people.qa>[0]);
  };

  const handBack = async (queueUrl: string, message: Message): Promise<void> => {
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: message.Body ?? '',
        ...(message.MessageAttributes ? { MessageAttributes: message.MessageAttributes } : {}),
      }),
    );
    await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
  };

  const take = async (queue: Queue, counts: SweepCounts): Promise<void> => {
    const queueUrl = queueUrls[queue];
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        MessageAttributeNames: ['All'],
      }),
    );
    for (const message of out.Messages ?? []) {
      const item = parse(message.Body);
      const label = item ? await labelOf(item) : undefined;
      if (item && label !== undefined) known.set(item.ticketId as string, label);
      const outcome = item && label !== undefined ? answer(queue, item) : undefined;
      if (outcome === undefined) {
        await handBack(queueUrl, message);
        counts.handedBack += 1;
        continue;
      }
      // Answer first, then delete: a crash in between repeats an answer, which the outcome
      // function records once, rather than losing it.
      await sqs.send(
        new SendMessageCommand({ QueueUrl: queueUrls.outcomes, MessageBody: JSON.stringify(outcome) }),
      );
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
      counts.answered += 1;
    }
  };

  /** One receive on each queue: answers what the people know, hands back the rest. */
  const sweep = async (): Promise<SweepCounts> => {
    const counts: SweepCounts = { answered: 0, handedBack: 0 };
    for (const queue of ['human', 'resolutions', 'qa'] as const) await take(queue, counts);
    return counts;
  };

  return { sweep };
};

type ServedPeople = ReturnType<typeof createServedPeople>;

export type { ServedPeople, ServedPeopleOptions, SweepCounts };
export { createServedPeople, servedPeopleResources };
