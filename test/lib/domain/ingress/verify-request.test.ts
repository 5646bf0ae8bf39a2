import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  genericSignature,
  sameSecret,
  zendeskSignature,
} from '../../../../lib/domain/ingress/signature.js';
import {
  basicPassword,
  verifyFreshdesk,
  verifyGeneric,
  verifyZendesk,
} from '../../../../lib/domain/ingress/verify-request.js';

/**
 * Signature and replay-window checks on raw bytes: the schemes each vendor documents, computed
 * independently here with node:crypto, and the ways a forged, altered or stale request fails.
 */

const SECRET = 'whsec-test-1';
const NOW = Date.parse('2026-11-20T10:00:00Z');
const settings = { nowMs: NOW, toleranceSeconds: 300 };
const body = Buffer.from('{"type":"human_resolution","ticketId":"zen-1"}');

const hexHmac = (secret: string, text: string | Buffer) =>
  createHmac('sha256', secret).update(text).digest('hex');

/** A deterministic stream of bytes (mulberry32), for the exhaustive-by-seed properties below. */
const bytes = (seed: number, length: number): Buffer => {
  let a = seed >>> 0;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
};

describe('generic signature', () => {
  it('accepts sha256=<hex HMAC of the raw body> and computes what openssl would', () => {
    const signature = `sha256=${hexHmac(SECRET, body)}`;
    expect(genericSignature(SECRET, body)).toBe(signature);
    expect(verifyGeneric({ 'x-signature': signature }, body, SECRET, settings)).toEqual({ ok: true });
  });

  it('accepts the hex digits in upper case', () => {
    const signature = `SHA256=${hexHmac(SECRET, body).toUpperCase()}`;
    expect(verifyGeneric({ 'x-signature': signature }, body, SECRET, settings).ok).toBe(true);
  });

  it('refuses a missing, truncated or other-secret signature', () => {
    const good = genericSignature(SECRET, body);
    expect(verifyGeneric({}, body, SECRET, settings)).toEqual({ ok: false, problem: 'missing X-Signature' });
    expect(verifyGeneric({ 'x-signature': good.slice(0, -2) }, body, SECRET, settings).ok).toBe(false);
    expect(verifyGeneric({ 'x-signature': hexHmac(SECRET, body) }, body, SECRET, settings).ok).toBe(false);
    const other = genericSignature('another-secret', body);
    expect(verifyGeneric({ 'x-signature': other }, body, SECRET, settings)).toEqual({
      ok: false,
      problem: 'signature does not match',
    });
  });

  it('signs timestamp + "." + body when X-Signature-Timestamp is sent, and checks its window', () => {
    const ts = String(NOW / 1000 - 10);
    const signature = `sha256=${hexHmac(SECRET, Buffer.concat([Buffer.from(`${ts}.`), body]))}`;
    const headers = { 'x-signature': signature, 'x-signature-timestamp': ts };
    expect(verifyGeneric(headers, body, SECRET, settings)).toEqual({ ok: true });
    // The body-only signature does not verify once a timestamp is claimed.
    const plain = { 'x-signature': genericSignature(SECRET, body), 'x-signature-timestamp': ts };
    expect(verifyGeneric(plain, body, SECRET, settings).ok).toBe(false);
    const stale = String(NOW / 1000 - 301);
    const staleHeaders = {
      'x-signature': genericSignature(SECRET, body, stale),
      'x-signature-timestamp': stale,
    };
    expect(verifyGeneric(staleHeaders, body, SECRET, settings)).toEqual({
      ok: false,
      problem: 'timestamp is 301 s old; the limit is 300 s',
    });
  });

  it('refuses the plain form when the map requires a timestamp', () => {
    const headers = { 'x-signature': genericSignature(SECRET, body) };
    expect(verifyGeneric(headers, body, SECRET, { ...settings, requireTimestamp: true })).toEqual({
      ok: false,
      problem: 'missing X-Signature-Timestamp',
    });
  });

  it('fails for every single-byte change of a signed body, over many bodies', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const signed = bytes(seed, 1 + (seed % 64));
      const headers = { 'x-signature': genericSignature(SECRET, signed) };
      expect(verifyGeneric(headers, signed, SECRET, settings).ok).toBe(true);
      for (let i = 0; i < signed.length; i += 1) {
        const changed = Buffer.from(signed);
        changed[i] = (changed[i] as number) ^ (1 + (seed % 255));
        expect(verifyGeneric(headers, changed, SECRET, settings).ok).toBe(false);
      }
      // Neither a byte more nor a byte less verifies.
      expect(verifyGeneric(headers, Buffer.concat([signed, Buffer.from([0])]), SECRET, settings).ok).toBe(
        false,
      );
      expect(verifyGeneric(headers, signed.subarray(1), SECRET, settings).ok).toBe(false);
    }
  });
});

describe('zendesk signature', () => {
  const ts = '2026-11-20T09:59:30Z';
  const zendesk = (secret: string, timestamp: string, raw: Buffer) =>
    createHmac('sha256', secret)
      .update(timestamp + raw.toString('utf8'))
      .digest('base64');

  it('accepts base64(HMAC-SHA256(secret, timestamp + body)) with an ISO 8601 timestamp', () => {
    const headers = {
      'x-zendesk-webhook-signature': zendesk(SECRET, ts, body),
      'x-zendesk-webhook-signature-timestamp': ts,
    };
    expect(zendeskSignature(SECRET, body, ts)).toBe(headers['x-zendesk-webhook-signature']);
    expect(verifyZendesk(headers, body, SECRET, settings)).toEqual({ ok: true });
  });

  it('refuses a request without either header', () => {
    const signature = zendesk(SECRET, ts, body);
    expect(verifyZendesk({ 'x-zendesk-webhook-signature-timestamp': ts }, body, SECRET, settings).ok).toBe(
      false,
    );
    expect(verifyZendesk({ 'x-zendesk-webhook-signature': signature }, body, SECRET, settings)).toEqual({
      ok: false,
      problem: 'missing X-Zendesk-Webhook-Signature-Timestamp',
    });
  });

  it('refuses a signature moved to another timestamp, and one over another body', () => {
    const signature = zendesk(SECRET, ts, body);
    const moved = {
      'x-zendesk-webhook-signature': signature,
      'x-zendesk-webhook-signature-timestamp': '2026-11-20T09:59:31Z',
    };
    expect(verifyZendesk(moved, body, SECRET, settings).ok).toBe(false);
    const headers = { 'x-zendesk-webhook-signature': signature, 'x-zendesk-webhook-signature-timestamp': ts };
    expect(verifyZendesk(headers, Buffer.from(`${body.toString()} `), SECRET, settings).ok).toBe(false);
  });

  it('refuses a stale and a future timestamp even when correctly signed', () => {
    for (const stamp of ['2026-11-20T09:54:59Z', '2026-11-20T10:05:01Z']) {
      const headers = {
        'x-zendesk-webhook-signature': zendesk(SECRET, stamp, body),
        'x-zendesk-webhook-signature-timestamp': stamp,
      };
      expect(verifyZendesk(headers, body, SECRET, settings).ok).toBe(false);
    }
  });

  it('fails for every single-byte change of a signed body', () => {
    for (let seed = 100; seed < 120; seed += 1) {
      const signed = bytes(seed, 48);
      const headers = {
        'x-zendesk-webhook-signature': zendeskSignature(SECRET, signed, ts),
        'x-zendesk-webhook-signature-timestamp': ts,
      };
      expect(verifyZendesk(headers, signed, SECRET, settings).ok).toBe(true);
      for (let i = 0; i < signed.length; i += 1) {
        const changed = Buffer.from(signed);
        changed[i] = (changed[i] as number) ^ 0x01;
        expect(verifyZendesk(headers, changed, SECRET, settings).ok).toBe(false);
      }
    }
  });
});

describe('freshdesk shared secret', () => {
  it('accepts the secret in X-Webhook-Token or as the basic-auth password, and nothing else', () => {
    const basic = (user: string, password: string) =>
      `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    expect(verifyFreshdesk({ 'x-webhook-token': SECRET }, body, SECRET)).toEqual({ ok: true });
    expect(verifyFreshdesk({ authorization: basic('freshdesk', SECRET) }, body, SECRET)).toEqual({
      ok: true,
    });
    expect(verifyFreshdesk({ 'x-webhook-token': `${SECRET}x` }, body, SECRET).ok).toBe(false);
    expect(verifyFreshdesk({ 'x-webhook-token': SECRET.slice(1) }, body, SECRET).ok).toBe(false);
    expect(verifyFreshdesk({ authorization: basic(SECRET, 'wrong') }, body, SECRET).ok).toBe(false);
    expect(verifyFreshdesk({ authorization: `Bearer ${SECRET}` }, body, SECRET).ok).toBe(false);
    expect(verifyFreshdesk({}, body, SECRET)).toEqual({
      ok: false,
      problem: 'missing X-Webhook-Token or basic auth',
    });
  });

  it('reads a basic-auth password that itself holds colons', () => {
    expect(basicPassword(`Basic ${Buffer.from('u:a:b:c').toString('base64')}`)).toBe('a:b:c');
    expect(basicPassword(`Basic ${Buffer.from('no-colon').toString('base64')}`)).toBeUndefined();
  });
});

describe('constant-time comparisons', () => {
  it('compare equal strings true and any other string false, of any length', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(sameSecret('s3cret', 's3cret')).toBe(true);
    expect(sameSecret('s3cret', 's3cre')).toBe(false);
    expect(sameSecret('', '')).toBe(false);
  });
});
