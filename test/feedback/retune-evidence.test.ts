import { describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import { retuneRoutes } from '../../lib/use-cases/retune-routes.js';
import {
  createMemoryObservations,
  createMemoryRouteConfigs,
} from '../../tools/simulate/memory-repositories.js';
import { config, label, retuneSettings, taxonomy } from './fixtures.js';

/**
 * What the retune reads as a route's own evidence after a circuit-breaker trip: only labels of
 * tickets seen since, never history scored since (a backfill of old tickets says nothing about
 * the route's behaviour now).
 */

const settings = retuneSettings;
const NOW = Date.parse('2026-03-10T00:00:00Z');
const TRIP = '2026-03-01T00:00:00.000Z';

/** n clean labels of a route at 0.95, observed on 2026-03-05 (after the trip). */
const sinceTrip = (routeId: string, n: number, source: Observation['source'], offset: number) =>
  Array.from({ length: n }, (_, i) => {
    const ticketId = `${source}-${offset + i}`;
    return label(routeId, 0.95, true, offset + i, {
      ticketId,
      observationId: `2026-03-05T00:00:00.000Z#${ticketId}#label`,
      observedAt: '2026-03-05T00:00:00.000Z',
      source,
    });
  });

const retuneWith = async (own: Observation[]) => {
  const configs = createMemoryRouteConfigs();
  await configs.save(config('pay_early', { evidenceSince: TRIP, explorationRate: 0.2, version: 1 }));
  const observations = createMemoryObservations();
  for (const o of own) await observations.put(o);
  const report = await retuneRoutes({
    taxonomy,
    configs,
    observations,
    settings,
    sampling: { explorationRate: 0.05, auditRate: 0.02 },
    windowDays: 90,
    now: () => NOW,
  });
  return report.plans.find((p) => p.routeId === 'pay_early')?.plan;
};

describe('a route after a circuit-breaker trip', () => {
  it('is not re-certified by history backfilled after the trip', async () => {
    const plan = await retuneWith(sinceTrip('pay_early', 300, 'history', 0));
    expect(plan?.mode).toBe('shadow');
  });

  it('is re-certified by as many fresh live labels', async () => {
    const plan = await retuneWith(sinceTrip('pay_early', 300, 'human', 0));
    expect(plan?.mode).toBe('auto');
  });
});
