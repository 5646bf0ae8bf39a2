import type { Classification } from './classification.schema.js';

/**
 * Which score the policy certifies. The LLM's own confidence is verbalized: a handful of round
 * numbers that barely separate right answers from wrong ones, so no threshold on it can be
 * certified. When the stack's route scorer (a calibrated classifier trained on the stack's own
 * labels) has scored a ticket, the scorer's route and probability are what the policy and the
 * retune see, and the LLM is its second opinion: when the two name different routes the ticket
 * goes to a person (models_disagree), and its certified score is 0, so no threshold counts it.
 * The LLM's other answers (wantsHuman, vulnerable, sentiment, summary, language) stand either way.
 */

/**
 * The scorer's answer for one ticket, with the version of the scorer that gave it and its
 * need-a-person detector's verdict (absent from a scorer without a detector).
 */
interface ScorerOpinion {
  version: string;
  route: string;
  probability: number;
  needsPerson?: boolean;
}

interface SecondOpinion {
  /** The classification the policy decides on: route and confidence are the certified ones. */
  classification: Classification;
  /** What the LLM itself said, kept on the decision beside the scorer's answer. */
  llm: { route: string; confidence: number };
  scorer?: ScorerOpinion & { agrees: boolean };
}

/** The certified score of a ticket whose models disagree: below every threshold. */
const DISAGREEMENT_SCORE = 0;

const secondOpinion = (llm: Classification, scorer: ScorerOpinion | undefined): SecondOpinion => {
  const said = { route: llm.route, confidence: llm.confidence };
  if (!scorer) return { classification: llm, llm: said };
  const agrees = scorer.route === llm.route;
  return {
    classification: {
      ...llm,
      route: scorer.route,
      confidence: agrees ? scorer.probability : DISAGREEMENT_SCORE,
    },
    llm: said,
    scorer: { ...scorer, agrees },
  };
};

export type { ScorerOpinion, SecondOpinion };
export { DISAGREEMENT_SCORE, secondOpinion };
