import type { CostModel } from './choose-threshold.js';
import type { LttResult } from './learn-then-test.js';
import { uniformErrorBound } from './stream-bound.js';

/**
 * The stream level: which of the route-certified thresholds run, so that the error rate of all
 * auto-resolutions together is at most the target with probability at least 1 − δ.
 *
 * Labels fall in two folds of tickets (label-fold.ts). The screening fold alone decides which
 * routes the stream level may run: those whose screening labels do not show them erring above
 * their cap. That set is then fixed with respect to the testing fold. Its testing labels, taken
 * from the highest score down, carry a confidence sequence on their expected errors that holds
 * at every floor λ at once (stream-bound.ts), so a floor may be chosen on the same labels.
 *
 * What runs is each screened route at a threshold at or above λ that its own labels certify at
 * its cap (the route level, on all its labels) and the step limit allows, or not at all. Raising
 * a threshold or dropping a route only removes auto-resolutions, so it never adds errors: the
 * expected errors among the testing labels of what runs are at most U(λ), the bound for every
 * screened route at λ, and their error rate at most U(λ) / n, with n the testing labels of what
 * runs. It is certified when U(λ) ≤ target · n. Among the certified floors, the cheapest runs.
 *
 * Labels count one each, across routes as within one (plan-route.ts): the statement is about the
 * labelled tickets above the thresholds, which stand for the traffic there.
 */

/** Fewest screening labels at or above SCREEN_SCORE for the screen to judge a route. */
const MIN_SCREEN_LABELS = 10;

interface WeightedLabel {
  score: number;
  correct: boolean;
  /** Tickets' worth of traffic the label stands for (1 / its sampling propensity). */
  weight: number;
  /** Whether the label is in the screening fold (else it tests). */
  screen: boolean;
}

interface StreamRoute {
  routeId: string;
  labels: readonly WeightedLabel[];
  /** The route level's fixed-sequence result against the route's cap, on all its labels. */
  test: LttResult;
  /** Lowest threshold the step limit allows this run. */
  stepFloor: number;
  /** Fewest own labels above a threshold that could certify it at the cap. */
  minLabels: number;
}

/** A route the screen let in, with where its region starts and its testing labels. */
interface ScreenedRoute extends StreamRoute {
  region: number;
  testing: readonly WeightedLabel[];
}

interface StreamSettings {
  targetError: number;
  routeCap: number;
  delta: number;
  cost: CostModel;
  /** The floors to consider, any number: the bound holds at all of them at once. */
  floors: readonly number[];
}

interface StreamTest {
  floor: number;
  /** Bound on the expected errors among the screened routes' testing labels at or above the floor. */
  errorBound: number;
  /** Testing labels of what runs at this floor. */
  testingLabels: number;
  /** errorBound / testingLabels: the bound on the stream's error rate (1 when nothing runs). */
  upperBound: number;
  certified: boolean;
  costPerTicket: number;
}

interface StreamPlan {
  /** The chosen floor's test, undefined when no floor certifies any automation. */
  chosen?: StreamTest;
  /** The threshold each automated route runs at. */
  thresholds: Map<string, number>;
  /** Routes the step limit kept above a cheaper certified threshold. */
  stepLimited: Set<string>;
}

/** Traffic above t, in tickets' worth: one sort per label set, then a binary search per call. */
const massIndexes = new WeakMap<readonly WeightedLabel[], (t: number) => number>();
const massAbove = (labels: readonly WeightedLabel[], t: number): number => {
  let index = massIndexes.get(labels);
  if (!index) {
    const sorted = labels.filter((l) => !Number.isNaN(l.score)).sort((a, b) => b.score - a.score);
    const prefix = new Float64Array(sorted.length + 1);
    sorted.forEach((l, i) => {
      prefix[i + 1] = prefix[i]! + l.weight;
    });
    index = (threshold: number) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]!.score >= threshold) lo = mid + 1;
        else hi = mid;
      }
      return prefix[lo]!;
    };
    massIndexes.set(labels, index);
  }
  return index(t);
};

const countAbove = (labels: readonly WeightedLabel[], t: number) => {
  let n = 0;
  let errors = 0;
  for (const l of labels) {
    if (l.score < t) continue;
    n += 1;
    if (!l.correct) errors += 1;
  }
  return { n, errors };
};

/** A route's cost at t (undefined: not automated), in tickets' worth, errors at `estimate`. */
const routeCost = (route: StreamRoute, t: number | undefined, estimate: number, cost: CostModel) => {
  const total = massAbove(route.labels, Number.NEGATIVE_INFINITY);
  if (t === undefined) return total * cost.humanCostPerTicket;
  const mass = massAbove(route.labels, t);
  return (total - mass) * cost.humanCostPerTicket + mass * estimate * cost.wrongAutoCost;
};

/**
 * The screen, on screening labels alone: from the top of the grid down, the thresholds whose
 * screening labels above them err at most the screen's rate (Jeffreys estimate), until the first
 * that does not. The lowest of them is where the route's region starts; undefined: screened out.
 */
const screenFloor = (route: StreamRoute, grid: readonly number[], rate: number): number | undefined => {
  const screening = route.labels.filter((l) => l.screen);
  let floor: number | undefined;
  for (const t of grid) {
    const { n, errors } = countAbove(screening, t);
    if (n < MIN_SCREEN_LABELS) continue;
    if (errors > rate * n) break;
    floor = t;
  }
  return floor;
};

const estimateAt = (route: StreamRoute, t: number) =>
  route.test.certified.find((c) => Math.abs(c.threshold - t) < 1e-12)?.estimate ?? 1;

const cheapestOf = (route: StreamRoute, options: readonly number[], cost: CostModel): number | undefined => {
  let best: { t: number | undefined; cost: number } = {
    t: undefined,
    cost: routeCost(route, undefined, 0, cost),
  };
  for (const t of [...options].sort((a, b) => b - a)) {
    const c = routeCost(route, t, estimateAt(route, t), cost);
    if (c < best.cost) best = { t, cost: c };
  }
  return best.t;
};

/**
 * The cheapest of a screened route's certified thresholds at or above the floor that the step
 * limit allows (or, when it allows none, the most conservative), or none; `limited` when the step
 * limit kept it from a cheaper one.
 */
const runAt = (route: ScreenedRoute, floor: number, cost: CostModel): { t?: number; limited: boolean } => {
  const lowest = Math.max(floor, route.region);
  const above = route.test.certified.map((t) => t.threshold).filter((t) => t >= lowest - 1e-12);
  const stepped = above.filter((t) => t >= route.stepFloor - 1e-9);
  const options = stepped.length > 0 ? stepped : above.length > 0 ? [Math.max(...above)] : [];
  const t = cheapestOf(route, options, cost);
  const free = cheapestOf(route, above, cost);
  return { ...(t === undefined ? {} : { t }), limited: t !== undefined && free !== undefined && free < t };
};

const testFloor = (routes: readonly ScreenedRoute[], floor: number, settings: StreamSettings) => {
  let observed = 0;
  let testingLabels = 0;
  let spent = 0;
  let traffic = 0;
  const config = new Map<string, number>();
  const limited = new Set<string>();
  for (const route of routes) {
    // Every screened route's traffic counts at every floor, run or not, so floors compare alike.
    traffic += massAbove(route.labels, Number.NEGATIVE_INFINITY);
    const start = Math.max(floor, route.region);
    // Counts only: a route enters the sequence once it has labels enough to certify.
    const entered = countAbove(route.labels, start).n >= route.minLabels;
    const run = entered ? runAt(route, floor, settings.cost) : { limited: false };
    if (entered) observed += countAbove(route.testing, start).errors;
    if (run.limited) limited.add(route.routeId);
    if (run.t !== undefined) {
      config.set(route.routeId, run.t);
      testingLabels += countAbove(route.testing, run.t).n;
    }
    spent += routeCost(route, run.t, run.t === undefined ? 0 : estimateAt(route, run.t), settings.cost);
  }
  const errorBound = uniformErrorBound(observed, settings.delta);
  const upperBound = testingLabels > 0 ? Math.min(1, errorBound / testingLabels) : 1;
  const test: StreamTest = {
    floor,
    errorBound,
    testingLabels,
    upperBound,
    certified: testingLabels > 0 && upperBound <= settings.targetError,
    costPerTicket: traffic > 0 ? spent / traffic + settings.cost.llmCostPerTicket : 0,
  };
  return { test, config, limited };
};

/**
 * 1. the screening fold picks the routes the stream level may run;
 * 2. at each floor, each of them runs at its cheapest threshold at or above the floor that its
 *    own labels certify at its cap and the step limit allows, or not at all;
 * 3. a floor is certified when the confidence sequence on the screened routes' testing errors at
 *    the floor, over the testing labels of what runs, is at most the target; the cheapest
 *    certified floor runs (ties: the higher floor).
 */
const planStream = (routes: readonly StreamRoute[], settings: StreamSettings): StreamPlan => {
  const screened = routes.flatMap((r) => {
    const region = screenFloor(r, settings.floors, settings.targetError);
    return region === undefined ? [] : [{ ...r, region, testing: r.labels.filter((l) => !l.screen) }];
  });
  const floors = [...new Set(settings.floors)].sort((a, b) => b - a);
  let best: { test: StreamTest; config: Map<string, number>; limited: Set<string> } | undefined;
  for (const floor of floors) {
    const tried = testFloor(screened, floor, settings);
    if (tried.test.certified && (!best || tried.test.costPerTicket < best.test.costPerTicket - 1e-12))
      best = tried;
  }
  return best
    ? { chosen: best.test, thresholds: best.config, stepLimited: best.limited }
    : { thresholds: new Map(), stepLimited: new Set() };
};

export type { StreamPlan, StreamRoute, StreamSettings, StreamTest, WeightedLabel };
export { planStream };
