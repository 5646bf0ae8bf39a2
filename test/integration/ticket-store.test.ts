import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuarantineStore } from '../../lib/adapters/dynamodb/quarantine-store.js';
import { createTicketStore } from '../../lib/adapters/dynamodb/ticket-store.js';
import { createBatchingSender } from '../../lib/adapters/sqs/batching-sender.js';
import type { TicketRepository } from '../../lib/domain/ports.js';
import { parseTicketMessage } from '../../lib/domain/tickets/parse-message.js';
import { LeaseLostError, TicketBusyError } from '../../lib/domain/tickets/ticket-errors.js';
import { hashTicket } from '../../lib/domain/tickets/ticket-hash.js';
import type { TicketDecisionRecord } from '../../lib/domain/tickets/ticket-record.js';
import { createLimiter } from '../../lib/use-cases/concurrency.js';
import type { TriageDeps } from '../../lib/use-cases/triage-record.js';
import { createTriageRecord } from '../../lib/use-cases/triage-record.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';
import { taxonomy } from '../support/outcome-fixtures.js';
import { receiveMessages } from '../support/sqs-helpers.js';

/**
 * The tickets table's state machine (CLAIMED → DECIDED → DISPATCHED) with dynalite's real
 * conditional writes. The stores share a clock the tests move, so a lease expires without waiting.
 */

let emulators: Emulators;
let documents: DynamoDBDocumentClient;
let clock = Date.parse('2026-12-01T10:00:00Z');
let counter = 0;
const MARGIN_MS = 2_000;
const DEFAULT_LEASE_MS = 60_000;
const H1 = 'sha256:first';
const H2 = 'sha256:second';

/** One store per invocation, as each Lambda container builds its own, all on the test's clock. */
const newStore = (): TicketRepository =>
  createTicketStore({
    client: documents,
    tableName: emulators.tables.tickets,
    retentionDays: 90,
    defaultLeaseMs: DEFAULT_LEASE_MS,
    leaseMarginMs: MARGIN_MS,
    now: () => clock,
  });

const freshId = () => {
  counter += 1;
  return `S-${counter}`;
};

const decision = (
  ticketId: string,
  outboundMessage = `{"ticketId":"${ticketId}"}`,
): TicketDecisionRecord => ({
  ticketId,
  customerId: 'c-1',
  channel: 'chat',
  action: 'HUMAN',
  reason: 'below_threshold',
  explorationDraw: 0.5,
  candidate: false,
  audited: false,
  redactedText: 'When is my next instalment?',
  modelId: 'test',
  inputTokens: 1,
  outputTokens: 1,
  modelCalls: 1,
  latencyMs: 1,
  decidedAt: new Date(clock).toISOString(),
  destination: 'human',
  outboundMessage,
});

beforeAll(async () => {
  emulators = await startEmulators();
  documents = DynamoDBDocumentClient.from(emulators.dynamo, {
    marshallOptions: { removeUndefinedValues: true },
  });
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
});

describe('ticket store state machine on dynalite', () => {
  it('claims a new ticket with its body hash, token and a lease until the invocation deadline', async () => {
    const tickets = newStore();
    const ticketId = freshId();
    expect(await tickets.claim({ ticketId, token: 'a', bodyHash: H1, remainingMs: 25_000 })).toEqual({
      kind: 'claimed',
    });
    expect(await tickets.read(ticketId)).toMatchObject({
      status: 'CLAIMED',
      bodyHash: H1,
      claimToken: 'a',
      leaseUntil: clock + 25_000 + MARGIN_MS,
      claims: 1,
    });
  });

  it('leases for the configured default when there is no invocation', async () => {
    const tickets = newStore();
    const ticketId = freshId();
    await tickets.claim({ ticketId, token: 'a', bodyHash: H1 });
    expect((await tickets.read(ticketId))?.leaseUntil).toBe(clock + DEFAULT_LEASE_MS);
  });

  it('lets exactly one of several concurrent claims of a ticket win; the others are busy', async () => {
    for (let round = 0; round < 5; round += 1) {
      const ticketId = freshId();
      const results = await Promise.all(
        ['a', 'b', 'c', 'd'].map((token) =>
          newStore().claim({ ticketId, token, bodyHash: H1, remainingMs: 10_000 }),
        ),
      );
      expect(results.filter((r) => r.kind === 'claimed')).toHaveLength(1);
      expect(results.filter((r) => r.kind === 'busy')).toHaveLength(3);
      expect((await newStore().read(ticketId))?.claims).toBe(1);
    }
  });

  it('lets another invocation take the ticket over once the lease (and its margin) has run out', async () => {
    const [first, second] = [newStore(), newStore()];
    const ticketId = freshId();
    await first.claim({ ticketId, token: 'a', bodyHash: H1, remainingMs: 10_000 });
    const start = clock;
    clock = start + 10_000 + MARGIN_MS;
    expect((await second.claim({ ticketId, token: 'b', bodyHash: H1, remainingMs: 10_000 })).kind).toBe(
      'busy',
    );
    clock = start + 10_000 + MARGIN_MS + 1;
    expect((await second.claim({ ticketId, token: 'b', bodyHash: H1, remainingMs: 10_000 })).kind).toBe(
      'claimed',
    );
    expect(await second.read(ticketId)).toMatchObject({ claimToken: 'b', claims: 2, status: 'CLAIMED' });
  });

  it('refuses the decision of an owner whose lease was taken over, and keeps the new owner’s claim', async () => {
    const [first, second] = [newStore(), newStore()];
    const ticketId = freshId();
    await first.claim({ ticketId, token: 'a', bodyHash: H1, remainingMs: 1_000 });
    clock += 1_000 + MARGIN_MS + 1;
    await second.claim({ ticketId, token: 'b', bodyHash: H1, remainingMs: 10_000 });

    await expect(first.saveDecision(decision(ticketId, 'late'), 'a')).rejects.toBeInstanceOf(LeaseLostError);
    // The late owner's cleanup must not free the new owner's claim either.
    await first.release(ticketId, 'a');
    expect(await second.read(ticketId)).toMatchObject({
      claimToken: 'b',
      leaseUntil: clock + 10_000 + MARGIN_MS,
    });

    await second.saveDecision(decision(ticketId, 'on time'), 'b');
    await expect(first.saveDecision(decision(ticketId, 'late'), 'a')).rejects.toBeInstanceOf(LeaseLostError);
    expect(await second.read(ticketId)).toMatchObject({ status: 'DECIDED', outboundMessage: 'on time' });
  });

  it('lets the retry of a failed attempt claim at once once the attempt released its claim', async () => {
    const [first, second] = [newStore(), newStore()];
    const ticketId = freshId();
    await first.claim({ ticketId, token: 'a', bodyHash: H1, remainingMs: 60_000 });
    expect((await second.claim({ ticketId, token: 'b', bodyHash: H1, remainingMs: 60_000 })).kind).toBe(
      'busy',
    );
    await first.release(ticketId, 'a');
    expect((await second.claim({ ticketId, token: 'b', bodyHash: H1, remainingMs: 60_000 })).kind).toBe(
      'claimed',
    );
  });

  it('hands a redelivery of a decided but undispatched ticket its stored decision, then reports it done', async () => {
    const tickets = newStore();
    const ticketId = freshId();
    await tickets.claim({ ticketId, token: 'a', bodyHash: H1, remainingMs: 10_000 });
    await tickets.saveDecision(decision(ticketId, 'stored reply'), 'a');

    const redelivered = await newStore().claim({ ticketId, token: 'b', bodyHash: H1, remainingMs: 10_000 });
    expect(redelivered).toMatchObject({ kind: 'decided', ticket: { outboundMessage: 'stored reply' } });

    await tickets.markDispatched(ticketId);
    const before = await tickets.read(ticketId);
    const again = await newStore().claim({ ticketId, token: 'c', bodyHash: H1, remainingMs: 10_000 });
    expect(again.kind).toBe('done');
    expect(await tickets.read(ticketId)).toEqual(before);
    expect(before).toMatchObject({ status: 'DISPATCHED', claimToken: 'a', claims: 1 });
  });

  it.each([
    ['claimed with a live lease', 0, false, false],
    ['claimed with an expired lease', 20_000, false, false],
    ['decided', 0, true, false],
    ['dispatched', 0, true, true],
  ])(
    'reports a different body for a ticket %s as a conflict and changes nothing',
    async (_s, wait, decide, dispatch) => {
      const tickets = newStore();
      const ticketId = freshId();
      await tickets.claim({ ticketId, token: 'a', bodyHash: H1, remainingMs: 10_000 });
      if (decide) await tickets.saveDecision(decision(ticketId), 'a');
      if (dispatch) await tickets.markDispatched(ticketId);
      clock += wait;
      const before = await tickets.read(ticketId);

      const result = await newStore().claim({ ticketId, token: 'b', bodyHash: H2, remainingMs: 10_000 });
      expect(result).toMatchObject({ kind: 'conflict', ticket: { bodyHash: H1, status: before?.status } });
      expect(await tickets.read(ticketId)).toEqual(before);
    },
  );
});

class StubModelDownError extends Error {
  override name = 'StubModelDownError';
}

describe('triage record on the ticket store', () => {
  const body = (ticketId: string, text = 'When is my next instalment?') =>
    JSON.stringify({
      ticketId,
      body: text,
      customer: { id: 'c-1' },
      channel: 'chat',
      createdAt: '2026-11-01T10:00:00Z',
    });

  const triageDeps = (
    tickets: TicketRepository,
    classify: TriageDeps['classifier']['classify'],
  ): TriageDeps => ({
    taxonomy,
    routeConfigs: async () => new Map(),
    classifier: { classify },
    tickets,
    observations: { put: async () => undefined },
    quarantine: createQuarantineStore({
      client: documents,
      tableName: emulators.tables.quarantine,
      retentionDays: 1,
    }),
    sender: createBatchingSender(emulators.sqs),
    queueUrls: {
      resolutions: emulators.queues.resolutions.url,
      human: emulators.queues.human.url,
      qa: emulators.queues.qa.url,
    },
    modelId: 'test',
    modelLimiter: createLimiter(1),
    reserveMs: 0,
    acceptHistory: true,
    now: () => clock,
  });

  it('leases the claim for the invocation’s remaining time and gives it back when the attempt fails', async () => {
    const tickets = newStore();
    const ticketId = freshId();
    let leaseDuringCall: number | undefined;
    const triage = createTriageRecord(
      triageDeps(tickets, async () => {
        leaseDuringCall = (await tickets.read(ticketId))?.leaseUntil;
        throw new StubModelDownError('model down');
      }),
    );
    const invocation = { getRemainingTimeInMillis: () => 42_000 };
    await expect(triage({ messageId: 'm-1', body: body(ticketId) }, invocation)).rejects.toBeInstanceOf(
      StubModelDownError,
    );
    expect(leaseDuringCall).toBe(clock + 42_000 + MARGIN_MS);
    expect((await tickets.read(ticketId))?.leaseUntil).toBe(0);
    const retry = await newStore().claim({
      ticketId,
      token: 'retry',
      bodyHash: hashTicket(parseTicketMessage(body(ticketId))),
      remainingMs: 42_000,
    });
    expect(retry.kind).toBe('claimed');
  });

  it('fails a delivery whose ticket another invocation holds, with a TicketBusyError', async () => {
    const tickets = newStore();
    const ticketId = freshId();
    const hash = hashTicket(parseTicketMessage(body(ticketId)));
    await tickets.claim({ ticketId, token: 'other', bodyHash: hash, remainingMs: 60_000 });
    const triage = createTriageRecord(
      triageDeps(tickets, async () => {
        throw new Error('the model must not be called');
      }),
    );
    await expect(triage({ messageId: 'm-2', body: body(ticketId) })).rejects.toBeInstanceOf(TicketBusyError);
  });

  it('re-sends a decided but undispatched ticket’s stored message without the model, then has no effect', async () => {
    const tickets = newStore();
    const ticketId = freshId();
    const hash = hashTicket(parseTicketMessage(body(ticketId)));
    await tickets.claim({ ticketId, token: 'crashed', bodyHash: hash, remainingMs: 10_000 });
    await tickets.saveDecision(decision(ticketId, `{"stored":"${ticketId}"}`), 'crashed');
    const triage = createTriageRecord(
      triageDeps(tickets, async () => {
        throw new Error('the model must not be called');
      }),
    );
    // The same ticket, serialised differently: the hash is of the parsed ticket, so it is the same body.
    const t = JSON.parse(body(ticketId));
    const reordered = `\uFEFF${JSON.stringify({ createdAt: t.createdAt, channel: t.channel, customer: t.customer, body: t.body, ticketId }, null, 2)}`;
    expect(await triage({ messageId: 'm-3', body: reordered })).toMatchObject({
      kind: 'decided',
      resent: true,
    });
    const sent = await receiveMessages(emulators.sqs, emulators.queues.human.url, 1);
    expect(sent.map((m) => m.Body)).toEqual([`{"stored":"${ticketId}"}`]);
    expect((await tickets.read(ticketId))?.status).toBe('DISPATCHED');
    expect(await triage({ messageId: 'm-4', body: body(ticketId) })).toEqual({ kind: 'duplicate', ticketId });
  });
});
