import type { Observation } from '../outcomes/observation.js';
import type { Evidence, RouteConfig, RouteMode } from '../route-config/route-config.schema.js';
import type { Route } from '../taxonomy/taxonomy.schema.js';
import { clopperPearsonUpper, effectiveCounts } from './binomial.js';
import type { CostModel } from './choose-threshold.js';
import { chooseThreshold } from './choose-threshold.js';
import { learnThenTest } from './learn-then-test.js';

/**
 * What one route's config should become, from its evidence. Pure: the retune Lambda and the
 * simulator both call it.
 */

interface RetuneSettings {
  targetError: number;
  /** 1 − confidence of the bound. */
  delta: number;
  /** Fewest effective labels at a threshold before it can be certified. */
  minSamples: number;
  /** Largest drop of a threshold in one retune; raising it is never limited. */
  maxStepDown: number;
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

/**
 * Labels for the bound are counted plainly, one each. Inverse-propensity weights would make the
 * estimate unbiased, but a handful of exploration labels at weight ~15 swamp thousands of others
 * (Kish's effective count collapses) and one confident mistake blocks every threshold. Counted
 * plainly, the sparsely sampled region above the current threshold, where the error is lowest,
 * is under-represented, so the estimated error can only be too high: conservative whenever the
 * error falls with the score. The weights still estimate coverage, which needs no guarantee.
 */
const labels = (observations: readonly Observation[]) =>
  observations.flatMap((o) =>
    o.kind === 'label' && o.score !== undefined && o.correct !== undefined
      ? [{ score: o.score, correct: o.correct, weight: o.weight ?? 1 }]
      : [],
  );

const unweighted = (pool: ReturnType<typeof labels>) => pool.map((o) => ({ ...o, weight: 1 }));

/**
 * A pooled bound may stand in for a route's own only while the route's own labels do not refute
 * it: the lower confidence bound of its own error above the threshold must stay under target.
 */
const ownDataAllows = (own: ReturnType<typeof labels>, threshold: number, settings: RetuneSettings) => {
  const above = unweighted(own.filter((o) => o.score >= threshold));
  if (above.length === 0) return true;
  const c = effectiveCounts(above);
  const lower = 1 - clopperPearsonUpper(c.nEff - c.errors, c.nEff, 1 - settings.delta);
  return lower <= settings.targetError;
};

/**
 * 1. human-only routes and operator pins decide alone;
 * 2. Learn-then-Test on the route's own labels, on its team's pool and on the global pool; a
 *    pooled bound counts only while the route's own labels do not refute it;
 * 3. in each, the cheapest certified threshold (coverage from the route's own weighted sample);
 *    across them, the cheapest plan, ties going to the route's own evidence. A small route's own
 *    bound sits high for want of labels; the pool lets it automate what its labels cannot yet
 *    certify alone, and the config records whose evidence carried the bound;
 * 4. lowering is limited to `maxStepDown` per run;
 * 5. nothing certified: shadow mode.
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
  const options = {
    targetError: settings.targetError,
    delta: settings.delta,
    minSamples: settings.minSamples,
  };
  const pools = [
    ['route', own],
    ['team', labels(evidence.team)],
    ['global', labels(evidence.global)],
  ] as const;
  let best: RoutePlan | undefined;
  for (const [source, pool] of pools) {
    if (pool.length === 0) continue;
    const choice = chooseThreshold(
      learnThenTest(unweighted(pool), options),
      own.length > 0 ? own : pool,
      settings.cost,
    );
    if (!choice) continue;
    if (source !== 'route' && !ownDataAllows(own, choice.threshold, settings)) continue;
    // Lowering is limited per run; the previous threshold is the reference, even from shadow.
    const threshold = Math.max(choice.threshold, current.threshold - settings.maxStepDown);
    const { test } = choice;
    const plan: RoutePlan = {
      mode: 'auto',
      threshold: Math.round(threshold * 10_000) / 10_000,
      evidence: {
        source,
        n: test.n,
        nEff: test.nEff,
        errors: test.errors,
        upperBound: test.upperBound,
        coverage: choice.coverage,
        costPerTicket: choice.costPerTicket,
      },
      reason: threshold > choice.threshold ? `certified_${source}_step_limited` : `certified_${source}`,
    };
    if (!best || (plan.evidence?.costPerTicket ?? 0) < (best.evidence?.costPerTicket ?? 0) - 1e-12)
      best = plan;
  }
  if (best) return best;
  return { mode: 'shadow', threshold: current.threshold, reason: 'insufficient_evidence' };
};

export type { RetuneSettings, RouteEvidence, RoutePlan };
export { planRoute };
