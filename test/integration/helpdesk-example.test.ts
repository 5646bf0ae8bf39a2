import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsumerDeps,
  type Helpdesk,
  NO_ROUTE,
  reportResolution,
  takeWorkItems,
} from '../../examples/helpdesk-consumer.js';
import type { HumanWorkItem } from '../../lib/domain/outbound/outbound.schema.js';
import { OutcomeSchema } from '../../lib/domain/outcomes/outcome.schema.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';
import { runScript } from '../support/run-cli.js';
import { deleteReceived, drainQueue, receiveMessages, sendBodies } from '../support/sqs-helpers.js';

/** The example helpdesk consumer follows docs/helpdesk-consumer.md, against the SQS emulator. */

let emulators: Emulators;
let inbox: string;

beforeAll(async () => {
  // A short visibility timeout, so a failed handoff is seen coming back within the test.
  emulators = await startEmulators({ visibilityTimeoutSeconds: 2 });
  inbox = mkdtempSync(join(tmpdir(), 'helpdesk-inbox-'));
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
  rmSync(inbox, { recursive: true, force: true });
});

const workItem = (ticketId: string): HumanWorkItem => ({
  type: 'human_work',
  version: 1,
  ticketId,
  customer: { id: 'c-1' },
  channel: 'email',
  body: 'My card was declined at checkout.',
  team: 'payments',
  priority: 'normal',
  escalation: { reason: 'below_threshold', reasons: ['below_threshold'] },
  assist: { intent: 'checkout_declined', confidence: 0.71, summary: 'Card declined at checkout.' },
  decidedAt: '2026-11-22T05:00:00.000Z',
});

const consumer = (helpdesk: Helpdesk): ConsumerDeps => ({
  sqs: emulators.sqs,
  humanQueueUrl: emulators.queues.human.url,
  outcomesQueueUrl: emulators.queues.outcomes.url,
  helpdesk,
});

const outcomesSent = async () =>
  (await drainQueue(emulators.sqs, emulators.queues.outcomes.url)).map((m) =>
    OutcomeSchema.parse(JSON.parse(m.Body ?? '{}')),
  );

describe('examples/helpdesk-consumer.ts', () => {
  it('deletes a work item once its helpdesk ticket exists, and sends no outcome before the agent resolves it', async () => {
    const created: string[] = [];
    await sendBodies(emulators.sqs, emulators.queues.human.url, [JSON.stringify(workItem('H-1'))]);
    expect(
      await takeWorkItems(consumer({ createTicket: async (item) => void created.push(item.ticketId) }), 1),
    ).toBe(1);
    expect(created).toEqual(['H-1']);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await drainQueue(emulators.sqs, emulators.queues.human.url)).toEqual([]);
    expect(await outcomesSent()).toEqual([]);
  });

  it("reports the agent's route, not the model's intent, when the agent resolves the ticket", async () => {
    const deps = consumer({ createTicket: async () => undefined });
    await reportResolution(deps, {
      ticketId: 'H-1',
      route: 'payment_declined',
      handleSeconds: 240,
      agentId: 'agent-7',
      resolvedAt: '2026-11-22T06:00:00.000Z',
    });
    const outcomes = await outcomesSent();
    expect(outcomes).toEqual([
      {
        type: 'human_resolution',
        ticketId: 'H-1',
        finalRoute: 'payment_declined',
        handleSeconds: 240,
        agentId: 'agent-7',
        resolvedAt: '2026-11-22T06:00:00.000Z',
      },
    ]);
    expect(outcomes[0]).not.toMatchObject({ finalRoute: workItem('H-1').assist.intent });
  });

  it('accepts the no-route label the contract documents for a ticket that fits no route', async () => {
    const deps = consumer({ createTicket: async () => undefined });
    const outcome = await reportResolution(deps, {
      ticketId: 'H-3',
      route: NO_ROUTE,
      handleSeconds: 60,
      resolvedAt: '2026-11-22T06:00:00.000Z',
    });
    expect(outcome).toMatchObject({ finalRoute: 'out_of_scope' });
    expect(await outcomesSent()).toHaveLength(1);
  });

  it('keeps the work item on the queue when the helpdesk handoff fails, so it comes back', async () => {
    await sendBodies(emulators.sqs, emulators.queues.human.url, [JSON.stringify(workItem('H-2'))]);
    const failing = consumer({
      createTicket: async () => {
        throw new Error('helpdesk unavailable');
      },
    });
    await expect(takeWorkItems(failing, 1)).rejects.toThrow('helpdesk unavailable');
    // After the visibility timeout the same item is delivered again.
    const again = await receiveMessages(emulators.sqs, emulators.queues.human.url, 1);
    expect(JSON.parse(again[0]?.Body ?? '{}')).toMatchObject({ ticketId: 'H-2' });
    await deleteReceived(emulators.sqs, emulators.queues.human.url, [again[0]?.ReceiptHandle as string]);
  });

  it('runs as a script: take creates one helpdesk ticket per ticketId, report sends the agent route', async () => {
    await drainQueue(emulators.sqs, emulators.queues.human.url);
    const item = JSON.stringify(workItem('H-4'));
    // At least once: the same item twice still makes one helpdesk ticket.
    await sendBodies(emulators.sqs, emulators.queues.human.url, [item, item]);
    const env = {
      HUMAN_QUEUE_URL: emulators.queues.human.url,
      OUTCOMES_QUEUE_URL: emulators.queues.outcomes.url,
    };
    const took = await runScript(
      emulators,
      'examples/helpdesk-consumer.ts',
      ['take', '--once', '--inbox', inbox],
      env,
    );
    expect(took.code).toBe(0);
    expect(took.stdout).toContain('H-4');
    expect(readdirSync(inbox)).toEqual(['H-4.json']);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await drainQueue(emulators.sqs, emulators.queues.human.url)).toEqual([]);
    expect(await outcomesSent()).toEqual([]);

    const reported = await runScript(
      emulators,
      'examples/helpdesk-consumer.ts',
      ['report', 'H-4', 'payment_declined', '--inbox', inbox],
      env,
    );
    expect(reported.code).toBe(0);
    expect(await outcomesSent()).toMatchObject([
      { type: 'human_resolution', ticketId: 'H-4', finalRoute: 'payment_declined' },
    ]);
  }, 30_000);
});
