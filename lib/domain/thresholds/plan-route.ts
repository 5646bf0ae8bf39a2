import type { Observation } from '../outcomes/observation.js';
import type { Evidence, RouteConfig, RouteMode } from '../route-config/route-config.schema.js';
import type { Route } from '../taxonomy/taxonomy.schema.js';
import type { CostModel } from './choose-threshold.js';
import { coverageAt, expectedCostPerTicket } from './choose-threshold.js';
import { isScreenLabel } from './label-fold.js';
import type { StreamPlan, StreamRoute, WeightedLabel } from './plan-stream.js';
import { planStream } from './plan-stream.js';
import { minLabelsToCertify, ROUTE_GRID, testRouteThresholds } from './route-test.js';

/**
 * What every route's config should become, from the evidence. Pure: the retune Lambda and the
 * simulator both call it. Two levels, each valid on its own (README, "The guarantee"):
 * - route: a route runs only at a threshold its own labels certify at its cap (route-test.ts);
 * - stream: the routes that run, together, are certified at the target (plan-stream.ts).
 */

interface RetuneSettings {
  /** The stream's target: the most the error rate of all auto-resolutions together may be. */
  targetError: number;
  /** Each automated route's cap, at least the target. */
  routeCap: number;
  /** 1 − confidence of each level's statement. */
  delta: number;
  /** Fewest own labels above a threshold before it can be certified. */
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

interface RouteInput {
  route: Route;
  current: RouteConfig;
  /** The route's own labelled observations (history and live, as the retune lets them count). */
  own: readonly Observation[];
}

interface RoutesPlan {
  plans: Map<string, RoutePlan>;
  stream: StreamPlan;
}

/**
 * Labels count one each in the bounds. Inverse-propensity weights would make the estimate
 * unbiased, but a handful of exploration labels at weight ~15 swamp thousands of others and one
 * confident mistake blocks every threshold. Counted plainly, the sparsely sampled region above
 * the current threshold, where the error is lowest, is under-represented, so the estimated error
 * can only be too high whenever the error falls with the score. The weights still estimate
 * traffic, which needs no guarantee.
 */
const labelsOf = (observations: readonly Observation[]): WeightedLabel[] =>
  observations.flatMap((o) =>
    o.kind === 'label' && o.score !== undefined && o.correct !== undefined
      ? [{ score: o.score, correct: o.correct, weight: o.weight ?? 1, screen: isScreenLabel(o.ticketId) }]
      : [],
  );

/** Plans that need no evidence: human-only routes, operator pins, routes with no labels. */
const decidedAlone = (input: RouteInput, labels: readonly WeightedLabel[]): RoutePlan | undefined => {
  const { route, current } = input;
  if (route.policy === 'human')
    return { mode: 'human', threshold: current.threshold, reason: 'human_only_route' };
  if (current.pin?.kind === 'human')
    return { mode: 'human', threshold: current.threshold, reason: 'pinned_human' };
  if (current.pin?.kind === 'threshold')
    return { mode: 'auto', threshold: current.pin.threshold, reason: 'pinned_threshold' };
  if (labels.length === 0) return { mode: 'shadow', threshold: current.threshold, reason: 'no_own_labels' };
  return undefined;
};

const streamRoute = (input: RouteInput, labels: WeightedLabel[], settings: RetuneSettings): StreamRoute => {
  const options = { cap: settings.routeCap, delta: settings.delta, minOwnLabels: settings.minSamples };
  return {
    routeId: input.route.id,
    labels,
    test: testRouteThresholds(labels, options),
    stepFloor: input.current.threshold - settings.maxStepDown,
    minLabels: minLabelsToCertify(options),
  };
};

/** Why a route that the route level certified does not run. */
const notRunning = (route: StreamRoute, stream: StreamPlan): string => {
  if (!stream.chosen) return 'stream_not_certified';
  const floor = stream.chosen.floor;
  return route.test.certified.some((t) => t.threshold >= floor) ? 'not_cost_effective' : 'below_stream_floor';
};

const evidenceAt = (
  route: StreamRoute,
  threshold: number,
  stream: StreamPlan,
  settings: RetuneSettings,
): Evidence => {
  const test = route.test.certified.find((t) => t.threshold === threshold)!;
  const coverage = coverageAt(route.labels, threshold);
  return {
    source: 'route',
    n: test.n,
    nEff: test.nEff,
    errors: test.errors,
    upperBound: test.upperBound,
    cap: settings.routeCap,
    coverage,
    costPerTicket: expectedCostPerTicket(test, coverage, settings.cost),
    stream: {
      floor: stream.chosen?.floor ?? threshold,
      upperBound: stream.chosen?.upperBound ?? 1,
      target: settings.targetError,
    },
  };
};

const planOne = (
  route: StreamRoute,
  current: RouteConfig,
  stream: StreamPlan,
  settings: RetuneSettings,
): RoutePlan => {
  const threshold = stream.thresholds.get(route.routeId);
  if (route.test.certified.length === 0)
    return { mode: 'shadow', threshold: current.threshold, reason: 'insufficient_evidence' };
  if (threshold === undefined)
    return { mode: 'shadow', threshold: current.threshold, reason: notRunning(route, stream) };
  const limited = stream.stepLimited.has(route.routeId);
  return {
    mode: 'auto',
    threshold,
    evidence: evidenceAt(route, threshold, stream, settings),
    reason: limited ? 'certified_step_limited' : 'certified',
  };
};

/**
 * 1. human-only routes, operator pins and routes with no own labels decide alone (pins are the
 *    operator's call and stand outside the guarantee);
 * 2. the route level: each other route's own labels tested at its cap, from 0.999 down;
 * 3. the stream level: a floor and, above it, one certified threshold per route (or none), whose
 *    auto-resolutions together are certified at the target, the cheapest such configuration;
 *    lowering a threshold is limited to `maxStepDown` per run;
 * 4. a route with no threshold in that configuration: shadow mode, with the reason.
 */
const planRoutes = (inputs: readonly RouteInput[], settings: RetuneSettings): RoutesPlan => {
  const plans = new Map<string, RoutePlan>();
  const tested: { route: StreamRoute; current: RouteConfig }[] = [];
  for (const input of inputs) {
    const labels = labelsOf(input.own);
    const alone = decidedAlone(input, labels);
    if (alone) plans.set(input.route.id, alone);
    else tested.push({ route: streamRoute(input, labels, settings), current: input.current });
  }
  const stream = planStream(
    tested.map((t) => t.route),
    {
      targetError: settings.targetError,
      routeCap: settings.routeCap,
      delta: settings.delta,
      cost: settings.cost,
      floors: ROUTE_GRID,
    },
  );
  for (const { route, current } of tested)
    plans.set(route.routeId, planOne(route, current, stream, settings));
  return { plans, stream };
};

export type { RetuneSettings, RouteInput, RoutePlan, RoutesPlan };
export { labelsOf, planRoutes };
