import type { ScorerOpinion } from '../../lib/domain/classification/second-opinion.js';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import type { Outcome } from '../../lib/domain/outcomes/outcome.schema.js';
import { scorerEvidenceObservation } from '../../lib/domain/outcomes/scorer-evidence.js';
import type { ActiveScorerEvidence } from '../../lib/domain/ports.js';
import { evidenceRows } from '../../lib/domain/scorer/evidence-rows.js';
import { confirmedRoute, labelledExample } from '../../lib/domain/scorer/labelled-example.js';
import type { LabelledExample } from '../../lib/domain/scorer/labelled-example.schema.js';
import type { RouteScore } from '../../lib/domain/scorer/load-scorer.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { StoredTicket } from '../../lib/domain/tickets/ticket-record.js';

/**
 * The route scorer inside a replay, trained on the loop's own labels as they arrive, as the
 * deployed stack's train function does: the labelled history first, then every label a person
 * gives (the same labelled examples and evidence rows as the train use case). A version is trained
 * when there are labels enough and again whenever they have grown by a set share; each version's
 * evidence is its out-of-fold scores of the labels it trained on.
 */

interface TrainedScorer {
  version: string;
  score(text: string): RouteScore;
  /** Each training example's score by a fold model that never trained on it, by ticketId. */
  outOfFold: ReadonlyMap<string, RouteScore>;
}

interface ReplayScorer {
  train(examples: readonly LabelledExample[], trainedAt: string): TrainedScorer;
  /** Labelled history the scorer starts from; none for a cold start. */
  history: readonly LabelledExample[];
  /** Fewest labelled examples to train a first version. */
  minExamples: number;
  /** A new version once the labelled examples have grown by this share since the last one. */
  growth: number;
}

const createScorerLoop = (spec: ReplayScorer, taxonomy: Taxonomy) => {
  const teams = new Map(taxonomy.routes.map((r) => [r.id, r.team]));
  const pool = new Map(spec.history.map((e) => [e.ticketId, e]));
  let current: { trained: TrainedScorer; evidence: Observation[] } | undefined;
  let trainedOn = 0;
  let versions = 0;

  const retrain = (at: string) => {
    if (pool.size < spec.minExamples) return;
    if (current && pool.size < trainedOn * (1 + spec.growth)) return;
    const examples = [...pool.values()];
    const trained = spec.train(examples, at);
    const evidence = evidenceRows(examples, trained.outOfFold).flatMap(
      (row) => scorerEvidenceObservation(row, trained.version, (id) => teams.get(id)) ?? [],
    );
    current = { trained, evidence };
    trainedOn = pool.size;
    versions += 1;
  };

  /** Takes the route an outcome confirms for a decided ticket, if it confirms one. */
  const learn = (ticket: StoredTicket, outcome: Outcome, at: string) => {
    const confirmed = confirmedRoute(outcome, ticket);
    const example = confirmed && labelledExample(ticket, confirmed, at);
    if (example) pool.set(example.ticketId, example);
  };

  const score = (text: string): ScorerOpinion | undefined =>
    current && { version: current.trained.version, ...current.trained.score(text) };

  const evidence = (): ActiveScorerEvidence | undefined =>
    current && { version: current.trained.version, observations: current.evidence };

  return { retrain, learn, score, evidence, versions: () => versions };
};

export type { ReplayScorer, TrainedScorer };
export { createScorerLoop };
