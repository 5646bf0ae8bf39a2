import { createHash } from 'node:crypto';
import type { Ticket } from './ticket.schema.js';

/**
 * The identity of a ticket's content, for telling a redelivery from a second, different message
 * that reuses a ticketId. It hashes the parsed ticket in canonical JSON (keys sorted at every
 * level), not the raw body: the decision is a function of the parsed ticket, so bodies that parse
 * to the same ticket (another key order or spacing, a byte-order mark, a republish by a tool that
 * re-serialises) are the same message and must stay ordinary duplicates, while any change to a
 * value the triage reads (or to a duplicate key's last value, which is what JSON.parse keeps)
 * changes the hash.
 */

const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/** `sha256:` and the hex digest of the ticket's canonical JSON. */
const hashTicket = (ticket: Ticket): string =>
  `sha256:${createHash('sha256').update(canonicalJson(ticket), 'utf8').digest('hex')}`;

export { canonicalJson, hashTicket };
