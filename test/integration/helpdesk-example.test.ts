import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HumanWorkItem } from '../../lib/domain/outbound/outbound.schema.js';
import { OutcomeSchema } from '../../lib/domain/outcomes/outcome.schema.js';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';
import { runScript } from '../support/run-cli.js';
import { receiveMessages, sendBodies } from '../support/sqs-helpers.js';

/** The example helpdesk consumer reads the human queue and reports outcomes, as documented. */

let emulators: Emulators;

beforeAll(async () => {
  emulators = await startEmulators();
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
});

const workItem: HumanWorkItem = {
  type: 'human_work',
  version: 1,
  ticketId: 'H-1',
  customer: { id: 'c-1' },
  channel: 'email',
  body: 'My card was declined at checkout.',
  team: 'payments',
  priority: 'normal',
  escalation: { reason: 'below_threshold', reasons: ['below_threshold'] },
  assist: { intent: 'checkout_declined', confidence: 0.71, summary: 'Card declined at checkout.' },
  decidedAt: '2026-11-22T05:00:00.000Z',
};

describe('examples/helpdesk-consumer.ts', () => {
  it('shows each work item and sends a valid outcome back before deleting it', async () => {
    await sendBodies(emulators.sqs, emulators.queues.human.url, [JSON.stringify(workItem)]);
    const result = await runScript(emulators, 'examples/helpdesk-consumer.ts', ['--once'], {
      HUMAN_QUEUE_URL: emulators.queues.human.url,
      OUTCOMES_QUEUE_URL: emulators.queues.outcomes.url,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('H-1');
    const [outcome] = await receiveMessages(emulators.sqs, emulators.queues.outcomes.url, 1);
    expect(OutcomeSchema.parse(JSON.parse(outcome?.Body ?? '{}'))).toMatchObject({
      type: 'human_resolution',
      ticketId: 'H-1',
      finalRoute: 'checkout_declined',
    });
    expect(
      await receiveMessages(emulators.sqs, emulators.queues.human.url, Number.POSITIVE_INFINITY),
    ).toEqual([]);
  });
});
