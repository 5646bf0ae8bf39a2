import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../../lib/domain/outcomes/observation.js';
import {
  DEFAULT_EXPLORATION,
  labelsNeeded,
  planExploration,
} from '../../../../lib/domain/route-config/exploration-plan.js';
import type { RetuneSettings, RoutePlan } from '../../../../lib/domain/thresholds/plan-route.js';
import { retuneRoutes } from '../../../../lib/use-cases/retune-routes.js';
import {
  createMemoryObservations,
  createMemoryRouteConfigs,
} from '../../../../tools/simulate/memory-repositories.js';
import { config, labels, retuneSettings, taxonomy } from '../../../support/outcome-fixtures.js';

const SETTINGS: RetuneSettings = {
  ...retuneSettings,
  maxStepDown: 1,
  cost: { ...retuneSettings.cost, wrongAutoCost: 25 },
};
const SAMPLING = { explorationRate: 0.05, auditRate: 0.02 };

const certified = (n: number, upperBound: number): RoutePlan => ({
  mode: 'auto',
  threshold: 0.9,
  reason: 'certified',
  evidence: { source: 'route', n, nEff: n, errors: 0, upperBound, coverage: 0.5, costPerTicket: 1 },
});

describe('planExploration', () => {
  const needed = labelsNeeded(SETTINGS);

  it('needs about 150 error-free labels to certify a 2% target at delta 0.05', () => {
    expect(needed).toBe(149);
  });

  it('explores little on ample, stable evidence, more near target, and most where evidence is thin', () => {
    const route = config('pay_early', { mode: 'auto' });
    const rate = (plan: RoutePlan) => planExploration(route, plan, [], SETTINGS, SAMPLING);
    expect(rate(certified(4 * needed, 0.01))).toMatchObject({ explorationRate: 0.02, basis: 'ample' });
    expect(rate(certified(4 * needed, 0.018))).toMatchObject({ explorationRate: 0.05, basis: 'near_target' });
    expect(rate(certified(4 * needed - 1, 0.01))).toMatchObject({ explorationRate: 0.1, basis: 'thin' });
    expect(rate(certified(4 * needed, 0.01)).auditRate).toBe(SAMPLING.auditRate);
  });

  it('keeps the raised rate after a trip until enough fresh labels were drawn under automation', () => {
    const since = '2026-01-01T00:00:00.000Z';
    const tripped = config('pay_early', { mode: 'shadow', explorationRate: 0.2, evidenceSince: since });
    const automated = (n: number): Observation[] =>
      labels('pay_early', n, 0.95).map((o) => ({
        ...o,
        automatable: true,
        observationId: o.observationId.replace('2026-01-01', '2026-01-05'),
      }));
    const plan = certified(10 * needed, 0.005);
    expect(planExploration(tripped, { ...plan, mode: 'shadow' }, [], SETTINGS, SAMPLING)).toMatchObject({
      explorationRate: 0.2,
      basis: 'not_automated',
    });
    expect(planExploration(tripped, plan, automated(needed - 1), SETTINGS, SAMPLING)).toMatchObject({
      explorationRate: DEFAULT_EXPLORATION.trippedRate,
      basis: 'after_trip',
    });
    expect(planExploration(tripped, plan, automated(needed), SETTINGS, SAMPLING).basis).toBe('ample');
  });
});

describe('retuneRoutes sets each route its own exploration rate', () => {
  const run = async (own: Record<string, Observation[]>) => {
    const configs = createMemoryRouteConfigs();
    const observations = createMemoryObservations();
    for (const list of Object.values(own)) for (const o of list) await observations.put(o);
    const deps = {
      taxonomy,
      configs,
      observations,
      settings: { ...SETTINGS, maxPriorStrength: 0 },
      sampling: SAMPLING,
      windowDays: 90,
      now: () => Date.parse('2026-01-10T00:00:00Z'),
    };
    const report = await retuneRoutes(deps);
    return { configs, report, deps };
  };

  it('writes a low rate for a route with ample evidence and a high one for a route with thin evidence', async () => {
    const { configs, report } = await run({
      pay_early: labels('pay_early', 2_000, 0.95),
      late_fee: labels('late_fee', 200, 0.95),
    });
    expect(await configs.get('pay_early')).toMatchObject({
      mode: 'auto',
      explorationRate: 0.02,
      auditRate: 0.02,
    });
    expect(await configs.get('late_fee')).toMatchObject({ mode: 'auto', explorationRate: 0.1 });
    const change = report.changes.find((c) => c.routeId === 'late_fee');
    expect(change?.exploration.basis).toBe('thin');
    const [audit] = await configs.history('late_fee');
    expect(audit?.stats).toMatchObject({
      exploration: { before: 0.05, explorationRate: 0.1, basis: 'thin' },
    });
  });

  it('rewrites nothing when the next retune finds the same rates', async () => {
    const { deps, configs } = await run({ pay_early: labels('pay_early', 2_000, 0.95) });
    const version = (await configs.get('pay_early'))?.version;
    const again = await retuneRoutes(deps);
    expect(again.changes.map((c) => c.routeId)).not.toContain('pay_early');
    expect((await configs.get('pay_early'))?.version).toBe(version);
  });
});
