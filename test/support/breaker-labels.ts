import type { Observation } from '../../lib/domain/outcomes/observation.js';
import { observationId } from '../../lib/domain/outcomes/observation.js';

/** The circuit breaker's labels, for its domain tests and the use case that runs it. */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const iso = (t: number) => new Date(t).toISOString();

/** A QA audit label of an auto-resolution decided at `decided`, reported a minute later. */
const audit = (
  id: string,
  decided: number,
  correct: boolean,
  extra: Partial<Observation> = {},
): Observation => ({
  routeId: 'pay_early',
  observationId: observationId(iso(decided), id, 'label'),
  ticketId: id,
  kind: 'label',
  source: 'qa',
  team: 'payments',
  autoResolved: true,
  automatable: true,
  score: 0.95,
  correct,
  weight: 10,
  observedAt: iso(decided + 60_000),
  ...extra,
});

export { audit, DAY, HOUR, iso, T0 };
