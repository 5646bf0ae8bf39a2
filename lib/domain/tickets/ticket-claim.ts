import type { ClaimVerdict } from '../claim.js';
import type { StoredTicket } from './ticket-record.js';

/**
 * The first step of a ticket's lifecycle: one conditional write that creates the claim, or takes
 * over an expired or released one for the same body (TicketRepository.claim). The verdicts are the
 * shared claim vocabulary (domain/claim.ts): `done` is a dispatched ticket, `conflict` a ticketId
 * first claimed with another body; `decided` is the ticket's own, a decision stored but perhaps
 * not yet sent.
 */

type TicketClaim =
  | ClaimVerdict<object, { ticket: StoredTicket }, { ticket: StoredTicket }>
  | { kind: 'decided'; ticket: StoredTicket };

interface ClaimRequest {
  ticketId: string;
  /** Lease token of this delivery attempt (messageId:uuid): a late worker cannot store over a new one. */
  token: string;
  /** hashTicket of the message: a later message with another hash is a conflicting duplicate. */
  bodyHash: string;
  /** Time left in the invocation; the lease ends this long from now plus the margin. */
  remainingMs?: number;
}

export type { ClaimRequest, TicketClaim };
