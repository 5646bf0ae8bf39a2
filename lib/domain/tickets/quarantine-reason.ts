import { z } from 'zod';

/**
 * Why a message was set aside instead of processed. Retrying it would not help:
 * - `oversized`, `invalid_json`, `schema_violation`: it can never become a valid message;
 * - `conflicting_duplicate`: a valid ticket whose ticketId was first seen with a different body;
 *   acting on it would be a second effect for one ticket, dropping it would lose what it says;
 * - `history_not_accepted`: a history ticket (backfill) on a stack set to refuse them, so that only
 *   the publishers trusted with labelled evidence can add it;
 * - `unknown_history_route`: a history ticket labelled with a route the taxonomy does not have
 *   (nor `out_of_scope`): recorded, it would count as an error of whatever route the model picked.
 */
const QuarantineReasonSchema = z.enum([
  'oversized',
  'invalid_json',
  'schema_violation',
  'conflicting_duplicate',
  'history_not_accepted',
  'unknown_history_route',
]);

type QuarantineReason = z.infer<typeof QuarantineReasonSchema>;

export type { QuarantineReason };
export { QuarantineReasonSchema };
