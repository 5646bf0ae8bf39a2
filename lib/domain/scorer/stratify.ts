/**
 * Stratified k-fold assignment: every fold gets (as near as possible) the same share of every label, so
 * rare intents appear in each evaluation fold and the calibration slice instead of vanishing by chance.
 */
import { mulberry32, shuffleInPlace } from './prng.js';

/** Indices per fold, each fold sorted ascending. Labels are visited in sorted order for determinism. */
const stratifiedFolds = (labels: readonly string[], k: number, seed: number): number[][] => {
  if (!Number.isInteger(k) || k < 2)
    throw new RangeError(`stratifiedFolds: k must be an integer ≥ 2, got ${k}`);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const members = byLabel.get(label);
    if (members) members.push(i);
    else byLabel.set(label, [i]);
  });
  const random = mulberry32(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  // Dealing continues where the previous label stopped, so leftovers spread over folds and sizes stay even.
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    for (const index of shuffleInPlace(byLabel.get(label)!, random)) {
      folds[next]!.push(index);
      next = (next + 1) % k;
    }
  }
  for (const fold of folds) fold.sort((a, b) => a - b);
  return folds;
};

export { stratifiedFolds };
