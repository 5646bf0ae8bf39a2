import type { ClaimVerdict } from '../claim.js';
import type { Outcome, OutcomeType } from './outcome.schema.js';
import { outcomeBody } from './outcome-identity.js';

/**
 * The items the outcomes table holds, keyed (ticketId, outcomeType), shared by the DynamoDB and the
 * in-memory stores so both keep the same shapes. The sort key tells them apart:
 * - `<type>`: the claim, the once-per-(ticketId, type) idempotency record;
 * - `<type>#conflict#<hash>`: a later report of that type that disagreed with the claimed one;
 * - `unmatched#<type>#<hash>`: an outcome for a ticket with no stored record.
 * Bodies are the outcome as stable JSON (outcomeBody), so any version can be read back whole.
 */

type ClaimState = 'IN_PROGRESS' | 'COMPLETED';

interface OutcomeClaimRecord {
  ticketId: string;
  outcomeType: OutcomeType;
  kind: 'claim';
  state: ClaimState;
  payloadHash: string;
  body: string;
  /** Names the delivery that holds the claim, so only it completes or releases it. */
  claimToken: string;
  /** Epoch ms until which an IN_PROGRESS claim blocks other deliveries; 0 once released. */
  claimUntil: number;
  claimedAt: string;
  completedAt?: string;
}

interface OutcomeConflictRecord {
  ticketId: string;
  outcomeType: string;
  kind: 'conflict';
  type: OutcomeType;
  /** The version that holds the claim, and has (or will have) the effects. */
  recordedHash: string;
  recordedBody: string;
  /** The version that arrived later and was kept aside, never applied. */
  conflictingHash: string;
  conflictingBody: string;
  receivedAt: string;
}

interface UnmatchedOutcomeRecord {
  ticketId: string;
  outcomeType: string;
  kind: 'unmatched';
  type: OutcomeType;
  payloadHash: string;
  body: string;
  receivedAt: string;
}

/** A claim this delivery holds. */
interface ClaimHandle {
  outcome: Outcome;
  payloadHash: string;
  token: string;
}

/**
 * The shared claim vocabulary (domain/claim.ts): `done` when the same payload has had its effects,
 * `busy` while another delivery applies it, `conflict` when another payload holds the key, in any
 * state.
 */
type OutcomeClaim = ClaimVerdict<
  { handle: ClaimHandle },
  { existing: { payloadHash: string; body: string } }
>;

type StoredClaim = Pick<OutcomeClaimRecord, 'state' | 'payloadHash' | 'body' | 'claimUntil'>;

/** Whether a delivery of `hash` may take the key: nothing there, or its own payload's claim expired. */
const claimable = (existing: StoredClaim | undefined, hash: string, now: number): boolean =>
  existing === undefined ||
  (existing.state === 'IN_PROGRESS' && existing.payloadHash === hash && existing.claimUntil < now);

/** What an existing claim that could not be taken means for a delivery of `hash`. */
const judgeClaim = (existing: StoredClaim, hash: string): Exclude<OutcomeClaim, { kind: 'claimed' }> => {
  if (existing.payloadHash !== hash) {
    return { kind: 'conflict', existing: { payloadHash: existing.payloadHash, body: existing.body } };
  }
  return existing.state === 'COMPLETED' ? { kind: 'done' } : { kind: 'busy' };
};

const conflictKey = (type: OutcomeType, hash: string) => `${type}#conflict#${hash}`;
const unmatchedKey = (type: OutcomeType, hash: string) => `unmatched#${type}#${hash}`;

const claimRecord = (
  outcome: Outcome,
  payloadHash: string,
  claim: { token: string; until: number; at: string },
): OutcomeClaimRecord => ({
  ticketId: outcome.ticketId,
  outcomeType: outcome.type,
  kind: 'claim',
  state: 'IN_PROGRESS',
  payloadHash,
  body: outcomeBody(outcome),
  claimToken: claim.token,
  claimUntil: claim.until,
  claimedAt: claim.at,
});

const conflictRecord = (
  outcome: Outcome,
  payloadHash: string,
  recorded: { payloadHash: string; body: string },
  at: string,
): OutcomeConflictRecord => ({
  ticketId: outcome.ticketId,
  outcomeType: conflictKey(outcome.type, payloadHash),
  kind: 'conflict',
  type: outcome.type,
  recordedHash: recorded.payloadHash,
  recordedBody: recorded.body,
  conflictingHash: payloadHash,
  conflictingBody: outcomeBody(outcome),
  receivedAt: at,
});

const unmatchedRecord = (outcome: Outcome, payloadHash: string, at: string): UnmatchedOutcomeRecord => ({
  ticketId: outcome.ticketId,
  outcomeType: unmatchedKey(outcome.type, payloadHash),
  kind: 'unmatched',
  type: outcome.type,
  payloadHash,
  body: outcomeBody(outcome),
  receivedAt: at,
});

export type {
  ClaimHandle,
  ClaimState,
  OutcomeClaim,
  OutcomeClaimRecord,
  OutcomeConflictRecord,
  StoredClaim,
  UnmatchedOutcomeRecord,
};
export { claimable, claimRecord, conflictKey, conflictRecord, judgeClaim, unmatchedKey, unmatchedRecord };
