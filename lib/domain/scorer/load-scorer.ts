/**
 * The route scorer from its artifact: validated once, weights decoded once, then each score is one
 * TF-IDF row, the members' averaged logits, the temperature and a softmax (about a millisecond); the
 * need-a-person detector, when the artifact has one, reads the same row.
 */
import { decodeMember } from './artifact-members.js';
import { needProbability } from './need-detector.js';
import type { ArtifactNeedDetector, ScorerArtifact } from './scorer-artifact.schema.js';
import { ScorerArtifactSchema } from './scorer-artifact.schema.js';
import { softmaxInPlace } from './softmax.js';
import { linearModel } from './softmax-regression.js';
import type { SparseVector } from './sparse-matrix.js';
import { tfidfFromVocabulary } from './tfidf.js';
import { decodeFloats, decodeMatrix } from './weight-codec.js';

interface RouteScore {
  /** The most probable route, one of the scorer's routes. */
  route: string;
  /** Its calibrated probability, in (0, 1]. */
  probability: number;
  /**
   * The need-a-person detector flagged the ticket. loadScorer always says (false without a
   * detector); a scorer that does not say has no detector.
   */
  needsPerson?: boolean;
}

interface RouteScorer {
  /** The artifact's version: equal versions score alike. */
  version: string;
  routes: readonly string[];
  score(text: string): RouteScore;
}

/** The detector's verdict on a TF-IDF row; always false without a detector. */
const needVerdict = (detector: ArtifactNeedDetector | undefined): ((row: SparseVector) => boolean) => {
  if (!detector) return () => false;
  const model = linearModel(decodeMatrix(detector.weights), Float64Array.from(detector.bias));
  return (row) => needProbability(model, row.indices, row.values) > detector.threshold;
};

const loadScorer = (artifact: ScorerArtifact): RouteScorer => {
  const a = ScorerArtifactSchema.parse(artifact);
  const { terms, idf, ...options } = a.features;
  const vectorizer = tfidfFromVocabulary(terms, decodeFloats(idf), options);
  const members = a.members.map(decodeMember);
  const routes = Object.freeze([...a.routes]);
  const k = routes.length;
  const memberLogits = new Float64Array(k);
  const needsPerson = needVerdict(a.detector);
  return {
    version: a.version,
    routes,
    score: (text) => {
      const row = vectorizer.transform(text);
      const z = new Float64Array(k);
      for (const { share, model } of members) {
        model.logits(row.indices, row.values, memberLogits);
        for (let c = 0; c < k; c += 1) z[c]! += (share * memberLogits[c]!) / a.temperature;
      }
      softmaxInPlace(z);
      let best = 0;
      for (let c = 1; c < k; c += 1) if (z[c]! > z[best]!) best = c;
      return { route: routes[best]!, probability: z[best]!, needsPerson: needsPerson(row) };
    },
  };
};

export type { RouteScore, RouteScorer };
export { loadScorer };
