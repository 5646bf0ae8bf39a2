import type { Classification } from '../../lib/domain/classification/classification.schema.js';
import type { Random } from '../../lib/domain/scorer/prng.js';
import type { LlmSpec } from './scenario.schema.js';
import { verbalize } from './stage-stream.js';

/**
 * A simulated LLM beside the route scorer, for `triage simulate --llm`. Its errors are tied to a
 * reference model's (the embedded model trained on the training set, which the scorer, trained on
 * the same kind of labels, closely follows): where the reference is wrong, the LLM repeats its
 * wrong route with probability `correlation`; otherwise it is right with one probability q, chosen
 * so that its overall accuracy on the stream is `accuracy`, and when wrong names another route
 * uniformly. Its confidence is verbalized (stage-stream.ts). Each ticket's answer is a fixed draw.
 */

interface ReferencedTicket {
  label: string;
  /** The reference model's answer, with its calibrated probability. */
  classification: Classification;
}

interface SimulatedLlm {
  answer(ticket: ReferencedTicket, random: Random): Classification;
  /** The chance q of a right answer where the LLM does not repeat the reference's error. */
  rightRate: number;
}

/** q such that P(right) = q·acc + q·(1 − acc)(1 − R) = accuracy, at most 1. */
const rightRateFor = (spec: LlmSpec, referenceAccuracy: number): number => {
  const open = referenceAccuracy + (1 - referenceAccuracy) * (1 - spec.correlation);
  return open > 0 ? Math.min(1, spec.accuracy / open) : 0;
};

const otherRoute = (routes: readonly string[], not: readonly string[], random: Random): string => {
  const others = routes.filter((r) => !not.includes(r));
  return others[Math.floor(random() * others.length)] ?? not[0]!;
};

const createSimulatedLlm = (
  spec: LlmSpec,
  routes: readonly string[],
  referenceAccuracy: number,
): SimulatedLlm => {
  const rightRate = rightRateFor(spec, referenceAccuracy);
  const answer = (ticket: ReferencedTicket, random: Random): Classification => {
    const reference = ticket.classification;
    const referenceWrong = reference.route !== ticket.label;
    const [repeat, right, pick] = [random(), random(), random()];
    let route: string;
    if (referenceWrong && repeat < spec.correlation) route = reference.route;
    else if (right < rightRate) route = ticket.label;
    else route = otherRoute(routes, [ticket.label, reference.route], () => pick);
    const isRight = route === ticket.label;
    const confidence = verbalize(reference.confidence, isRight, spec.wrongHigh, random);
    return { ...reference, route, confidence };
  };
  return { answer, rightRate };
};

export type { ReferencedTicket, SimulatedLlm };
export { createSimulatedLlm, rightRateFor };
