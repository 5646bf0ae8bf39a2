import { z } from 'zod';
import { DEFAULTS } from '../settings.schema.js';
import type { Route, Taxonomy } from '../taxonomy/taxonomy.schema.js';
import { RouteIdSchema } from '../taxonomy/taxonomy.schema.js';

/**
 * The live, per-route settings the policy reads, written by the retune and by operators.
 * `auto`: tickets at or above the threshold may be auto-resolved. `shadow`: classified, but every
 * ticket goes to a human, whose labels calibrate the route. `human`: never automated.
 */

const RouteModeSchema = z.enum(['auto', 'shadow', 'human']);

const PinSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('human'), by: z.string().min(1).max(128), reason: z.string().min(1).max(500) }),
  z.object({
    kind: z.literal('threshold'),
    threshold: z.number().min(0).max(1),
    by: z.string().min(1).max(128),
    reason: z.string().min(1).max(500),
  }),
]);

/** The statistics a threshold rests on, kept with the config so nobody claims more than they show. */
const EvidenceSchema = z.object({
  /**
   * Whose labels shaped the bound: the route's own alone. Configs written before the bound became
   * the route's own may still say `team` or `global` (a prior fitted to a pool); they are read,
   * never written.
   */
  source: z.enum(['route', 'team', 'global']),
  n: z.number().nonnegative(),
  nEff: z.number().nonnegative(),
  errors: z.number().nonnegative(),
  upperBound: z.number().min(0).max(1),
  coverage: z.number().min(0).max(1),
  costPerTicket: z.number(),
  /** The route's cap that `upperBound` was certified against. */
  cap: z.number().min(0).max(1).optional(),
  /**
   * The stream level at the retune that wrote this: the common floor every automated route runs
   * at or above, and the bound on the error rate of all auto-resolutions together, against the
   * target.
   */
  stream: z
    .object({
      floor: z.number().min(0).max(1),
      upperBound: z.number().min(0).max(1),
      target: z.number().min(0).max(1),
    })
    .optional(),
});

const RouteConfigSchema = z.object({
  routeId: RouteIdSchema,
  mode: RouteModeSchema,
  threshold: z.number().min(0).max(1),
  /** Fraction of above-threshold tickets sent to humans anyway, so calibration labels keep coming. */
  explorationRate: z.number().min(0).max(1),
  /** Fraction of auto-resolutions sent to QA audit. */
  auditRate: z.number().min(0).max(1),
  version: z.number().int().nonnegative(),
  pin: PinSchema.optional(),
  evidence: EvidenceSchema.optional(),
  /**
   * The route scorer version whose scores certified the threshold; absent: the model's own
   * confidence did. The policy applies the threshold only to tickets scored by that same version.
   */
  scorerVersion: z.string().min(1).max(128).optional(),
  /** After a circuit-breaker trip, only labels from this time on may re-certify the route. */
  evidenceSince: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime().optional(),
  updatedBy: z.string().max(128).optional(),
  reason: z.string().max(500).optional(),
});

type RouteMode = z.infer<typeof RouteModeSchema>;
type RouteConfig = z.infer<typeof RouteConfigSchema>;
type Pin = z.infer<typeof PinSchema>;
type Evidence = z.infer<typeof EvidenceSchema>;

interface SamplingRates {
  explorationRate: number;
  auditRate: number;
}

const DEFAULT_SAMPLING: SamplingRates = DEFAULTS.sampling;

/**
 * The config a route has before anything was written for it: human-only routes are human; every
 * other route starts in shadow mode and must earn automation with evidence.
 */
const initialRouteConfig = (
  route: Route,
  taxonomy: Taxonomy,
  sampling: SamplingRates = DEFAULT_SAMPLING,
): RouteConfig => ({
  routeId: route.id,
  mode: route.policy === 'human' ? 'human' : 'shadow',
  threshold: route.threshold ?? taxonomy.defaultThreshold,
  ...sampling,
  version: 0,
  reason: route.policy === 'human' ? 'human_only_route' : 'new_route',
});

export type { Evidence, Pin, RouteConfig, RouteMode, SamplingRates };
export {
  DEFAULT_SAMPLING,
  EvidenceSchema,
  initialRouteConfig,
  PinSchema,
  RouteConfigSchema,
  RouteModeSchema,
};
