/**
 * The stream level's bound: an upper confidence sequence on the number of errors among labels,
 * taken in a fixed order (highest score first), that holds at every prefix at once.
 *
 * For labels i = 1, 2, … with error chances p_i, independent given their scores, and a fixed
 * u > 0, E e^(−u·err_i) = 1 − p_i(1 − e^(−u)) ≤ exp(−p_i(1 − e^(−u))), so
 *   M_j = exp(−u·E_j + (1 − e^(−u))·P_j),  E_j = Σ_{i≤j} err_i,  P_j = Σ_{i≤j} p_i,
 * is a nonnegative supermartingale starting at 1. Ville's inequality: with probability at least
 * 1 − δ, M_j < 1/δ for every j at once, that is
 *   P_j < (u·E_j + ln(1/δ)) / (1 − e^(−u))   for every prefix j.
 * P_j is the expected number of errors among the first j labels, so every floor of a score grid
 * is covered by one δ, with no share per floor, and a floor may be chosen on the same labels.
 */

/** u: near the best single rate from 0 to 10 errors, where the floors that can certify a 2% target sit. */
const BETTING_RATE = 1;

/** The bound on the expected errors of a prefix with `errors` observed, uniformly over prefixes. */
const uniformErrorBound = (errors: number, delta: number, u = BETTING_RATE): number =>
  (u * errors + Math.log(1 / delta)) / (1 - Math.exp(-u));

export { BETTING_RATE, uniformErrorBound };
