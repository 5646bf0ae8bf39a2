import { betaQuantile } from './beta.js';

/**
 * One route's bound, from its own labels alone. The route-level promise is per route: a bound
 * that borrowed from other routes would lend their clean record to the one route that differs
 * from them, which is exactly the route the promise exists to catch.
 */

interface RouteCounts {
  /** Labels above the threshold. */
  n: number;
  /** Wrong ones among them. */
  errors: number;
}

/** The exact Clopper–Pearson (1 − δ) upper bound on the route's error: Beta(e + 1, n − e). */
const routeUpperBound = (own: RouteCounts, delta: number): number => {
  if (own.n <= 0 || own.errors >= own.n) return 1;
  return betaQuantile(1 - delta, own.errors + 1, own.n - own.errors);
};

/**
 * The route's error, estimated: the Jeffreys estimate (e + ½) / (n + 1). Unlike the bound, it is
 * what the error most likely is, so it prices expected cost; only the bounds decide what is
 * certified. A lucky clean sample is pulled off zero.
 */
const estimateError = (own: RouteCounts): number => (own.n <= 0 ? 1 : (own.errors + 0.5) / (own.n + 1));

/** Fewest clean labels whose bound is at most `cap`: (1 − cap)^n ≤ δ. */
const cleanLabelsToCertify = (cap: number, delta: number): number =>
  Math.ceil(Math.log(delta) / Math.log(1 - cap) - 1e-9);

export type { RouteCounts };
export { cleanLabelsToCertify, estimateError, routeUpperBound };
