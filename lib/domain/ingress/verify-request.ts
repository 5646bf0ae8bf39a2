import { checkWindow, parseTimestamp } from './replay-window.js';
import { constantTimeEqual, genericSignature, sameSecret, zendeskSignature } from './signature.js';

/**
 * Each helpdesk's authentication, checked on the raw body bytes before anything reads them.
 * - generic: `X-Signature: sha256=<hex HMAC-SHA256(secret, body)>`; with `X-Signature-Timestamp`
 *   (unix seconds) the signed text is `timestamp + "." + body` and the timestamp must be in the
 *   window. Both forms verify, so a sender can move to the timestamped one at its own pace.
 * - zendesk: `X-Zendesk-Webhook-Signature` = base64(HMAC-SHA256(secret, timestamp + body)) with
 *   `X-Zendesk-Webhook-Signature-Timestamp`, which must be in the window.
 * - freshdesk: its automation rules cannot sign a body, so the check is a shared secret sent with
 *   every request (`X-Webhook-Token`, or as the password of HTTP basic auth). It proves the sender
 *   knows the secret; it does not protect the body, and a captured request can be replayed.
 */

/** Header names lower-cased, as API Gateway HTTP APIs deliver them. */
type Headers = Readonly<Record<string, string | undefined>>;

interface VerifySettings {
  nowMs: number;
  toleranceSeconds: number;
  /** generic only: refuse the plain (untimestamped) form. */
  requireTimestamp?: boolean;
}

type Verification = { ok: true } | { ok: false; problem: string };

const fail = (problem: string): Verification => ({ ok: false, problem });

const timestampProblem = (text: string, settings: VerifySettings): Verification => {
  const ms = parseTimestamp(text);
  if (ms === undefined) return fail('signature timestamp is not a timestamp');
  return checkWindow(ms, settings.nowMs, settings.toleranceSeconds);
};

const verifyGeneric = (headers: Headers, body: Uint8Array, secret: string, settings: VerifySettings) => {
  const signature = headers['x-signature']?.trim();
  if (!signature) return fail('missing X-Signature');
  const timestamp = headers['x-signature-timestamp']?.trim();
  if (timestamp === undefined || timestamp === '') {
    if (settings.requireTimestamp) return fail('missing X-Signature-Timestamp');
  } else {
    const inWindow = timestampProblem(timestamp, settings);
    if (!inWindow.ok) return inWindow;
  }
  const expected = genericSignature(secret, body, timestamp || undefined);
  // Hex digits in either case are the same signature.
  return constantTimeEqual(expected, signature.toLowerCase())
    ? ({ ok: true } as const)
    : fail('signature does not match');
};

const verifyZendesk = (headers: Headers, body: Uint8Array, secret: string, settings: VerifySettings) => {
  const signature = headers['x-zendesk-webhook-signature']?.trim();
  const timestamp = headers['x-zendesk-webhook-signature-timestamp'];
  if (!signature) return fail('missing X-Zendesk-Webhook-Signature');
  if (!timestamp) return fail('missing X-Zendesk-Webhook-Signature-Timestamp');
  const inWindow = timestampProblem(timestamp, settings);
  if (!inWindow.ok) return inWindow;
  return constantTimeEqual(zendeskSignature(secret, body, timestamp), signature)
    ? ({ ok: true } as const)
    : fail('signature does not match');
};

/** The password of `Authorization: Basic base64(user:password)`, if that is what the header holds. */
const basicPassword = (authorization: string | undefined): string | undefined => {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
};

const verifyFreshdesk = (headers: Headers, _body: Uint8Array, secret: string) => {
  const provided = headers['x-webhook-token'] ?? basicPassword(headers.authorization);
  if (provided === undefined || provided === '') return fail('missing X-Webhook-Token or basic auth');
  return sameSecret(secret, provided) ? ({ ok: true } as const) : fail('token does not match');
};

export type { Headers, Verification, VerifySettings };
export { basicPassword, verifyFreshdesk, verifyGeneric, verifyZendesk };
