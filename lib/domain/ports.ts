import type { Observation } from './outcomes/observation.js';
import type { Outcome } from './outcomes/outcome.schema.js';
import type { ClaimHandle, OutcomeClaim } from './outcomes/outcome-records.js';
import type { Evidence, RouteConfig, RouteMode } from './route-config/route-config.schema.js';

/**
 * The storage the feedback loop needs, as ports. DynamoDB adapters serve the Lambdas and the local
 * runner; in-memory ones serve the simulator. The use cases are the same code either way.
 */

/** Someone else changed the route config since it was read: re-read and decide again. */
class VersionConflictError extends Error {
  override name = 'VersionConflictError';
}

interface RouteAuditEntry {
  routeId: string;
  /** Sort key: `${at}#v${version}`, so history reads in order. */
  changeId: string;
  at: string;
  /** `retune`, `circuit-breaker`, or `operator:<name>`. */
  actor: string;
  reason: string;
  before: { mode: RouteMode; threshold: number; version: number };
  after: { mode: RouteMode; threshold: number; version: number };
  evidence?: Evidence;
  stats?: Record<string, unknown>;
}

interface RouteConfigRepository {
  list(): Promise<RouteConfig[]>;
  get(routeId: string): Promise<RouteConfig | undefined>;
  /** Stores `next` only if the stored version is still `next.version - 1` (none stored for 0). */
  save(next: RouteConfig): Promise<void>;
  appendAudit(entry: RouteAuditEntry): Promise<void>;
  history(routeId: string, limit?: number): Promise<RouteAuditEntry[]>;
}

interface ObservationRepository {
  /** Idempotent: the same observation id stored twice is one observation. */
  put(observation: Observation): Promise<void>;
  /** A route's observations at or after `since` (ISO time). */
  listRoute(routeId: string, since: string): Promise<Observation[]>;
}

/**
 * Outcomes, claim first and complete last (the shape of Powertools idempotency): a delivery claims
 * (ticketId, type) for its payload, applies the effects, then completes the claim. Item shapes:
 * domain/outcomes/outcome-records.ts.
 */
interface OutcomeRepository {
  /** One conditional write: takes the key for this payload, or says what holds it. */
  claim(outcome: Outcome, payloadHash: string): Promise<OutcomeClaim>;
  /** Marks the claim COMPLETED; a claim another delivery took over meanwhile is left to it. */
  complete(handle: ClaimHandle): Promise<void>;
  /** Gives the claim back after a failed effect, so a redelivery applies the outcome again at once. */
  release(handle: ClaimHandle): Promise<void>;
  /** Keeps a disagreeing report beside the claim, never over it; true when stored by this call. */
  putConflict(
    outcome: Outcome,
    payloadHash: string,
    recorded: { payloadHash: string; body: string },
  ): Promise<boolean>;
  /** Keeps an outcome for a ticket with no stored record, for matching later; true when stored now. */
  putUnmatched(outcome: Outcome, payloadHash: string): Promise<boolean>;
}

const auditChangeId = (at: string, version: number) => `${at}#v${String(version).padStart(8, '0')}`;

export type { ObservationRepository, OutcomeRepository, RouteAuditEntry, RouteConfigRepository };
export { auditChangeId, VersionConflictError };
