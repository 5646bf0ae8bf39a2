import type { Observation } from './outcomes/observation.js';
import type { Outcome } from './outcomes/outcome.schema.js';
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

interface OutcomeRepository {
  /** Stores the outcome unless one of its type is already stored for the ticket; true when stored now. */
  putOnce(outcome: Outcome): Promise<boolean>;
}

const auditChangeId = (at: string, version: number) => `${at}#v${String(version).padStart(8, '0')}`;

export type { ObservationRepository, OutcomeRepository, RouteAuditEntry, RouteConfigRepository };
export { auditChangeId, VersionConflictError };
