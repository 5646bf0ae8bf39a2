import type { ActiveScorerRepository, ScorerEvidenceSource, ScorerStore } from '../ports.js';
import type { ScorerEvidenceRow } from '../scorer/scorer-evidence.schema.js';
import type { Observation } from './observation.js';
import { observationId } from './observation.js';

/**
 * A route scorer version's evidence: each label it trained on, scored out of fold (by a fold model
 * that never saw the label), as the label observation the retune certifies that version on. The
 * row's certified score follows the policy: the scorer's probability when the LLM named the same
 * route, else 0 (such a ticket goes to a person, so no threshold counts it). A label that says the
 * ticket needed a person is an error of the route, as it is live.
 */

const scorerEvidenceObservation = (
  row: ScorerEvidenceRow,
  version: string,
  teamOf: (routeId: string) => string | undefined,
): Observation | undefined => {
  const team = teamOf(row.scorerRoute);
  if (team === undefined) return undefined;
  return {
    routeId: row.scorerRoute,
    observationId: observationId(row.decidedAt, row.ticketId, 'label'),
    ticketId: row.ticketId,
    kind: 'label',
    // The label's own source: a live label stays live, so the history check can still test the
    // backfilled history against it, and a retrain cannot launder drifted labels into history.
    source: row.source,
    team,
    autoResolved: false,
    score: row.llmRoute === row.scorerRoute ? row.probability : 0,
    scorerVersion: version,
    correct: row.neededPerson !== true && row.scorerRoute === row.route,
    weight: row.weight,
    automatable: false,
    observedAt: row.decidedAt,
  };
};

/**
 * The retune's view of the active scorer: its version and its evidence as label observations.
 * A pointer to a version whose evidence cannot be read is an error, not an empty evidence: the
 * retune fails and keeps every config as it is, rather than demote every route for want of it.
 */
const createScorerEvidenceSource = (
  active: Pick<ActiveScorerRepository, 'get'>,
  scorers: Pick<ScorerStore, 'getEvidence'>,
  teamOf: (routeId: string) => string | undefined,
): ScorerEvidenceSource => ({
  active: async () => {
    const pointer = await active.get();
    if (!pointer) return undefined;
    const rows = await scorers.getEvidence(pointer.version);
    if (!rows) throw new Error(`scorer ${pointer.version} is active but its evidence is missing`);
    const observations = rows.flatMap((row) => scorerEvidenceObservation(row, pointer.version, teamOf) ?? []);
    return { version: pointer.version, observations };
  },
});

export { createScorerEvidenceSource, scorerEvidenceObservation };
