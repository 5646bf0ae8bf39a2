/**
 * Temperature scaling (Guo et al., 2017): one scalar T fitted on held-out predictions so that
 * softmax(z / T) is calibrated. It never changes the ranking, so accuracy is untouched, and one parameter
 * cannot overfit a few hundred held-out rows the way a per-class or binned calibrator would.
 */

/** Mean negative log-likelihood of softmax(beta * z) — convex in beta, which the search relies on. */
const meanNll = (logits: readonly Float64Array[], truth: ArrayLike<number>, beta: number): number => {
  let total = 0;
  for (let r = 0; r < logits.length; r += 1) {
    const z = logits[r]!;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of z) if (beta * v > max) max = beta * v;
    let sum = 0;
    for (const v of z) sum += Math.exp(beta * v - max);
    total += max + Math.log(sum) - beta * z[truth[r]!]!;
  }
  return total / Math.max(1, logits.length);
};

/**
 * The T minimising held-out NLL, searched as beta = 1/T by golden section. T is clamped to [0.1, 10]: a
 * perfectly separated held-out slice would otherwise push T towards 0 and make every answer "certain".
 */
const fitTemperature = (logits: readonly Float64Array[], truth: ArrayLike<number>): number => {
  if (logits.length === 0) return 1;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = 0.1;
  let hi = 10;
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let fa = meanNll(logits, truth, a);
  let fb = meanNll(logits, truth, b);
  for (let i = 0; i < 50; i += 1) {
    if (fa <= fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - ratio * (hi - lo);
      fa = meanNll(logits, truth, a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + ratio * (hi - lo);
      fb = meanNll(logits, truth, b);
    }
  }
  return 2 / (lo + hi);
};

export { fitTemperature, meanNll };
