import type { RouteAuditEntry, RouteConfigRepository } from '../ports.js';
import { auditChangeId } from '../ports.js';
import type { RouteConfig } from './route-config.schema.js';

/**
 * Every change to a route's config goes through here: the write is conditional on the version it
 * was planned from (a VersionConflictError tells the caller to re-read), and the audit record says
 * who or what changed it, why, and on which statistics.
 */
const applyConfigChange = async (
  repo: RouteConfigRepository,
  change: {
    before: RouteConfig;
    after: RouteConfig;
    actor: string;
    reason: string;
    extra?: Pick<RouteAuditEntry, 'evidence' | 'stats'>;
  },
): Promise<RouteConfig> => {
  const { before, after } = change;
  const at = after.updatedAt ?? new Date().toISOString();
  await repo.save(after);
  await repo.appendAudit({
    routeId: after.routeId,
    changeId: auditChangeId(at, after.version),
    at,
    actor: change.actor,
    reason: change.reason,
    before: { mode: before.mode, threshold: before.threshold, version: before.version },
    after: { mode: after.mode, threshold: after.threshold, version: after.version },
    ...change.extra,
  });
  return after;
};

export { applyConfigChange };
