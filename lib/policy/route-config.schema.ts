import { z } from 'zod';
import type { Taxonomy } from '../taxonomy/taxonomy.schema.js';
import { RouteIdSchema } from '../taxonomy/taxonomy.schema.js';

/**
 * The live, per-route settings the policy reads. `auto`: tickets above the threshold may be
 * auto-resolved. `shadow`: classified, but every ticket goes to a human (labels calibrate it).
 * `human`: never automated.
 */

const RouteModeSchema = z.enum(['auto', 'shadow', 'human']);

const RouteConfigSchema = z.object({
  routeId: RouteIdSchema,
  mode: RouteModeSchema,
  threshold: z.number().min(0).max(1),
  /** Fraction of above-threshold tickets sent to humans anyway, so calibration labels keep coming. */
  explorationRate: z.number().min(0).max(1),
  version: z.number().int().nonnegative(),
});

type RouteMode = z.infer<typeof RouteModeSchema>;
type RouteConfig = z.infer<typeof RouteConfigSchema>;

const DEFAULT_EXPLORATION_RATE = 0.05;

/** Static route configs from the taxonomy, used until the feedback loop has written its own. */
const routeConfigsFromTaxonomy = (taxonomy: Taxonomy): Map<string, RouteConfig> =>
  new Map(
    taxonomy.routes.map((route) => [
      route.id,
      {
        routeId: route.id,
        mode: route.policy === 'human' ? 'human' : 'auto',
        threshold: route.threshold ?? taxonomy.defaultThreshold,
        explorationRate: DEFAULT_EXPLORATION_RATE,
        version: 0,
      },
    ]),
  );

export type { RouteConfig, RouteMode };
export { DEFAULT_EXPLORATION_RATE, RouteConfigSchema, RouteModeSchema, routeConfigsFromTaxonomy };
