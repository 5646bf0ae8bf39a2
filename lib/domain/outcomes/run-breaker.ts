import type { ObservationRepository, RouteConfigRepository } from '../ports.js';
import { VersionConflictError } from '../ports.js';
import { applyConfigChange } from '../route-config/config-change.js';
import type { BreakerSettings, BreakerVerdict } from './circuit-breaker.js';
import { evaluateBreaker } from './circuit-breaker.js';
import { BreakerConflictError } from './outcome-errors.js';

/**
 * The circuit breaker as one idempotent step: evaluate the route's recent window and, if it trips,
 * drop an automated route to shadow mode, with a raised exploration rate and `evidenceSince` set
 * to the trip, so only labels from then on can re-certify it. Running it twice (a redelivery after a failure) has the
 * effect of running it once: a route already off automation is left as it is.
 */

interface BreakerDeps {
  configs: RouteConfigRepository;
  observations: ObservationRepository;
  breaker: BreakerSettings;
  /** How far back the breaker looks. */
  breakerWindowDays: number;
  now: () => number;
}

/** `written`: this run switched the route off; `already_off`: it was not automated any more. */
type TripResult = 'written' | 'already_off';

interface BreakerRun {
  verdict: BreakerVerdict;
  trip?: TripResult;
}

const MAX_TRIP_ATTEMPTS = 3;

const tripBreaker = async (
  deps: BreakerDeps,
  routeId: string,
  verdict: BreakerVerdict & { tripped: true },
): Promise<TripResult> => {
  for (let attempt = 0; attempt < MAX_TRIP_ATTEMPTS; attempt += 1) {
    const config = await deps.configs.get(routeId);
    if (config?.mode !== 'auto') return 'already_off';
    const at = new Date(deps.now()).toISOString();
    const { pin, ...rest } = config;
    // Quality beats an operator's fixed threshold: the pin is lifted, and audited as such.
    const after = {
      ...rest,
      ...(pin?.kind === 'human' ? { pin } : {}),
      mode: 'shadow' as const,
      // More of its confident tickets go to people until fresh automated labels re-certify it.
      explorationRate: Math.max(config.explorationRate, deps.breaker.trippedExplorationRate),
      version: config.version + 1,
      evidenceSince: at,
      updatedAt: at,
      updatedBy: 'circuit-breaker',
      reason: `circuit_breaker_${verdict.signal}`,
    };
    try {
      await applyConfigChange(deps.configs, {
        before: config,
        after,
        actor: 'circuit-breaker',
        reason: after.reason,
        extra: { stats: { ...verdict, liftedPin: pin?.kind === 'threshold' } },
      });
      return 'written';
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
    }
  }
  // The route is still automated and nothing was written: saying "tripped" here would be a lie.
  throw new BreakerConflictError(`route ${routeId} kept changing; the trip will be retried`);
};

const runBreaker = async (deps: BreakerDeps, routeId: string): Promise<BreakerRun> => {
  const config = await deps.configs.get(routeId);
  const windowStart = new Date(deps.now() - deps.breakerWindowDays * 86_400_000).toISOString();
  // Evidence from before the last trip speaks of another regime; a trip is a fixed start.
  const period =
    config?.evidenceSince && config.evidenceSince > windowStart ? config.evidenceSince : undefined;
  const from = period ?? windowStart;
  const verdict = evaluateBreaker(
    await deps.observations.listRoute(routeId, from),
    { from, now: deps.now(), days: deps.breakerWindowDays, ...(period ? { periodStart: period } : {}) },
    deps.breaker,
  );
  if (!verdict.tripped) return { verdict };
  return { verdict, trip: await tripBreaker(deps, routeId, verdict) };
};

export type { BreakerDeps, BreakerRun, TripResult };
export { runBreaker };
