import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The cryptographic pieces of webhook authentication, over raw bytes. Every comparison of a
 * secret-derived value runs in constant time, so response timing says nothing about how much of a
 * forged signature was right.
 */

/** HMAC-SHA256 of the parts, concatenated as bytes, under the secret. */
const hmacSha256 = (secret: string, ...parts: (string | Uint8Array)[]): Buffer => {
  const mac = createHmac('sha256', secret);
  for (const part of parts) mac.update(part);
  return mac.digest();
};

/** Equal strings in constant time for a given length; a length mismatch is false at once. */
const constantTimeEqual = (expected: string, provided: string): boolean => {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(provided, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Equal secrets in constant time whatever their lengths: both are hashed to 32 bytes first, so
 * not even the length of the configured secret leaks.
 */
const sameSecret = (configured: string, provided: string): boolean => {
  const digest = (value: string) => createHmac('sha256', 'webhook-shared-secret').update(value).digest();
  return timingSafeEqual(digest(configured), digest(provided)) && configured.length > 0;
};

/** `sha256=<hex>` over the body, or over `timestamp + "." + body` when a timestamp is signed. */
const genericSignature = (secret: string, body: Uint8Array, timestamp?: string): string =>
  `sha256=${(timestamp === undefined ? hmacSha256(secret, body) : hmacSha256(secret, timestamp, '.', body)).toString('hex')}`;

/** Zendesk: base64(HMAC-SHA256(secret, timestamp + body)), the timestamp header's text as sent. */
const zendeskSignature = (secret: string, body: Uint8Array, timestamp: string): string =>
  hmacSha256(secret, timestamp, body).toString('base64');

export { constantTimeEqual, genericSignature, hmacSha256, sameSecret, zendeskSignature };
