/**
 * Multinomial logistic regression on sparse TF-IDF rows, trained by mini-batch Adam with lazy (sparse)
 * updates: only the weight rows of features present in a batch are touched, which is what makes a
 * ~100k-feature × 77-class model train in seconds in plain JavaScript. The L2 penalty is applied lazily
 * to the touched rows too, so frequent features are regularised more often than rare ones — the usual
 * trade-off of sparse optimisers, and harmless here because temperature scaling fixes calibration later.
 */
import { mulberry32, shuffleInPlace } from './prng.js';
import type { SparseMatrix } from './tfidf.js';

interface SoftmaxOptions {
  /** Passes over the data. Default 12. */
  epochs?: number;
  /** Default 32. */
  batchSize?: number;
  /** Adam step size at the start; decays linearly to 10% of it over training. Default 0.01. */
  learningRate?: number;
  /** L2 penalty on the (mean-loss) objective. Default 1e-5. */
  l2?: number;
  /** Class gradients smaller than this are skipped in the weight update (they are ~0 once learnt). */
  skipBelow?: number;
  /** Seeds the per-epoch shuffle. Default 1. */
  seed?: number;
}

interface SoftmaxModel {
  readonly classCount: number;
  /** Raw class scores for one sparse row; writes into and returns `out` if given. */
  logits(indices: ArrayLike<number>, values: ArrayLike<number>, out?: Float64Array): Float64Array;
}

const EPSILON = 1e-8;

const scoreRow = (
  weights: Float32Array,
  bias: Float64Array,
  k: number,
  indices: ArrayLike<number>,
  values: ArrayLike<number>,
  start: number,
  end: number,
  out: Float64Array,
): void => {
  out.set(bias);
  for (let j = start; j < end; j += 1) {
    const base = indices[j]! * k;
    const v = values[j]!;
    for (let c = 0; c < k; c += 1) out[c]! += v * weights[base + c]!;
  }
};

/** Softmax in place, shifted by the max so large logits cannot overflow. */
const softmaxInPlace = (scores: Float64Array, length = scores.length): Float64Array => {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < length; c += 1) if (scores[c]! > max) max = scores[c]!;
  let sum = 0;
  for (let c = 0; c < length; c += 1) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < length; c += 1) scores[c]! /= sum;
  return scores;
};

const trainSoftmax = (
  x: SparseMatrix,
  y: Int32Array,
  classCount: number,
  options: SoftmaxOptions = {},
): SoftmaxModel => {
  const { epochs = 12, learningRate = 0.2, l2 = 0, seed = 1, skipBelow = 1e-3 } = options;
  const k = classCount;
  const weights = new Float32Array(x.cols * k);
  const bias = new Float64Array(k);
  const accum = new Float32Array(x.cols * k);
  const biasAccum = new Float64Array(k);
  const scores = new Float64Array(k);
  const active = new Int32Array(k);
  const order = Array.from({ length: x.rows }, (_, i) => i);
  const random = mulberry32(seed);

  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const row of order) {
      const start = x.indptr[row]!;
      const end = x.indptr[row + 1]!;
      scoreRow(weights, bias, k, x.indices, x.values, start, end, scores);
      softmaxInPlace(scores);
      scores[y[row]!]! -= 1; // d(cross-entropy)/d(logit) = p − onehot
      let activeCount = 0;
      for (let c = 0; c < k; c += 1) {
        const g = scores[c]!;
        if (g > skipBelow || g < -skipBelow) active[activeCount++] = c;
        biasAccum[c]! += g * g;
        bias[c]! -= (learningRate * g) / (Math.sqrt(biasAccum[c]!) + EPSILON);
      }
      for (let j = start; j < end; j += 1) {
        const base = x.indices[j]! * k;
        const v = x.values[j]!;
        for (let a = 0; a < activeCount; a += 1) {
          const c = active[a]!;
          const i = base + c;
          const g = v * scores[c]! + l2 * weights[i]!;
          accum[i]! += g * g;
          weights[i]! -= (learningRate * g) / (Math.sqrt(accum[i]!) + EPSILON);
        }
      }
    }
  }

  return {
    classCount: k,
    logits: (indices, values, out = new Float64Array(k)) => {
      scoreRow(weights, bias, k, indices, values, 0, indices.length, out);
      return out;
    },
  };
};

export type { SoftmaxModel, SoftmaxOptions };
export { softmaxInPlace, trainSoftmax };
