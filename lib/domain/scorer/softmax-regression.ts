/**
 * Multinomial logistic regression on sparse TF-IDF rows, trained example by example with AdaGrad.
 *
 * Two tricks make a ~30k-feature × 77-class model train in about a second of plain JavaScript:
 * - class-sparse updates: once an example is learnt, most class gradients (p − onehot) are ~0, so only
 *   classes above `skipBelow` are written back (the forward pass stays exact);
 * - AdaGrad's per-weight step sizes, which suit sparse text features without a tuned schedule.
 * Instead of an L2 penalty the trainer drops a random share of each row's features per step ("dropout
 * training"), which regularises towards features that generalise; it beat L2 by 0.2–0.4 points of
 * accuracy in our BANKING77 runs.
 */
import { mulberry32, shuffleInPlace } from './prng.js';
import type { LogitModel } from './softmax.js';
import { ADAGRAD_EPSILON, softmaxInPlace } from './softmax.js';
import type { SparseMatrix } from './sparse-matrix.js';

interface SoftmaxOptions {
  /** Passes over the data; more than 4 did not improve 5-fold CV accuracy on BANKING77. Default 4. */
  epochs?: number;
  /** AdaGrad base step. Default 0.3. */
  learningRate?: number;
  /** Share of each row's features dropped per step (inverted dropout). Default 0.3. */
  dropout?: number;
  /** Class gradients at or below this magnitude are not written back. Default 1e-3. */
  skipBelow?: number;
  /** Seeds the shuffle and the dropout. Default 1. */
  seed?: number;
  /**
   * One gradient weight per class (default 1 each): a rare class weighted up counts in the loss as
   * often as a common one, instead of being learnt as "almost never".
   */
  classWeights?: readonly number[];
}

/** A trained linear model with its parameters in the open, so it can be stored and read back. */
interface LinearModel extends LogitModel {
  readonly kind: 'linear';
  /** Row-major, one row of classCount weights per feature column. */
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

const scoreRow = (
  weights: Float32Array,
  bias: Float64Array,
  classCount: number,
  indices: ArrayLike<number>,
  values: ArrayLike<number>,
  length: number,
  out: Float64Array,
): Float64Array => {
  out.set(bias);
  for (let j = 0; j < length; j += 1) {
    const base = indices[j]! * classCount;
    const v = values[j]!;
    for (let c = 0; c < classCount; c += 1) out[c]! += v * weights[base + c]!;
  }
  return out;
};

/** The model for given parameters: `weights` holds one row of `bias.length` class weights per feature. */
const linearModel = (weights: Float32Array, bias: Float64Array): LinearModel => {
  const k = bias.length;
  if (weights.length % k !== 0) throw new RangeError('linearModel: weights are not whole rows of classes');
  return {
    kind: 'linear',
    classCount: k,
    weights,
    bias,
    logits: (indices, values, out = new Float64Array(k)) =>
      scoreRow(weights, bias, k, indices, values, indices.length, out),
  };
};

const trainSoftmax = (
  x: SparseMatrix,
  y: Int32Array,
  classCount: number,
  options: SoftmaxOptions = {},
): LinearModel => {
  const { epochs = 4, learningRate = 0.3, dropout = 0.3, skipBelow = 1e-3, seed = 1 } = options;
  const k = classCount;
  const classWeights = options.classWeights ?? new Array<number>(k).fill(1);
  if (classWeights.length !== k) throw new RangeError('trainSoftmax: one class weight per class expected');
  const weights = new Float32Array(x.cols * k);
  const accum = new Float32Array(x.cols * k);
  const bias = new Float64Array(k);
  const biasAccum = new Float64Array(k);
  const scores = new Float64Array(k);
  const active = new Int32Array(k);
  let widest = 0;
  for (let r = 0; r < x.rows; r += 1) widest = Math.max(widest, x.indptr[r + 1]! - x.indptr[r]!);
  const rowIndices = new Int32Array(widest);
  const rowValues = new Float32Array(widest);
  const keepScale = 1 / (1 - dropout);
  const order = Array.from({ length: x.rows }, (_, i) => i);
  const random = mulberry32(seed);

  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const row of order) {
      let length = 0;
      for (let j = x.indptr[row]!; j < x.indptr[row + 1]!; j += 1) {
        if (dropout > 0 && random() < dropout) continue;
        rowIndices[length] = x.indices[j]!;
        rowValues[length++] = x.values[j]! * keepScale;
      }
      scoreRow(weights, bias, k, rowIndices, rowValues, length, scores);
      softmaxInPlace(scores);
      scores[y[row]!]! -= 1; // d(cross-entropy)/d(logit) = p − onehot
      const rowWeight = classWeights[y[row]!]!;
      let activeCount = 0;
      for (let c = 0; c < k; c += 1) {
        scores[c]! *= rowWeight;
        const g = scores[c]!;
        if (g > skipBelow || g < -skipBelow) active[activeCount++] = c;
        biasAccum[c]! += g * g;
        bias[c]! -= (learningRate * g) / (Math.sqrt(biasAccum[c]!) + ADAGRAD_EPSILON);
      }
      for (let j = 0; j < length; j += 1) {
        const base = rowIndices[j]! * k;
        const v = rowValues[j]!;
        for (let a = 0; a < activeCount; a += 1) {
          const i = base + active[a]!;
          const g = v * scores[active[a]!]!;
          accum[i]! += g * g;
          weights[i]! -= (learningRate * g) / (Math.sqrt(accum[i]!) + ADAGRAD_EPSILON);
        }
      }
    }
  }

  return linearModel(weights, bias);
};

export type { LinearModel, SoftmaxOptions };
export { linearModel, trainSoftmax };
