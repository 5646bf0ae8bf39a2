import { crossFitScores } from '../../lib/domain/scorer/cross-fit.js';
import type { LabelledExample } from '../../lib/domain/scorer/labelled-example.schema.js';
import { loadScorer } from '../../lib/domain/scorer/load-scorer.js';
import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import type { TrainScorerOptions } from '../../lib/domain/scorer/train-scorer.js';
import { trainScorer } from '../../lib/domain/scorer/train-scorer.js';
import type { ReplayScorer, TrainedScorer } from './replay-scorer.js';
import type { SimulatedLlm } from './simulated-llm.js';
import type { ScoredTicket } from './stage-stream.js';

/**
 * `triage simulate --llm`: the route scorer trained with the deployed stack's own code
 * (trainScorer, loadScorer, crossFitScores) on the loop's labels, and the simulated LLM's answers
 * for the stream and for the labelled history (which the LLM also classified at backfill).
 */

/** Trains a version; the same examples train the same version, so seeds and scenarios share it. */
const cachedTrainer = (model: TrainScorerOptions['model']): ReplayScorer['train'] => {
  const cache = new Map<string, TrainedScorer>();
  return (examples, trainedAt) => {
    const key = examples.map((e) => `${e.ticketId}=${e.route}`).join('\n');
    const hit = cache.get(key);
    if (hit) return hit;
    // Marked tickets train the need-a-person detector, as in the train function.
    const training = examples.map((e) => ({
      ticketId: e.ticketId,
      text: e.text,
      route: e.route,
      ...(e.neededPerson ? { neededPerson: true } : {}),
    }));
    const options = { trainedAt, ...(model ? { model } : {}) };
    const scorer = loadScorer(trainScorer(training, options));
    const outOfFold = crossFitScores(training, {
      trainedAt,
      train: (fold) => loadScorer(trainScorer(fold, { ...options, needDetector: false })),
    });
    const trained = { version: scorer.version, score: (text: string) => scorer.score(text), outOfFold };
    // Only the history's version repeats (every seed starts from it); later ones are per seed.
    if (cache.size === 0) cache.set(key, trained);
    return trained;
  };
};

/** The LLM's answers to the stream, one fixed draw per ticket. */
const llmStream = (reference: readonly ScoredTicket[], llm: SimulatedLlm, seed: number): ScoredTicket[] =>
  reference.map((t, i) => ({
    ...t,
    classification: llm.answer(t, mulberry32((seed * 2_654_435_761 + i) >>> 0)),
  }));

/** The labelled history as the scorer's first examples, each with the LLM's route at backfill. */
const historyExamples = (
  history: readonly ScoredTicket[],
  llm: SimulatedLlm,
  decidedAt: string,
): LabelledExample[] =>
  llmStream(history, llm, 0).map((t, i) => ({
    ticketId: `h-${String(i).padStart(6, '0')}`,
    text: t.text,
    route: t.label,
    llmRoute: t.classification.route,
    source: 'history',
    weight: 1,
    decidedAt,
    labelledAt: decidedAt,
  }));

export { cachedTrainer, historyExamples, llmStream };
