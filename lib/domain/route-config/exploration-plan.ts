import type { Observation } from '../outcomes/observation.js';
import { DEFAULTS } from '../settings.schema.js';
import type { RetuneSettings, RoutePlan } from '../thresholds/plan-route.js';
import type { RouteConfig, SamplingRates } from './route-config.schema.js';

/**
 * How often each route sends a confident ticket to a person anyway. Exploration labels are what
 * keeps a certified threshold honest and what the circuit breaker watches, but each one is a
 * ticket a person handles that the model could have: a route whose evidence is ample and whose
 * bound sits well under target needs few; a route certified on thin evidence, or fresh from a
 * circuit-breaker trip, needs many. The rates are a few fixed levels, so a retune does not
 * rewrite a route for a small change in its counts.
 *
 * The classifier records, with each decision, the rates it used and the label's propensity from
 * them (decide-ticket.ts), so changing a route's rate never biases the estimates.
 */

interface ExplorationPolicy {
  /** Certified on ample evidence, with its bound well under target. */
  lowRate: number;
  /** Certified on ample evidence, with its bound close to target. */
  midRate: number;
  /** Certified on thin evidence (fewer own labels above the threshold than `ampleFactor` × needed). */
  highRate: number;
  /** After a circuit-breaker trip, until the route has `needed` fresh labels drawn under automation. */
  trippedRate: number;
  /** Ample evidence: this many times the labels the fewest that could certify a threshold at all. */
  ampleFactor: number;
  /** A bound at most this share of the target is stable. */
  stableShare: number;
}

const DEFAULT_EXPLORATION: ExplorationPolicy = {
  lowRate: 0.02,
  midRate: 0.05,
  highRate: 0.1,
  // The rate the breaker sets when it trips, kept until the route is re-certified.
  trippedRate: DEFAULTS.breaker.trippedExplorationRate,
  ampleFactor: 4,
  stableShare: 0.75,
};

type ExplorationBasis = 'not_automated' | 'after_trip' | 'thin' | 'near_target' | 'ample';

interface ExplorationPlan extends SamplingRates {
  basis: ExplorationBasis;
}

/**
 * The fewest labels above a threshold that could certify it at all: with no error among n, the
 * exact binomial bound passes the target once (1 - target)^n <= delta (about 150 at 2% and 0.05).
 */
const labelsNeeded = (settings: Pick<RetuneSettings, 'targetError' | 'delta' | 'minSamples'>): number =>
  Math.max(settings.minSamples, Math.ceil(Math.log(settings.delta) / Math.log(1 - settings.targetError)));

/**
 * @param own the route's observations the retune read (after its `evidenceSince`, if any)
 * @param sampling the configured rates: the audit rate every route gets
 */
const planExploration = (
  current: RouteConfig,
  plan: RoutePlan,
  own: readonly Observation[],
  settings: RetuneSettings,
  sampling: SamplingRates,
  policy: ExplorationPolicy = DEFAULT_EXPLORATION,
): ExplorationPlan => {
  const rates = (explorationRate: number, basis: ExplorationBasis): ExplorationPlan => ({
    explorationRate,
    auditRate: sampling.auditRate,
    basis,
  });
  // Off automation every ticket goes to a person: the rate is moot, and a trip's raise is kept.
  if (plan.mode !== 'auto') return rates(current.explorationRate, 'not_automated');
  const needed = labelsNeeded(settings);
  if (current.evidenceSince !== undefined) {
    const fresh = own.filter((o) => o.automatable === true && o.observationId >= current.evidenceSince!);
    if (fresh.length < needed) return rates(Math.max(policy.trippedRate, policy.highRate), 'after_trip');
  }
  const n = plan.evidence?.n ?? 0;
  if (n < policy.ampleFactor * needed) return rates(policy.highRate, 'thin');
  const upper = plan.evidence?.upperBound ?? 1;
  if (upper > policy.stableShare * settings.targetError) return rates(policy.midRate, 'near_target');
  return rates(policy.lowRate, 'ample');
};

export type { ExplorationBasis, ExplorationPlan, ExplorationPolicy };
export { DEFAULT_EXPLORATION, labelsNeeded, planExploration };
