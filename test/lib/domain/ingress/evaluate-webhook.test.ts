import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELD_MAPS } from '../../../../lib/domain/ingress/default-field-maps.js';
import type { EvaluateSettings, WebhookRequest } from '../../../../lib/domain/ingress/evaluate-webhook.js';
import { evaluateWebhook } from '../../../../lib/domain/ingress/evaluate-webhook.js';

/**
 * The whole request check, pure: size, method, adapter, authenticity, body. The order matters as
 * much as each check: nothing reads a body before its size is known, and nothing parses one before
 * its signature holds.
 */

const NOW = Date.parse('2026-11-20T10:00:00Z');
const SECRETS: Record<string, string> = { generic: 'g-secret', zendesk: 'z-secret', freshdesk: 'f-secret' };

const outcome = {
  type: 'human_resolution',
  ticketId: 'T-1',
  finalRoute: 'pay_early',
  handleSeconds: 120,
  resolvedAt: '2026-11-20T09:58:00Z',
};

const settings = (over: Partial<EvaluateSettings> = {}): EvaluateSettings & { asked: string[] } => {
  const asked: string[] = [];
  return {
    maxBodyBytes: 1024,
    toleranceSeconds: 300,
    fieldMaps: DEFAULT_FIELD_MAPS,
    nowMs: NOW,
    secretFor: async (adapter) => {
      asked.push(adapter);
      return SECRETS[adapter];
    },
    asked,
    ...over,
  };
};

const sign = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

const request = (over: Partial<WebhookRequest> = {}): WebhookRequest => {
  const body = over.body ?? JSON.stringify(outcome);
  return {
    method: 'POST',
    rawPath: '/generic',
    headers: { 'x-signature': sign(SECRETS.generic as string, body) },
    body,
    isBase64Encoded: false,
    ...over,
  };
};

describe('evaluating a webhook request', () => {
  it('accepts a signed generic outcome', async () => {
    expect(await evaluateWebhook(request(), settings())).toEqual({
      kind: 'accepted',
      adapter: 'generic',
      outcome,
    });
  });

  it('takes the adapter from the last path segment, behind a stage and with a trailing slash', async () => {
    for (const rawPath of ['/prod/generic', '/generic/', '/v1/outcomes/generic']) {
      expect((await evaluateWebhook(request({ rawPath }), settings())).kind).toBe('accepted');
    }
  });

  it('answers 404 for an unknown adapter and 405 for anything but POST, without asking for a secret', async () => {
    const s = settings();
    expect(await evaluateWebhook(request({ rawPath: '/salesforce' }), s)).toMatchObject({
      status: 404,
      reason: 'not_found',
    });
    expect(await evaluateWebhook(request({ rawPath: '/generic/extra' }), s)).toMatchObject({ status: 404 });
    expect(await evaluateWebhook(request({ method: 'GET' }), s)).toMatchObject({
      status: 405,
      reason: 'method',
    });
    expect(s.asked).toEqual([]);
  });

  it('answers 413 over the limit, base64 bodies by their decoded size, before the signature is checked', async () => {
    const s = settings({ maxBodyBytes: 10 });
    const exact = 'x'.repeat(10);
    const over = 'x'.repeat(11);
    expect(await evaluateWebhook(request({ body: over, headers: {} }), s)).toMatchObject({
      status: 413,
      reason: 'size',
    });
    // Eleven bytes of base64 text decode to eight: under the limit, on to the signature.
    const small = Buffer.from('12345678').toString('base64');
    expect(
      await evaluateWebhook(request({ body: small, isBase64Encoded: true, headers: {} }), s),
    ).toMatchObject({
      status: 401,
    });
    const big = Buffer.from(over).toString('base64');
    expect(await evaluateWebhook(request({ body: big, isBase64Encoded: true }), s)).toMatchObject({
      status: 413,
    });
    expect(await evaluateWebhook(request({ body: exact, headers: {} }), s)).toMatchObject({ status: 401 });
    // Multi-byte characters count as bytes, not characters.
    expect(await evaluateWebhook(request({ body: 'é'.repeat(6), headers: {} }), s)).toMatchObject({
      status: 413,
    });
    // Only the two under the limit reached the secret.
    expect(s.asked).toEqual(['generic', 'generic']);
  });

  it('verifies a base64-encoded body on its decoded bytes', async () => {
    const body = JSON.stringify(outcome);
    const encoded = request({
      body: Buffer.from(body).toString('base64'),
      isBase64Encoded: true,
      headers: { 'x-signature': sign(SECRETS.generic as string, body) },
    });
    expect(await evaluateWebhook(encoded, settings())).toMatchObject({ kind: 'accepted' });
  });

  it('answers 401 without a signature, with a wrong one, and for an adapter with no secret', async () => {
    expect(await evaluateWebhook(request({ headers: {} }), settings())).toEqual({
      kind: 'rejected',
      status: 401,
      reason: 'signature',
      adapter: 'generic',
      error: 'missing X-Signature',
    });
    const wrong = request({ headers: { 'x-signature': sign('guess', JSON.stringify(outcome)) } });
    expect(await evaluateWebhook(wrong, settings())).toMatchObject({
      status: 401,
      error: 'signature does not match',
    });
    const noSecret = settings({ secretFor: async () => undefined });
    expect(await evaluateWebhook(request(), noSecret)).toMatchObject({
      status: 401,
      error: 'no secret is configured for generic',
    });
    const emptySecret = settings({ secretFor: async () => '' });
    expect(await evaluateWebhook(request(), emptySecret)).toMatchObject({ status: 401 });
  });

  it('reads header names in any case', async () => {
    const body = JSON.stringify(outcome);
    const headers = { 'X-Signature': sign(SECRETS.generic as string, body) };
    expect(await evaluateWebhook(request({ headers }), settings())).toMatchObject({ kind: 'accepted' });
  });

  it('checks the signature before the body: an unsigned bad body is 401, a signed one 400 with the reason', async () => {
    expect(await evaluateWebhook(request({ body: '{nope', headers: {} }), settings())).toMatchObject({
      status: 401,
    });
    expect(await evaluateWebhook(request({ body: '{nope' }), settings())).toMatchObject({
      status: 400,
      reason: 'body',
      error: 'body is not valid JSON',
    });
    expect(await evaluateWebhook(request({ body: '[1,2]' }), settings())).toMatchObject({
      status: 400,
      error: 'body is not a JSON object',
    });
    const invalid = JSON.stringify({ ...outcome, finalRoute: 'Pay Early', extra: 1 });
    const result = await evaluateWebhook(request({ body: invalid }), settings());
    expect(result).toMatchObject({ status: 400, error: 'body is not a valid outcome' });
    expect(result.kind === 'rejected' && result.problems?.map((p) => p.field).sort()).toEqual([
      '(payload)',
      'finalRoute',
    ]);
  });

  it('refuses a body that is not UTF-8 as invalid JSON', async () => {
    const raw = Buffer.from([0x7b, 0xff, 0x7d]);
    const signed = createHmac('sha256', SECRETS.generic as string)
      .update(raw)
      .digest('hex');
    const result = await evaluateWebhook(
      request({
        body: raw.toString('base64'),
        isBase64Encoded: true,
        headers: { 'x-signature': `sha256=${signed}` },
      }),
      settings(),
    );
    expect(result).toMatchObject({ status: 400, error: 'body is not valid JSON' });
  });

  it('accepts a signed Zendesk trigger body through the default map', async () => {
    const body = JSON.stringify({
      event: 'ticket_solved',
      ticket: {
        id: 'zen-7',
        route: 'no_route',
        handle_seconds: '45',
        agent_id: '',
        solved_at: '2026-11-20T09:59Z',
      },
    });
    const ts = '2026-11-20T09:59:58Z';
    const signature = createHmac('sha256', SECRETS.zendesk as string)
      .update(ts + body)
      .digest('base64');
    const result = await evaluateWebhook(
      request({
        rawPath: '/zendesk',
        body,
        headers: { 'X-Zendesk-Webhook-Signature': signature, 'X-Zendesk-Webhook-Signature-Timestamp': ts },
      }),
      settings(),
    );
    expect(result).toEqual({
      kind: 'accepted',
      adapter: 'zendesk',
      outcome: {
        type: 'human_resolution',
        ticketId: 'zen-7',
        finalRoute: 'out_of_scope',
        handleSeconds: 45,
        resolvedAt: '2026-11-20T09:59:00.000Z',
      },
    });
  });

  it('gives a verified payload no rule matches 400, or ignores it when the map says so', async () => {
    const body = JSON.stringify({ event: 'ticket_pending', ticket: { id: '9' } });
    const freshdesk = request({
      rawPath: '/freshdesk',
      body,
      headers: { 'x-webhook-token': SECRETS.freshdesk },
    });
    expect(await evaluateWebhook(freshdesk, settings())).toMatchObject({ status: 400, reason: 'body' });
    const ignoring = {
      ...DEFAULT_FIELD_MAPS,
      freshdesk: { ...DEFAULT_FIELD_MAPS.freshdesk, unmatched: 'ignore' as const },
    };
    expect(await evaluateWebhook(freshdesk, settings({ fieldMaps: ignoring }))).toEqual({
      kind: 'ignored',
      adapter: 'freshdesk',
    });
  });

  it('lets a secret failure reach the caller instead of answering 401', async () => {
    const failing = settings({
      secretFor: async () => {
        throw new Error('AccessDeniedException');
      },
    });
    await expect(evaluateWebhook(request(), failing)).rejects.toThrow('AccessDeniedException');
  });
});
