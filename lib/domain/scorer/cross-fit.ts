/**
 * Out-of-fold scores: each labelled ticket scored by a scorer that never trained on it, so the loop can
 * certify thresholds on them as it would on fresh tickets. Folds are grouped: a customer's tickets, and
 * tickets whose text is the same once case, spacing and punctuation are folded, always share a fold. A
 * duplicate or a customer's other tickets in the training folds would make the held-out score an
 * in-sample one, and the certified error rate optimistic.
 */

import { groupFolds } from './fold-groups.js';
import type { RouteScore, RouteScorer } from './load-scorer.js';
import { loadScorer } from './load-scorer.js';
import type { TrainingExample } from './train-scorer.js';
import { trainScorer } from './train-scorer.js';

interface CrossFitOptions {
  /** Passed to every fold's training. */
  trainedAt: string;
  /** Default 5. */
  folds?: number;
  /** Seeds the fold assignment and the default training. Default 1. */
  seed?: number;
  /** Trains one fold's scorer; default: trainScorer then loadScorer, as the deployed scorer is built. */
  train?: (examples: readonly TrainingExample[]) => RouteScorer;
}

type FoldScore = RouteScore & { fold: number };

/**
 * Out-of-fold scores by ticketId. Throws what training throws, for instance when one fold's training
 * tickets hold a single route.
 */
const crossFitScores = (
  examples: readonly TrainingExample[],
  options: CrossFitOptions,
): Map<string, FoldScore> => {
  const { folds = 5, seed = 1 } = options;
  const train =
    options.train ??
    // Fold scorers only score routes; the detector's own threshold is chosen on its own out-of-fold scores.
    ((fit) => loadScorer(trainScorer(fit, { trainedAt: options.trainedAt, seed, needDetector: false })));
  const assignment = groupFolds(examples, folds, seed);
  const scores = new Array<FoldScore>(examples.length);
  for (let fold = 0; fold < folds; fold += 1) {
    const held = examples.flatMap((_, i) => (assignment[i] === fold ? [i] : []));
    if (held.length === 0) continue;
    const scorer = train(examples.filter((_, i) => assignment[i] !== fold));
    for (const i of held) scores[i] = { ...scorer.score(examples[i]!.text), fold };
  }
  return new Map(examples.map((e, i) => [e.ticketId, scores[i]!]));
};

export type { CrossFitOptions, FoldScore };
export { crossFitScores, groupFolds };
