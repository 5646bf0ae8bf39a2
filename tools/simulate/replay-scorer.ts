import type { ScorerOpinion } from '../../lib/domain/classification/second-opinion.js';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import type { Outcome } from '../../lib/domain/outcomes/outcome.schema.js';
import type { OutOfFoldScore } from '../../lib/domain/outcomes/scorer-evidence.js';
import { scorerEvidenceObservation } from '../../lib/domain/outcomes/scorer-evidence.js';
import type { ActiveScorerEvidence } from '../../lib/domain/ports.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { StoredTicket } from '../../lib/domain/tickets/ticket-record.js';

/**
 * The route scorer inside a replay, trained on the loop's own labels as they arrive, as the
 * deployed stack's train function does: the labelled history first, then every label a person
 * gives. A version is trained when there are labels enough and again whenever they have grown by
 * a set share; each version's evidence is its out-of-fold scores of the labels it trained on.
 */

interface ScorerExample {
  ticketId: string;
  text: string;
  /** The route a person confirmed (or `out_of_scope`). */
  route: string;
  /** The LLM's route for the ticket. */
  llmRoute?: string;
  neededPerson?: boolean;
  decidedAt: string;
}

interface TrainedScorer {
  version: string;
  score(text: string): { route: string; probability: number };
  /** Each training example's score by a fold model that never trained on it, by ticketId. */
  outOfFold: ReadonlyMap<string, { route: string; probability: number }>;
}

interface ReplayScorer {
  train(examples: readonly ScorerExample[], trainedAt: string): TrainedScorer;
  /** Labelled history the scorer starts from; none for a cold start. */
  history: readonly ScorerExample[];
  /** Fewest labelled examples to train a first version. */
  minExamples: number;
  /** A new version once the labelled examples have grown by this share since the last one. */
  growth: number;
}

/** The route a person's outcome confirms for a ticket, if any: what the scorer learns. */
const labelOf = (
  outcome: Outcome,
  ticket: StoredTicket,
): { route: string; neededPerson?: boolean } | undefined => {
  if (outcome.type === 'human_resolution')
    return { route: outcome.finalRoute, ...(outcome.neededPerson ? { neededPerson: true } : {}) };
  if (outcome.type !== 'qa_verdict') return undefined;
  const route = outcome.correctRoute ?? (outcome.correct ? ticket.routeId : undefined);
  return route === undefined ? undefined : { route };
};

const outOfFoldRows = (examples: readonly ScorerExample[], trained: TrainedScorer): OutOfFoldScore[] =>
  examples.flatMap((e) => {
    const score = trained.outOfFold.get(e.ticketId);
    if (!score) return [];
    return [
      {
        ticketId: e.ticketId,
        route: e.route,
        scorerRoute: score.route,
        probability: score.probability,
        ...(e.llmRoute === undefined ? {} : { llmRoute: e.llmRoute }),
        ...(e.neededPerson ? { neededPerson: true } : {}),
        decidedAt: e.decidedAt,
      },
    ];
  });

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
    const evidence = outOfFoldRows(examples, trained).flatMap(
      (row) => scorerEvidenceObservation(row, trained.version, (id) => teams.get(id)) ?? [],
    );
    current = { trained, evidence };
    trainedOn = pool.size;
    versions += 1;
  };

  const learn = (ticket: StoredTicket, label: { route: string; neededPerson?: boolean }) => {
    const llmRoute = ticket.llm?.route ?? ticket.classification?.route;
    pool.set(ticket.ticketId, {
      ticketId: ticket.ticketId,
      text: ticket.redactedText ?? '',
      ...label,
      ...(llmRoute === undefined ? {} : { llmRoute }),
      decidedAt: ticket.decidedAt ?? new Date(0).toISOString(),
    });
  };

  const score = (text: string): ScorerOpinion | undefined =>
    current && { version: current.trained.version, ...current.trained.score(text) };

  const evidence = (): ActiveScorerEvidence | undefined =>
    current && { version: current.trained.version, observations: current.evidence };

  return { retrain, learn, score, evidence, versions: () => versions };
};

export type { ReplayScorer, ScorerExample, TrainedScorer };
export { createScorerLoop, labelOf };
