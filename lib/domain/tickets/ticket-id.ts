import { z } from 'zod';

/**
 * The ticket id rule, shared by the ticket contract and every outcome that names a ticket: 1 to 128
 * printable ASCII characters from a small set. No control, NUL, bidi or invisible character and
 * no whitespace can reach a key, a log line or an agent's screen through an id.
 */
const TicketIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:@#/+=-]+$/, 'ticketId may use letters, digits and . _ : @ # / + = -');

export { TicketIdSchema };
