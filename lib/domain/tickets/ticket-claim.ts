import type { StoredTicket } from './ticket-record.js';

/**
 * The first step of a ticket's lifecycle: one conditional write that creates the claim, or takes
 * over an expired or released one for the same body (TicketRepository.claim).
 */

type ClaimResult =
  | { kind: 'claimed' }
  /** Another delivery holds a live lease: fail this one so it comes back later. */
  | { kind: 'busy' }
  | { kind: 'decided'; ticket: StoredTicket }
  | { kind: 'dispatched'; ticket: StoredTicket }
  /** The ticketId was first claimed with another body: this message is not a redelivery of it. */
  | { kind: 'conflict'; ticket: StoredTicket };

interface ClaimRequest {
  ticketId: string;
  /** Lease token of this delivery attempt (messageId:uuid): a late worker cannot store over a new one. */
  token: string;
  /** hashTicket of the message: a later message with another hash is a conflicting duplicate. */
  bodyHash: string;
  /** Time left in the invocation; the lease ends this long from now plus the margin. */
  remainingMs?: number;
}

export type { ClaimRequest, ClaimResult };
