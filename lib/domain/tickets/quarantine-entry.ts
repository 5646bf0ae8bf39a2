import type { QuarantineReason } from './quarantine-reason.js';

/**
 * For a `conflicting_duplicate`: the ticket as first stored under its id, beside this message's
 * raw body. The tickets table keeps no raw body (only its hash and, once decided, the redacted
 * text), so that is what is kept of the first one.
 */
interface QuarantineConflict {
  /** hashTicket of this message and of the one that first claimed the ticketId. */
  bodyHash: string;
  storedBodyHash: string;
  storedStatus: string;
  storedRedactedText?: string;
  storedFirstSeenAt?: string;
}

/** A message that can never be valid, kept whole with the reason it was refused. */
interface QuarantineEntry {
  /** The SQS message id: a redelivered poison message overwrites its own entry, never adds one. */
  quarantineId: string;
  reason: QuarantineReason;
  detail: string;
  ticketId?: string;
  /** The raw body, whole: the ingest queue's size limit keeps it under DynamoDB's item limit. */
  body: string;
  receivedAt: string;
  conflict?: QuarantineConflict;
}

export type { QuarantineConflict, QuarantineEntry };
