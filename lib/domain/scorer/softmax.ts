/** Shared pieces of the two trainers: the model contract and numerically safe softmax helpers. */

/** Anything that turns one sparse TF-IDF row into raw class scores (logits). */
interface LogitModel {
  readonly classCount: number;
  /** Raw class scores for one sparse row; writes into and returns `out` when given. */
  logits(indices: ArrayLike<number>, values: ArrayLike<number>, out?: Float64Array): Float64Array;
}

/** AdaGrad's denominator guard; small enough never to matter once a weight has seen one gradient. */
const ADAGRAD_EPSILON = 1e-8;

/** Softmax in place over the first `length` entries, shifted by the max so large logits cannot overflow. */
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

export type { LogitModel };
export { ADAGRAD_EPSILON, softmaxInPlace };
