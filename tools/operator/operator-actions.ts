import type { RouteAuditEntry, RouteConfigRepository } from '../../lib/domain/ports.js';
import { applyConfigChange } from '../../lib/domain/route-config/config-change.js';
import type { Pin, RouteConfig, SamplingRates } from '../../lib/domain/route-config/route-config.schema.js';
import { initialRouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';

/**
 * What operators do to routes: look, pin (human-only, or a fixed threshold), unpin, read the trail.
 * A pin takes effect at once and is audited; the retune then respects it until it is lifted.
 */

class UnknownRouteError extends Error {
  override name = 'UnknownRouteError';
}

interface RouteRow {
  config: RouteConfig;
  lastChange?: RouteAuditEntry;
}

const currentConfig = async (
  repo: RouteConfigRepository,
  taxonomy: Taxonomy,
  routeId: string,
  sampling?: SamplingRates,
) => {
  const route = taxonomy.routes.find((r) => r.id === routeId);
  if (!route) throw new UnknownRouteError(`no route "${routeId}" in taxonomy ${taxonomy.name}`);
  return (await repo.get(routeId)) ?? initialRouteConfig(route, taxonomy, sampling);
};

const listRoutes = async (repo: RouteConfigRepository, taxonomy: Taxonomy): Promise<RouteRow[]> => {
  const stored = new Map((await repo.list()).map((c) => [c.routeId, c]));
  return Promise.all(
    taxonomy.routes.map(async (route) => {
      const [lastChange] = await repo.history(route.id, 1);
      return {
        config: stored.get(route.id) ?? initialRouteConfig(route, taxonomy),
        ...(lastChange ? { lastChange } : {}),
      };
    }),
  );
};

/** Pins a route. A human pin makes it human-only now; a threshold pin automates at that threshold. */
const pinRoute = async (
  repo: RouteConfigRepository,
  taxonomy: Taxonomy,
  routeId: string,
  pin: Pin,
  now = Date.now(),
) => {
  const before = await currentConfig(repo, taxonomy, routeId);
  if (pin.kind === 'threshold' && taxonomy.routes.find((r) => r.id === routeId)?.policy === 'human') {
    throw new UnknownRouteError(`route "${routeId}" is human-only in the taxonomy; it cannot be automated`);
  }
  const after: RouteConfig = {
    ...before,
    pin,
    mode: pin.kind === 'human' ? 'human' : 'auto',
    threshold: pin.kind === 'threshold' ? pin.threshold : before.threshold,
    version: before.version + 1,
    updatedAt: new Date(now).toISOString(),
    updatedBy: `operator:${pin.by}`,
    reason: `pinned_${pin.kind}: ${pin.reason}`,
  };
  return applyConfigChange(repo, {
    before,
    after,
    actor: `operator:${pin.by}`,
    reason: after.reason as string,
  });
};

/** Lifts a pin. The route goes to shadow mode until the next retune decides from the evidence. */
const unpinRoute = async (
  repo: RouteConfigRepository,
  taxonomy: Taxonomy,
  routeId: string,
  by: string,
  reason: string,
  now = Date.now(),
) => {
  const before = await currentConfig(repo, taxonomy, routeId);
  const { pin: _lifted, ...rest } = before;
  const human = taxonomy.routes.find((r) => r.id === routeId)?.policy === 'human';
  const after: RouteConfig = {
    ...rest,
    mode: human ? 'human' : 'shadow',
    version: before.version + 1,
    updatedAt: new Date(now).toISOString(),
    updatedBy: `operator:${by}`,
    reason: `unpinned: ${reason}`,
  };
  return applyConfigChange(repo, { before, after, actor: `operator:${by}`, reason: after.reason as string });
};

export type { RouteRow };
export { listRoutes, pinRoute, UnknownRouteError, unpinRoute };
