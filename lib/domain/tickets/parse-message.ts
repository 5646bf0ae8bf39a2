import type { z } from 'zod';
import type { QuarantineReason } from './quarantine-reason.js';

/** SQS's limit on one message: a ticket message is never larger. */
const MAX_MESSAGE_BYTES = 262_144;

import type { Ticket } from './ticket.schema.js';
import { TicketSchema } from './ticket.schema.js';

class QuarantineError extends Error {
  override name = 'QuarantineError';
  constructor(
    readonly reason: QuarantineReason,
    readonly detail: string,
    /** The ticketId, when the body got far enough to have one. */
    readonly ticketId?: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

const describeIssues = (issues: readonly { path: PropertyKey[]; message: string }[]): string =>
  issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');

/**
 * Parses one raw SQS body against a message contract.
 * 1. reject bodies over the size limit before parsing them;
 * 2. parse JSON (JSON.parse makes `__proto__` an own key, so it cannot pollute prototypes; the
 *    strict schemas then reject it as an unknown key);
 * 3. validate against the contract.
 */
const parseJsonMessage = <S extends z.ZodType>(body: string, schema: S): z.infer<S> => {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_MESSAGE_BYTES) {
    throw new QuarantineError('oversized', `message is ${bytes} bytes; the limit is ${MAX_MESSAGE_BYTES}`);
  }
  let json: unknown;
  try {
    // A UTF-8 byte-order mark is legitimate framing from some publishers, not content.
    json = JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch (error) {
    throw new QuarantineError('invalid_json', (error as Error).message.slice(0, 200));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const id = (json as { ticketId?: unknown } | null)?.ticketId;
    throw new QuarantineError(
      'schema_violation',
      describeIssues(parsed.error.issues),
      typeof id === 'string' && id.length <= 128 ? id : undefined,
    );
  }
  return parsed.data;
};

const parseTicketMessage = (body: string): Ticket => parseJsonMessage(body, TicketSchema);

export type { QuarantineReason };
export { MAX_MESSAGE_BYTES, parseJsonMessage, parseTicketMessage, QuarantineError };
