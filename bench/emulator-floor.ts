/**
 * The emulator floor: the fastest the local pipeline could possibly go on these emulators. It uses
 * the same queues and tables and makes the same AWS calls per ticket as the classify path (the same
 * receive and delete batches from the same poller at the same concurrency, the ticket store's three
 * conditional writes, one coalesced send to the human queue) but does no parsing beyond the
 * ticketId, no redaction, no model call and no policy. The pipeline's throughput over this floor
 * says how much the project's own code costs on top of the emulators.
 */

import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSRecord } from 'aws-lambda';
import { createTicketStore } from '../lib/adapters/dynamodb/ticket-store.js';
import { createBatchingSender } from '../lib/adapters/sqs/batching-sender.js';
import type { Ticket } from '../lib/domain/tickets/ticket.schema.js';
import type { TicketDecisionRecord } from '../lib/domain/tickets/ticket-record.js';
import { startEmulators } from '../tools/local/emulators.js';
import type { LocalStack } from '../tools/local/local-stack.js';
import { LOCAL_MODEL_ID } from '../tools/local/local-stack.js';
import type { SqsHandler } from '../tools/local/sqs-poller.js';
import { pollEmulatorQueue } from '../tools/local/sqs-poller.js';

interface FloorOptions {
  /** Concurrent handler invocations, as the pipeline's event source mapping. */
  concurrency: number;
  batchSize?: number;
}

/** A shadow-mode work item of the pipeline's size and shape, so the collector reads it as escalated. */
const workItem = (ticket: Ticket) => ({
  type: 'human_work',
  version: 1,
  ticketId: ticket.ticketId,
  customer: ticket.customer,
  channel: ticket.channel,
  body: ticket.body,
  team: 'support',
  priority: 'normal',
  escalation: { reason: 'shadow_mode', reasons: ['shadow_mode'] },
  assist: { intent: 'floor', confidence: 0.9, summary: 'Floor benchmark ticket.', language: 'en' },
});

/** A decision record with the fields a real one carries, so the stored item is of a similar size. */
const decisionRecord = (ticket: Ticket, outboundMessage: string): TicketDecisionRecord => ({
  ticketId: ticket.ticketId,
  customerId: ticket.customer.id,
  channel: ticket.channel,
  action: 'HUMAN',
  reason: 'shadow_mode',
  reasons: ['shadow_mode'],
  routeId: 'floor',
  classification: {
    route: 'floor',
    confidence: 0.9,
    sentiment: 'neutral',
    urgency: 'normal',
    wantsHuman: false,
    vulnerable: false,
    language: 'en',
    summary: 'Floor benchmark ticket.',
  },
  threshold: 0.9,
  routeConfigVersion: 0,
  explorationRate: 0.05,
  auditRate: 0.02,
  explorationDraw: 0.5,
  candidate: true,
  labelPropensity: 1,
  audited: false,
  redactedText: ticket.body,
  modelId: LOCAL_MODEL_ID,
  inputTokens: 0,
  outputTokens: 0,
  modelCalls: 0,
  latencyMs: 0,
  decidedAt: new Date().toISOString(),
  destination: 'human',
  outboundMessage,
});

const notInTheFloor = (what: string) => () => {
  throw new Error(`the emulator floor has no ${what}`);
};

/** Starts the floor with the shape of a LocalStack, so the same runTickets drives and times it. */
const startFloorStack = async (options: FloorOptions): Promise<LocalStack> => {
  const emulators = await startEmulators({ visibilityTimeoutSeconds: 5 });
  const documents = DynamoDBDocumentClient.from(emulators.dynamo, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const tickets = createTicketStore({
    client: documents,
    tableName: emulators.tables.tickets,
    retentionDays: 90,
    defaultLeaseMs: 30_000,
  });
  const sender = createBatchingSender(emulators.sqs);

  const passThrough = async (record: SQSRecord): Promise<void> => {
    const ticket = JSON.parse(record.body) as Ticket;
    // No hashing in the floor: the ticketId stands in for the body hash, constant per ticket.
    await tickets.claim({ ticketId: ticket.ticketId, token: record.messageId, bodyHash: ticket.ticketId });
    const outbound = JSON.stringify(workItem(ticket));
    await tickets.saveDecision(decisionRecord(ticket, outbound), record.messageId);
    await sender.send(emulators.queues.human.url, outbound);
    await tickets.markDispatched(ticket.ticketId);
  };
  const handler: SqsHandler = async (event) => {
    await Promise.all(event.Records.map(passThrough));
    return { batchItemFailures: [] };
  };
  const idle: SqsHandler = async () => ({ batchItemFailures: [] });

  // The pipeline also long-polls the outcomes queue; so does the floor, to load the emulator alike.
  const pollers = [
    pollEmulatorQueue(emulators, 'ingest', handler, {
      concurrency: options.concurrency,
      batchSize: options.batchSize,
      functionName: 'floor-ingest',
    }),
    pollEmulatorQueue(emulators, 'outcomes', idle, { concurrency: 1, functionName: 'floor-outcomes' }),
  ];

  return {
    emulators,
    // runTickets never reads the model endpoint; the floor has none by definition.
    standIn: undefined as unknown as LocalStack['standIn'],
    classifier: {
      labels: [],
      predict: notInTheFloor('classifier'),
      predictAmong: notInTheFloor('classifier'),
    },
    handler,
    outcomeHandler: idle,
    // The floor's handler makes no model call: the poller's default invocation timeout fits it.
    classifyTimeoutMs: 30_000,
    retune: notInTheFloor('retune'),
    train: notInTheFloor('train'),
    training: [],
    seedHistory: notInTheFloor('history'),
    stop: async () => {
      await Promise.all(pollers.map((p) => p.stop()));
      await emulators.stop();
    },
  };
};

export type { FloorOptions };
export { startFloorStack };
