import type { Observation } from '../../lib/domain/outcomes/observation.js';
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
 * puts), for the simulator, which replays thousands of tickets per seed.
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

const createMemoryOutcomes = (): OutcomeRepository => {
  const seen = new Set<string>();
  return {
    putOnce: async (outcome) => {
      const key = `${outcome.ticketId}#${outcome.type}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  };
};

export { createMemoryObservations, createMemoryOutcomes, createMemoryRouteConfigs };
