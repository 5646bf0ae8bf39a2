/**
 * One vocabulary for taking a record exactly once, shared by the tickets and the outcomes tables.
 * A delivery claims a key for its content's hash under a lease (a token and an expiry), in one
 * conditional write, and learns one of:
 * - `claimed`: it holds the lease; only it may finish the record or give the claim back;
 * - `busy`: the same content is held under another delivery's live lease, or the key kept moving
 *   under two tries: the use case throws a RecordBusyError and SQS brings the record back later;
 * - `done`: the same content has had all its effects: a duplicate, with no second effect;
 * - `conflict`: other content holds the key: the newcomer is kept aside, never applied.
 * A ticket adds `decided` (its decision is stored, its messages may not be out yet: re-send them).
 * A claim lost after it was taken is a retryable error of the table's own (LeaseLostError for a
 * ticket; an outcome's completion simply leaves a taken-over claim to its new holder).
 *
 * The stored names stay each table's own, since deployed tables hold them: tickets keep `status`
 * CLAIMED → DECIDED → DISPATCHED and `leaseUntil`; outcomes keep `state` IN_PROGRESS → COMPLETED
 * and `claimUntil`.
 */
type ClaimVerdict<Claimed extends object, Conflict extends object, Done extends object = object> =
  | ({ kind: 'claimed' } & Claimed)
  | { kind: 'busy' }
  | ({ kind: 'done' } & Done)
  | ({ kind: 'conflict' } & Conflict);

export type { ClaimVerdict };
