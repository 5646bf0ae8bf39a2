import type { Observation } from '../outcomes/observation.js';
import type { Evidence, RouteConfig, RouteMode } from '../route-config/route-config.schema.js';
import type { Route } from '../taxonomy/taxonomy.schema.js';
import type { CostModel } from './choose-threshold.js';
import { chooseThreshold, coverageAt, expectedCostPerTicket } from './choose-threshold.js';
import { testRouteThresholds } from './route-test.js';

/**
 * What one route's config should become, from its evidence. Pure: the retune Lambda and the
 * simulator both call it.
 */

interface RetuneSettings {
  targetError: number;
  /** 1 − confidence of the bound. */
  delta: number;
  /** Fewest own labels above a threshold before it can be certified. */
  minSamples: number;
  /** Largest drop of a threshold in one retune; raising it is never limited. */
  maxStepDown: number;
  /** Most labels' worth of evidence a route may borrow from its pool (0: its own labels only). */
  maxPriorStrength?: number;
  cost: CostModel;
}

interface RoutePlan {
  mode: RouteMode;
  threshold: number;
  evidence?: Evidence;
  reason: string;
}

interface RouteEvidence {
  own: readonly Observation[];
  team: readonly Observation[];
  global: readonly Observation[];
}

/** Pools with fewer other routes than this lend nothing: the team is too small, use the global pool. */
const MIN_POOL_ROUTES = 3;
const DEFAULT_PRIOR_STRENGTH = 200;

/**
 * Labels count one each in the bound. Inverse-propensity weights would make the estimate
 * unbiased, but a handful of exploration labels at weight ~15 swamp thousands of others and one
 * confident mistake blocks every threshold. Counted plainly, the sparsely sampled region above
 * the current threshold, where the error is lowest, is under-represented, so the estimated error
 * can only be too high whenever the error falls with the score. The weights still estimate
 * coverage, which needs no guarantee.
 */
const labels = (observations: readonly Observation[]) =>
  observations.flatMap((o) =>
    o.kind === 'label' && o.score !== undefined && o.correct !== undefined
      ? [{ score: o.score, correct: o.correct, weight: o.weight ?? 1 }]
      : [],
  );

const byRoute = (observations: readonly Observation[], except: string) => {
  const routes = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.routeId === except) continue;
    const list = routes.get(o.routeId);
    if (list) list.push(o);
    else routes.set(o.routeId, [o]);
  }
  return [...routes.values()].map(labels);
};

/**
 * 1. human-only routes and operator pins decide alone;
 * 2. no own labels, no automation;
 * 3. the route's own labels are tested threshold by threshold, from 0.999 down, on a bound that
 *    borrows from its team (or, for a small team, every auto route) only through a prior that
 *    the route's own labels update (route-test.ts);
 * 4. among the certified thresholds, the cheapest under the cost model (coverage from the
 *    route's own propensity-weighted sample);
 * 5. lowering is limited to `maxStepDown` per run, and only ever to a threshold that was tested
 *    and certified; the evidence recorded is that threshold's own;
 * 6. nothing certified: shadow mode.
 */
const planRoute = (
  route: Route,
  current: RouteConfig,
  evidence: RouteEvidence,
  settings: RetuneSettings,
): RoutePlan => {
  if (route.policy === 'human')
    return { mode: 'human', threshold: current.threshold, reason: 'human_only_route' };
  if (current.pin?.kind === 'human')
    return { mode: 'human', threshold: current.threshold, reason: 'pinned_human' };
  if (current.pin?.kind === 'threshold') {
    return { mode: 'auto', threshold: current.pin.threshold, reason: 'pinned_threshold' };
  }
  const own = labels(evidence.own);
  if (own.length === 0) return { mode: 'shadow', threshold: current.threshold, reason: 'no_own_labels' };
  const team = byRoute(evidence.team, route.id);
  const [source, others] =
    team.length >= MIN_POOL_ROUTES
      ? (['team', team] as const)
      : (['global', byRoute(evidence.global, route.id)] as const);
  const result = testRouteThresholds(own, others, {
    targetError: settings.targetError,
    delta: settings.delta,
    minOwnLabels: settings.minSamples,
    maxPriorStrength: settings.maxPriorStrength ?? DEFAULT_PRIOR_STRENGTH,
  });
  const choice = chooseThreshold(result, own, settings.cost);
  if (!choice) return { mode: 'shadow', threshold: current.threshold, reason: 'insufficient_evidence' };
  // Certified thresholds run contiguously from the first tested one down to the lowest; the step
  // limit picks, among them, the lowest one it allows, or else the most conservative one.
  const floor = current.threshold - settings.maxStepDown - 1e-9;
  const ascending = [...result.certified].sort((a, b) => a.threshold - b.threshold);
  const applied =
    ascending.find((t) => t.threshold >= choice.threshold && t.threshold >= floor) ?? ascending.at(-1)!;
  const limited = applied.threshold > choice.threshold;
  const prior = result.priors.get(applied.threshold);
  const coverage = limited ? coverageAt(own, applied.threshold) : choice.coverage;
  return {
    mode: 'auto',
    threshold: applied.threshold,
    evidence: {
      source: prior && prior.alpha + prior.beta > 0 ? source : 'route',
      n: applied.n,
      nEff: applied.nEff,
      errors: applied.errors,
      upperBound: applied.upperBound,
      coverage,
      costPerTicket: expectedCostPerTicket(applied, coverage, settings.cost),
      ...(prior && prior.alpha + prior.beta > 0 ? { prior } : {}),
    },
    reason: limited ? 'certified_step_limited' : 'certified',
  };
};

export type { RetuneSettings, RouteEvidence, RoutePlan };
export { MIN_POOL_ROUTES, planRoute };
