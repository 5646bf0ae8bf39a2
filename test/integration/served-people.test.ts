import type { Message } from '@aws-sdk/client-sqs';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { OutcomeSchema } from '../../lib/domain/outcomes/outcome.schema.js';
import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';
import { createLabelBook } from '../../tools/local/label-book.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import type { ServedPeople } from '../../tools/local/served-people.js';
import { createServedPeople, servedPeopleResources } from '../../tools/local/served-people.js';
import { startServedStack } from '../../tools/local/served-stack.js';
import { DEFAULT_PEOPLE } from '../../tools/local/simulated-people.js';
import { smallSampleTrain } from '../support/small-train.js';
import { deleteReceived, sendBodies } from '../support/sqs-helpers.js';

/** The simulated people of `triage serve` answer only what they know, and drop nothing else. */

const ROUTES = ['refund_timing', 'payment_schedule'];
const KNOWN = 'Where is my refund for the returned order?';

let emulators: Emulators;
let people: ServedPeople;

const humanItem = (ticketId: string, body: string) =>
  JSON.stringify({
    type: 'human_work',
    version: 1,
    ticketId,
    customer: { id: 'c-1' },
    channel: 'email',
    body,
    team: 'payments',
    priority: 'normal',
    escalation: { reason: 'shadow_mode', reasons: ['shadow_mode'] },
    assist: { intent: 'payment_schedule', confidence: 0.6 },
    decidedAt: '2026-12-01T00:00:00.000Z',
  });

/** Everything on the queue, taken off it: short polls, since whatever was sent is visible at once. */
const drainQueue = async (queueUrl: string): Promise<Message[]> => {
  const taken: Message[] = [];
  for (;;) {
    const out = await emulators.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    const messages = out.Messages ?? [];
    if (messages.length === 0) return taken;
    taken.push(...messages);
    await deleteReceived(
      emulators.sqs,
      queueUrl,
      messages.map((m) => m.ReceiptHandle as string),
    );
  }
};

const outcomes = async () =>
  (await drainQueue(emulators.queues.outcomes.url)).map((m) =>
    OutcomeSchema.parse(JSON.parse(m.Body ?? '{}')),
  );

beforeAll(async () => {
  emulators = await startEmulators();
  const book = createLabelBook([{ text: KNOWN, label: 'Refund Timing' }], ROUTES);
  people = createServedPeople({
    ...servedPeopleResources(emulators),
    labels: book.lookup,
    routes: ROUTES,
    random: mulberry32(1),
    settings: { ...DEFAULT_PEOPLE, agentAccuracy: 1 },
  });
}, 30_000);

afterAll(async () => {
  await emulators?.stop();
});

describe('the simulated people of triage serve', () => {
  it('answers a work item whose text has a known label with that label, and takes it off the queue', async () => {
    await sendBodies(emulators.sqs, emulators.queues.human.url, [
      humanItem('P-1', `  ${KNOWN.toUpperCase()} `),
    ]);
    expect(await people.sweep()).toEqual({ answered: 1, handedBack: 0 });
    expect(await outcomes()).toMatchObject([
      { type: 'human_resolution', ticketId: 'P-1', finalRoute: 'refund_timing' },
    ]);
    expect(await drainQueue(emulators.queues.human.url)).toEqual([]);
  });

  it('leaves a work item it cannot know on its queue, unchanged, however often it looks, and says nothing', async () => {
    const body = humanItem('P-2', 'A ticket text no labelled file has.');
    await sendBodies(emulators.sqs, emulators.queues.human.url, [body, 'not json']);
    // More sweeps than the queue's maxReceiveCount: a plain receive-and-release would dead-letter it.
    for (let i = 0; i < 7; i += 1) expect((await people.sweep()).answered).toBe(0);
    expect(await outcomes()).toEqual([]);
    const received = await emulators.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: emulators.queues.human.url,
        MaxNumberOfMessages: 10,
        AttributeNames: ['All'],
      }),
    );
    const left = received.Messages ?? [];
    expect(left.map((m) => m.Body).sort()).toEqual([body, 'not json'].sort());
    expect(left.map((m) => m.Attributes?.ApproximateReceiveCount)).toEqual(['1', '1']);
    expect(await drainQueue(emulators.queues.human.dlqUrl)).toEqual([]);
    await drainQueue(emulators.queues.human.url);
  });

  it('knows an auto-resolved ticket by the text the tickets table stored, and answers as its customer', async () => {
    await DynamoDBDocumentClient.from(emulators.dynamo).send(
      new PutCommand({
        TableName: emulators.tables.tickets,
        Item: { ticketId: 'P-3', status: 'DISPATCHED', redactedText: `Refund\n${KNOWN}` },
      }),
    );
    const resolution = {
      type: 'resolution',
      version: 1,
      ticketId: 'P-3',
      customerId: 'c-3',
      channel: 'email',
      routeId: 'refund_timing',
      reply: 'Refunds take 5 to 10 days.',
      confidence: 0.97,
      threshold: 0.9,
      routeConfigVersion: 2,
      decidedAt: '2026-12-01T00:00:00.000Z',
    };
    await sendBodies(emulators.sqs, emulators.queues.resolutions.url, [JSON.stringify(resolution)]);
    expect(await people.sweep()).toEqual({ answered: 1, handedBack: 0 });
    expect(await outcomes()).toMatchObject([{ type: 'customer_feedback', ticketId: 'P-3' }]);
  });
});

describe('a served stack with people on', () => {
  it('answers a known ticket end to end through the outcome function, unasked', async () => {
    const train = smallSampleTrain(2);
    const taxonomy = loadTaxonomy(SAMPLE.taxonomy);
    const examples = readLabelledCsv(train);
    const served = await startServedStack({
      trainPath: train,
      taxonomyPath: SAMPLE.taxonomy,
      taxonomy,
      coldStart: true,
      retuneEveryMs: 60_000,
      webhookSecrets: { generic: 'local-generic', zendesk: 'local-zendesk', freshdesk: 'local-freshdesk' },
      people: {
        labels: createLabelBook(
          examples,
          taxonomy.routes.map((r) => r.id),
        ).lookup,
        random: mulberry32(1),
      },
      peopleEveryMs: 100,
    });
    try {
      const { emulators: stack } = served.stack;
      const ticket = {
        ticketId: 'P-served',
        body: examples[0]?.text,
        customer: { id: 'c-1' },
        channel: 'email',
        createdAt: new Date().toISOString(),
      };
      await sendBodies(stack.sqs, stack.queues.ingest.url, [JSON.stringify(ticket)]);
      const documents = DynamoDBDocumentClient.from(stack.dynamo);
      let stored: Record<string, unknown> | undefined;
      for (let i = 0; i < 100 && !stored; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        stored = (
          await documents.send(
            new GetCommand({
              TableName: stack.tables.outcomes,
              Key: { ticketId: 'P-served', outcomeType: 'human_resolution' },
            }),
          )
        ).Item;
      }
      expect(stored).toBeDefined();
    } finally {
      await served.stop();
    }
  }, 20_000);
});

describe('the label book', () => {
  it('knows no label for a text two files label differently, nor one outside the taxonomy', () => {
    const book = createLabelBook(
      [
        { text: 'same text', label: 'refund_timing' },
        { text: 'Same  text', label: 'payment_schedule' },
        { text: 'other', label: 'no_such_route' },
        { text: 'none of these', label: 'out_of_scope' },
      ],
      ROUTES,
    );
    expect(book.lookup('same text')).toBeUndefined();
    expect(book.lookup('other')).toBeUndefined();
    expect(book.lookup('None of these')).toBe('out_of_scope');
    expect(book.size).toBe(1);
  });
});
