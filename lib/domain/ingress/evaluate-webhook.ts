import type { Outcome } from '../outcomes/outcome.schema.js';
import { OutcomeSchema } from '../outcomes/outcome.schema.js';
import type { ResolvedFieldMaps } from './default-field-maps.js';
import type { Problem } from './map-payload.js';
import { mapPayload } from './map-payload.js';
import type { Headers, Verification, VerifySettings } from './verify-request.js';
import { verifyFreshdesk, verifyGeneric, verifyZendesk } from './verify-request.js';

/**
 * One webhook request → accepted (an outcome to send), ignored, or rejected with its status.
 * 1. size: the raw body's bytes over the limit → 413, before anything else reads it;
 * 2. method: anything but POST → 405; vendor: the last path segment, unknown → 404;
 * 3. authenticity on the raw bytes with the adapter's secret; no secret, a bad signature or a
 *    timestamp outside the window → 401 (nothing is stored or sent);
 * 4. JSON, then the adapter's mapping to the outcomes contract → 400 naming each problem.
 * The secret is asked for only once a request reaches step 3, and its failure is the caller's.
 */

const ADAPTERS = ['generic', 'zendesk', 'freshdesk'] as const;
type AdapterName = (typeof ADAPTERS)[number];

type RejectReason = 'size' | 'method' | 'not_found' | 'signature' | 'body';

interface WebhookRequest {
  method: string;
  rawPath: string;
  headers: Readonly<Record<string, string | undefined>>;
  body?: string;
  isBase64Encoded: boolean;
}

interface EvaluateSettings {
  maxBodyBytes: number;
  toleranceSeconds: number;
  fieldMaps: ResolvedFieldMaps;
  nowMs: number;
  /** The adapter's secret; undefined or empty when none is configured. May throw (→ the caller's 500). */
  secretFor: (adapter: AdapterName) => Promise<string | undefined>;
}

type Evaluation =
  | { kind: 'accepted'; adapter: AdapterName; outcome: Outcome }
  | { kind: 'ignored'; adapter: AdapterName }
  | {
      kind: 'rejected';
      status: 400 | 401 | 404 | 405 | 413;
      reason: RejectReason;
      adapter?: AdapterName;
      error: string;
      problems?: Problem[];
    };

/** Decoded size of a base64 text, without decoding it. */
const base64Bytes = (text: string): number => {
  const clean = text.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
};

const bodySize = (request: WebhookRequest): number =>
  request.isBase64Encoded ? base64Bytes(request.body ?? '') : Buffer.byteLength(request.body ?? '', 'utf8');

const rawBytes = (request: WebhookRequest): Buffer =>
  Buffer.from(request.body ?? '', request.isBase64Encoded ? 'base64' : 'utf8');

const adapterOf = (rawPath: string): AdapterName | undefined => {
  const last = rawPath
    .split('/')
    .filter((s) => s !== '')
    .pop();
  return ADAPTERS.find((a) => a === last);
};

const lowerCased = (headers: WebhookRequest['headers']): Headers =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

const verify = (adapter: AdapterName, headers: Headers, body: Buffer, secret: string, s: VerifySettings) =>
  adapter === 'generic'
    ? verifyGeneric(headers, body, secret, s)
    : adapter === 'zendesk'
      ? verifyZendesk(headers, body, secret, s)
      : verifyFreshdesk(headers, body, secret);

const badBody = (adapter: AdapterName, error: string, problems?: Problem[]): Evaluation => ({
  kind: 'rejected',
  status: 400,
  reason: 'body',
  adapter,
  error,
  ...(problems ? { problems } : {}),
});

const parseJson = (body: Buffer): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) };
  } catch {
    return { ok: false };
  }
};

const toOutcome = (adapter: AdapterName, payload: unknown, settings: EvaluateSettings): Evaluation => {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return badBody(adapter, 'body is not a JSON object');
  }
  if (adapter === 'generic') {
    const parsed = OutcomeSchema.safeParse(payload);
    if (parsed.success) return { kind: 'accepted', adapter, outcome: parsed.data };
    const problems = parsed.error.issues.slice(0, 10).map((i) => ({
      field: i.path.length > 0 ? i.path.map(String).join('.') : '(payload)',
      problem: i.message,
    }));
    return badBody(adapter, 'body is not a valid outcome', problems);
  }
  const mapped = mapPayload(settings.fieldMaps[adapter], payload, settings.nowMs);
  if (mapped.kind === 'outcome') return { kind: 'accepted', adapter, outcome: mapped.outcome };
  if (mapped.kind === 'ignored') return { kind: 'ignored', adapter };
  return badBody(adapter, 'payload does not map to a valid outcome', mapped.problems);
};

const evaluateWebhook = async (request: WebhookRequest, settings: EvaluateSettings): Promise<Evaluation> => {
  const size = bodySize(request);
  if (size > settings.maxBodyBytes) {
    const error = `body is ${size} bytes; the limit is ${settings.maxBodyBytes}`;
    return { kind: 'rejected', status: 413, reason: 'size', adapter: adapterOf(request.rawPath), error };
  }
  if (request.method.toUpperCase() !== 'POST') {
    return { kind: 'rejected', status: 405, reason: 'method', error: 'only POST is accepted' };
  }
  const adapter = adapterOf(request.rawPath);
  if (!adapter) {
    return {
      kind: 'rejected',
      status: 404,
      reason: 'not_found',
      error: `no adapter; use ${ADAPTERS.join(', ')}`,
    };
  }
  const secret = await settings.secretFor(adapter);
  const body = rawBytes(request);
  const verification: Verification = secret
    ? verify(adapter, lowerCased(request.headers), body, secret, {
        nowMs: settings.nowMs,
        toleranceSeconds: settings.toleranceSeconds,
        requireTimestamp: settings.fieldMaps.generic.requireTimestamp,
      })
    : { ok: false, problem: `no secret is configured for ${adapter}` };
  if (!verification.ok) {
    return { kind: 'rejected', status: 401, reason: 'signature', adapter, error: verification.problem };
  }
  const json = parseJson(body);
  if (!json.ok) return badBody(adapter, 'body is not valid JSON');
  return toOutcome(adapter, json.value, settings);
};

export type { AdapterName, EvaluateSettings, Evaluation, RejectReason, WebhookRequest };
export { ADAPTERS, adapterOf, evaluateWebhook };
