import type { Observation } from '../../lib/domain/outcomes/observation.js';
import { observationId } from '../../lib/domain/outcomes/observation.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';

/**
 * Labelled history as first evidence. A team going live has labelled tickets from the past;
 * scored out-of-fold (by a model that never saw them), they are an honest calibration set, so
 * routes need not sit in shadow mode for weeks. They are ordinary labels (weight 1, every past
 * ticket labelled): live labels then confirm or overturn them, and they age out of the window.
 */

interface ScoredHistory {
  /** The route the model predicted: the threshold these labels calibrate. */
  predicted: string;
  /** The true route. */
  label: string;
  confidence: number;
}

const historyObservations = (
  scored: readonly ScoredHistory[],
  taxonomy: Taxonomy,
  at: string,
  source = 'history',
): Observation[] => {
  const teams = new Map(taxonomy.routes.map((r) => [r.id, r.team]));
  return scored.flatMap((s, i) => {
    const team = teams.get(s.predicted);
    if (team === undefined) return [];
    const ticketId = `${source}-${String(i).padStart(6, '0')}`;
    return [
      {
        routeId: s.predicted,
        observationId: observationId(at, ticketId, 'label'),
        ticketId,
        kind: 'label' as const,
        source: 'history' as const,
        team,
        autoResolved: false,
        score: s.confidence,
        correct: s.predicted === s.label,
        weight: 1,
        observedAt: at,
      },
    ];
  });
};

export type { ScoredHistory };
export { historyObservations };
