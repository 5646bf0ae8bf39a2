import type { LabelledExample } from './labelled-example.schema.js';
import type { RouteScore } from './load-scorer.js';
import type { ScorerEvidence } from './scorer-evidence.schema.js';

/**
 * A scorer version's evidence: one row per labelled example, its label and how it was labelled
 * beside its out-of-fold score. Every example must have its score: a missing one would leave a
 * label out of the evidence unseen.
 */
const evidenceRows = (
  examples: readonly LabelledExample[],
  scores: ReadonlyMap<string, RouteScore>,
): ScorerEvidence =>
  examples.map((e) => {
    const score = scores.get(e.ticketId);
    if (!score) throw new Error(`cross-fit returned no score for ticket ${e.ticketId}`);
    return {
      ticketId: e.ticketId,
      route: e.route,
      scorerRoute: score.route,
      probability: score.probability,
      ...(e.llmRoute ? { llmRoute: e.llmRoute } : {}),
      ...(e.neededPerson ? { neededPerson: true } : {}),
      weight: e.weight,
      source: e.source,
      decidedAt: e.decidedAt,
    };
  });

export { evidenceRows };
