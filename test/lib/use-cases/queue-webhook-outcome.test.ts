import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELD_MAPS } from '../../../lib/domain/ingress/default-field-maps.js';
import type { WebhookRequest } from '../../../lib/domain/ingress/evaluate-webhook.js';
import type { Outcome } from '../../../lib/domain/outcomes/outcome.schema.js';
import type { OutcomeQueue, WebhookSecretSource } from '../../../lib/domain/ports.js';
import { createQueueWebhookOutcome } from '../../../lib/use-cases/queue-webhook-outcome.js';

/** The webhook use case over its ports: an outcome queue in memory, secrets as a function. */

const NOW = Date.parse('2026-11-20T10:00:00Z');
const SECRET = 'g-secret';
const outcome = {
  type: 'human_resolution',
  ticketId: 'T-1',
  finalRoute: 'pay_early',
  handleSeconds: 120,
  resolvedAt: '2026-11-20T09:58:00Z',
};

const signed = (body = JSON.stringify(outcome)): WebhookRequest => ({
  method: 'POST',
  rawPath: '/generic',
  headers: { 'x-signature': `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}` },
  body,
  isBase64Encoded: false,
});

const setup = (over: { send?: OutcomeQueue['send']; secrets?: WebhookSecretSource } = {}) => {
  const sent: Outcome[] = [];
  const queueOutcome = createQueueWebhookOutcome({
    outcomeQueue: {
      send: over.send ?? (async (o) => void sent.push(o)),
    },
    secrets: over.secrets ?? (async () => ({ generic: SECRET })),
    fieldMaps: DEFAULT_FIELD_MAPS,
    maxBodyBytes: 1024,
    toleranceSeconds: 300,
    now: () => NOW,
  });
  return { sent, queueOutcome };
};

describe('queueing a webhook outcome', () => {
  it('sends a signed outcome to the outcome queue and reports it queued', async () => {
    const { sent, queueOutcome } = setup();
    expect(await queueOutcome(signed())).toEqual({ kind: 'queued', adapter: 'generic', outcome });
    expect(sent).toEqual([outcome]);
  });

  it('sends nothing for a request whose signature does not hold', async () => {
    const { sent, queueOutcome } = setup();
    const request = { ...signed(), body: JSON.stringify({ ...outcome, ticketId: 'T-2' }) };
    expect(await queueOutcome(request)).toMatchObject({ kind: 'rejected', status: 401 });
    expect(sent).toEqual([]);
  });

  it('reports a refused send as a failure of the service, with the queue’s error', async () => {
    const refusal = new Error('queue down');
    const { queueOutcome } = setup({
      send: async () => {
        throw refusal;
      },
    });
    expect(await queueOutcome(signed())).toEqual({
      kind: 'failed',
      adapter: 'generic',
      reason: 'send',
      error: refusal,
    });
  });

  it('reports unreadable secrets as a failure with the reader’s error, never as a rejection', async () => {
    const denied = new Error('denied');
    const { sent, queueOutcome } = setup({
      secrets: async () => {
        throw denied;
      },
    });
    expect(await queueOutcome(signed())).toEqual({
      kind: 'failed',
      adapter: 'generic',
      reason: 'secret',
      error: denied,
    });
    expect(sent).toEqual([]);
  });
});
