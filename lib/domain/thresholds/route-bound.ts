import { betaQuantile } from './beta.js';

/**
 * A per-route bound on the error of auto-resolutions that borrows strength from similar routes in
 * an empirical-Bayes form that stays tied to the route's own labels.
 *
 * The routes of a pool (the team, else every auto route) are taken as draws of a Beta(α, β)
 * distribution of error rates, fitted by the method of moments to all of their labels above the
 * threshold, the route's own included, so one bad route widens the prior for everyone instead of
 * hiding behind it. The route's bound is then the (1 − δ) quantile of the posterior
 * Beta(α + e, β + n − e), with e errors among its own n labels; with no pool, or one worth fewer
 * than 20 labels, it is exactly the Clopper–Pearson upper bound, and the pool can at most lend
 * `maxPriorStrength` labels' worth of evidence. A route with fewer than `minOwnLabels` own labels above the threshold is never
 * certified, whatever its pool says.
 */

interface RouteCounts {
  /** Labels above the threshold. */
  n: number;
  /** Wrong ones among them. */
  errors: number;
}

interface Prior {
  alpha: number;
  beta: number;
}

const NO_PRIOR: Prior = { alpha: 0, beta: 0 };

/** Routes with fewer labels than this above the threshold say too little to shape the prior. */
const MIN_ROUTE_LABELS_FOR_PRIOR = 10;

/**
 * Method-of-moments Beta prior over the pool's routes. The spread of the observed rates is the
 * prior's variance plus binomial noise; the noise is subtracted, and the variance never falls
 * below what `maxStrength` pseudo-labels allow, so a pool that looks perfectly homogeneous still
 * lends only a bounded amount.
 */
const fitPrior = (routes: readonly RouteCounts[], maxStrength: number): Prior => {
  const informative = routes.filter((r) => r.n >= MIN_ROUTE_LABELS_FOR_PRIOR);
  if (informative.length < 2 || maxStrength <= 0) return NO_PRIOR;
  const total = informative.reduce((s, r) => s + r.n, 0);
  const errors = informative.reduce((s, r) => s + r.errors, 0);
  // Half an error of smoothing keeps a clean pool's mean off zero, which would lend certainty.
  const mean = (errors + 0.5) / (total + 1);
  const spread = informative.reduce((s, r) => s + r.n * (r.errors / r.n - mean) ** 2, 0) / total;
  const noise = (mean * (1 - mean) * informative.length) / total;
  const floor = (mean * (1 - mean)) / (maxStrength + 1);
  const variance = Math.max(spread - noise, floor);
  const strength = Math.min(maxStrength, (mean * (1 - mean)) / variance - 1);
  if (!(strength > 0)) return NO_PRIOR;
  return { alpha: mean * strength, beta: (1 - mean) * strength };
};

/** A prior worth fewer labels than this says too little to replace Clopper–Pearson's correction. */
const MIN_PRIOR_STRENGTH = 20;

/**
 * The (1 − δ) upper bound on the route's error. With a prior worth at least MIN_PRIOR_STRENGTH
 * labels it is the posterior quantile, Beta(α + e, β + n − e); otherwise the exact
 * Clopper–Pearson bound, Beta(e + 1, n − e), so a thin pool never makes a bound less cautious.
 */
const routeUpperBound = (own: RouteCounts, prior: Prior, delta: number): number => {
  if (own.n <= 0 || own.errors >= own.n) return 1;
  if (prior.alpha + prior.beta < MIN_PRIOR_STRENGTH)
    return betaQuantile(1 - delta, own.errors + 1, own.n - own.errors);
  return betaQuantile(1 - delta, prior.alpha + own.errors, prior.beta + own.n - own.errors);
};

/**
 * The route's error, estimated: the posterior mean (α + e) / (α + β + n) under a prior worth at
 * least MIN_PRIOR_STRENGTH labels, else the Jeffreys estimate (e + ½) / (n + 1). Unlike the
 * bound, it is what the error most likely is, so it prices expected cost; the bound alone decides
 * whether a threshold is certified. A lucky clean sample is pulled toward the pool, or off zero.
 */
const estimateError = (own: RouteCounts, prior: Prior): number => {
  if (own.n <= 0) return 1;
  if (prior.alpha + prior.beta < MIN_PRIOR_STRENGTH) return (own.errors + 0.5) / (own.n + 1);
  return (prior.alpha + own.errors) / (prior.alpha + prior.beta + own.n);
};

export type { Prior, RouteCounts };
export { estimateError, fitPrior, NO_PRIOR, routeUpperBound };
