import { randomUUID } from 'node:crypto';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import type { ClaimHandle, OutcomeClaimRecord } from '../../lib/domain/outcomes/outcome-records.js';
import {
  claimable,
  claimRecord,
  conflictRecord,
  judgeClaim,
  unmatchedRecord,
} from '../../lib/domain/outcomes/outcome-records.js';
import type {
  ObservationRepository,
  OutcomeRepository,
  RouteAuditEntry,
  RouteConfigRepository,
} from '../../lib/domain/ports.js';
import { VersionConflictError } from '../../lib/domain/ports.js';
import type { RouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import { RouteConfigSchema } from '../../lib/domain/route-config/route-config.schema.js';

/**
 * In-memory adapters with the same contract as the DynamoDB ones (optimistic locking, idempotent
 * puts, claims), for the simulator, which replays thousands of tickets per seed, and the unit tests.
 */

const createMemoryRouteConfigs = (): RouteConfigRepository & { audits: RouteAuditEntry[] } => {
  const configs = new Map<string, RouteConfig>();
  const audits: RouteAuditEntry[] = [];
  return {
    audits,
    list: async () => [...configs.values()].map((c) => structuredClone(c)),
    get: async (routeId) => structuredClone(configs.get(routeId)),
    save: async (next) => {
      const stored = configs.get(next.routeId)?.version ?? 0;
      if (stored !== next.version - 1) {
        throw new VersionConflictError(`route ${next.routeId} changed since version ${next.version - 1}`);
      }
      configs.set(next.routeId, RouteConfigSchema.parse(structuredClone(next)));
    },
    appendAudit: async (entry) => {
      audits.push(structuredClone(entry));
    },
    history: async (routeId, limit = 50) =>
      audits
        .filter((a) => a.routeId === routeId)
        .reverse()
        .slice(0, limit),
  };
};

const createMemoryObservations = (): ObservationRepository => {
  const byRoute = new Map<string, Map<string, Observation>>();
  return {
    put: async (o) => {
      const route = byRoute.get(o.routeId) ?? new Map<string, Observation>();
      byRoute.set(o.routeId, route);
      route.set(o.observationId, o);
    },
    listRoute: async (routeId, since) =>
      [...(byRoute.get(routeId)?.values() ?? [])].filter((o) => o.observationId >= since),
  };
};

interface MemoryOutcomeOptions {
  /** How long a claim blocks other deliveries of its payload (ms). */
  claimMs?: number;
  now?: () => number;
}

/**
 * Outcomes with the DynamoDB store's semantics: a conditional claim per (ticketId, type), a
 * conflicting report kept beside it, unmatched outcomes kept by hash. `items` holds the same item
 * shapes as the table (without the TTL), keyed `${ticketId}|${outcomeType}`.
 */
const createMemoryOutcomes = (
  options: MemoryOutcomeOptions = {},
): OutcomeRepository & { items: Map<string, Record<string, unknown>> } => {
  const now = options.now ?? Date.now;
  const claimMs = options.claimMs ?? 60_000;
  const items = new Map<string, Record<string, unknown>>();
  const key = (ticketId: string, sortKey: string) => `${ticketId}|${sortKey}`;
  const claimOf = (handle: ClaimHandle) => items.get(key(handle.outcome.ticketId, handle.outcome.type));
  const putNew = (item: { ticketId: string; outcomeType: string }) => {
    const k = key(item.ticketId, item.outcomeType);
    if (items.has(k)) return false;
    items.set(k, { ...item });
    return true;
  };
  return {
    items,
    claim: async (outcome, payloadHash) => {
      const k = key(outcome.ticketId, outcome.type);
      const existing = items.get(k) as OutcomeClaimRecord | undefined;
      if (!claimable(existing, payloadHash, now()))
        return judgeClaim(existing as OutcomeClaimRecord, payloadHash);
      const token = randomUUID();
      const at = new Date(now()).toISOString();
      items.set(k, { ...claimRecord(outcome, payloadHash, { token, until: now() + claimMs, at }) });
      return { kind: 'claimed', handle: { outcome: { ...outcome }, payloadHash, token } };
    },
    complete: async (handle) => {
      const claim = claimOf(handle);
      if (claim?.claimToken !== handle.token || claim.state !== 'IN_PROGRESS') return;
      Object.assign(claim, { state: 'COMPLETED', completedAt: new Date(now()).toISOString() });
    },
    release: async (handle) => {
      const claim = claimOf(handle);
      if (claim?.claimToken !== handle.token || claim.state !== 'IN_PROGRESS') return;
      claim.claimUntil = 0;
    },
    putConflict: async (outcome, payloadHash, recorded) =>
      putNew(conflictRecord(outcome, payloadHash, recorded, new Date(now()).toISOString())),
    putUnmatched: async (outcome, payloadHash) =>
      putNew(unmatchedRecord(outcome, payloadHash, new Date(now()).toISOString())),
  };
};

export { createMemoryObservations, createMemoryOutcomes, createMemoryRouteConfigs };
