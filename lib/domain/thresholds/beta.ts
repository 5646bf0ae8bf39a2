/**
 * Beta-function numerics for the threshold bounds. Weighted labels give real-valued effective counts,
 * so everything here takes real, non-integer shape parameters; no binomial sums over integers.
 */

// Lanczos g = 7, n = 9 (the widely published set): ~1e-15 relative accuracy for x > 0.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0. */
const logGamma = (x: number): number => {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  // The series is accurate for x ≥ 0.5; below that, reflection keeps small shapes (b = 0.3) exact.
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
};

/** ln B(a, b). */
const logBeta = (a: number, b: number): number => logGamma(a) + logGamma(b) - logGamma(a + b);

const FPMIN = 1e-300;
const EPS = 1e-15;
// Lentz's method needs O(√max(a, b)) terms; this cap covers effective counts in the millions.
const MAX_ITERATIONS = 10_000;

/** Continued fraction for I_x(a, b) (Numerical Recipes `betacf`, modified Lentz). */
const betaContinuedFraction = (x: number, a: number, b: number): number => {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  // A silently wrong bound would certify a threshold it should not; fail loudly instead.
  throw new Error(`incomplete beta did not converge for a=${a}, b=${b}, x=${x}`);
};

/** The regularized incomplete beta function I_x(a, b), for a, b > 0 and x in [0, 1]. */
const regularizedBeta = (x: number, a: number, b: number): number => {
  if (!(a > 0 && b > 0)) throw new RangeError(`regularizedBeta needs a, b > 0, got a=${a}, b=${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`regularizedBeta needs 0 ≤ x ≤ 1, got ${x}`);
  if (x === 0 || x === 1) return x;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  // The fraction converges fast only on this side of the mean; use the symmetry on the other side.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
};

/** The p-quantile of Beta(a, b): the x with I_x(a, b) = p. Safeguarded Newton inside a bisection bracket. */
const betaQuantile = (p: number, a: number, b: number): number => {
  if (!(a > 0 && b > 0)) throw new RangeError(`betaQuantile needs a, b > 0, got a=${a}, b=${b}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`betaQuantile needs 0 ≤ p ≤ 1, got ${p}`);
  if (p === 0 || p === 1) return p;
  const lnB = logBeta(a, b);
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  // Bisection from [0, 1] halves the bracket; 2^-1074 is the smallest positive double, so 1,100
  // steps reach any representable quantile (a tiny shape puts it near 1e-114 for p = 1e-6).
  for (let i = 0; i < 1_100; i += 1) {
    const f = regularizedBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
    let next = x - f / density;
    // Newton overshoots where the density is tiny or the shape is skewed; bisect then.
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 1e-14 * next || hi - lo <= Number.EPSILON * hi) return next;
    x = next;
  }
  return x;
};

export { betaQuantile, logBeta, logGamma, regularizedBeta };
