import type { RouteConfigRepository } from '../ports.js';
import type { Taxonomy } from '../taxonomy/taxonomy.schema.js';
import type { RouteConfig, SamplingRates } from './route-config.schema.js';
import { initialRouteConfig } from './route-config.schema.js';

/**
 * The route configs the classifier decides with: stored ones, and the initial config (shadow, or
 * human) for routes nothing was written for yet. Cached for a short time per container, so a
 * batch costs no reads; a change reaches every container within the TTL.
 */
const createRouteConfigSource = (
  repository: RouteConfigRepository,
  taxonomy: Taxonomy,
  options: { ttlMs: number; sampling?: SamplingRates; now?: () => number },
) => {
  const now = options.now ?? Date.now;
  let cached: { at: number; configs: Map<string, RouteConfig> } | undefined;
  let loading: Promise<Map<string, RouteConfig>> | undefined;

  const load = async (): Promise<Map<string, RouteConfig>> => {
    const stored = new Map((await repository.list()).map((c) => [c.routeId, c]));
    const configs = new Map<string, RouteConfig>();
    for (const route of taxonomy.routes) {
      const config = stored.get(route.id) ?? initialRouteConfig(route, taxonomy, options.sampling);
      // The taxonomy's policy wins over any stored config: a human-only route is never automated.
      configs.set(route.id, route.policy === 'human' ? { ...config, mode: 'human' } : config);
    }
    return configs;
  };

  return async (): Promise<ReadonlyMap<string, RouteConfig>> => {
    if (cached && now() - cached.at < options.ttlMs) return cached.configs;
    loading ??= load().finally(() => {
      loading = undefined;
    });
    const configs = await loading;
    cached = { at: now(), configs };
    return configs;
  };
};

export { createRouteConfigSource };
