import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../lib/domain/outcomes/observation.js';
import { createScorerEvidenceSource } from '../../../lib/domain/outcomes/scorer-evidence.js';
import { VersionConflictError } from '../../../lib/domain/ports.js';
import type { RouteConfig } from '../../../lib/domain/route-config/route-config.schema.js';
import { retuneRoutes } from '../../../lib/use-cases/retune-routes.js';
import {
  createMemoryObservations,
  createMemoryRouteConfigs,
} from '../../../tools/simulate/memory-repositories.js';
import { config, label, retuneSettings, taxonomy } from '../../support/outcome-fixtures.js';

/**
 * The retune use case over in-memory repositories: what it writes, what a dry run leaves alone,
 * version conflicts, and what it reads as a route's own evidence after a circuit-breaker trip (only
 * labels of tickets seen since, never history scored since: a backfill of old tickets says nothing
 * about the route's behaviour now).
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

const depsWith = async (own: Observation[], configs = createMemoryRouteConfigs()) => {
  const observations = createMemoryObservations();
  for (const o of own) await observations.put(o);
  return {
    taxonomy,
    configs,
    observations,
    settings,
    sampling: { explorationRate: 0.05, auditRate: 0.02 },
    windowDays: 90,
    now: () => NOW,
  };
};

/** A retune of routes whose pay_early tripped at TRIP; returns pay_early's plan. */
const retuneWith = async (own: Observation[]) => {
  const configs = createMemoryRouteConfigs();
  await configs.save(config('pay_early', { evidenceSince: TRIP, explorationRate: 0.2, version: 1 }));
  const report = await retuneRoutes(await depsWith(own, configs));
  return report.plans.find((p) => p.routeId === 'pay_early')?.plan;
};

describe('a route after a circuit-breaker trip', () => {
  it('is not re-certified by history backfilled after the trip', async () => {
    const plan = await retuneWith(sinceTrip('pay_early', 800, 'history', 0));
    expect(plan?.mode).toBe('shadow');
  });

  it('is re-certified by as many fresh live labels', async () => {
    const plan = await retuneWith(sinceTrip('pay_early', 800, 'human', 0));
    expect(plan?.mode).toBe('auto');
  });
});

describe('retuneRoutes', () => {
  it('writes a certified route once, with its audit record, and nothing when nothing changed', async () => {
    const deps = await depsWith(sinceTrip('pay_early', 800, 'human', 0));
    const first = await retuneRoutes(deps);
    expect(first.changes.map((c) => [c.routeId, c.after.mode, c.after.version])).toContainEqual([
      'pay_early',
      'auto',
      1,
    ]);
    const stored = await deps.configs.get('pay_early');
    expect(stored).toMatchObject({ mode: 'auto', version: 1, updatedBy: 'retune' });
    expect(deps.configs.audits.filter((a) => a.routeId === 'pay_early')).toHaveLength(1);
    const again = await retuneRoutes(deps);
    expect(again.changes.map((c) => c.routeId)).not.toContain('pay_early');
    expect((await deps.configs.get('pay_early'))?.version).toBe(1);
  });

  it("reports a dry run's changes and writes nothing", async () => {
    const deps = await depsWith(sinceTrip('pay_early', 800, 'human', 0));
    const report = await retuneRoutes(deps, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.changes.find((c) => c.routeId === 'pay_early')?.after.mode).toBe('auto');
    expect(await deps.configs.list()).toEqual([]);
    expect(deps.configs.audits).toEqual([]);
  });

  it('re-reads and re-plans a route whose config changed under it, and gives up after a second conflict', async () => {
    const once = createMemoryRouteConfigs();
    let conflicts = 1;
    const save = once.save;
    once.save = async (next) => {
      if (next.routeId === 'pay_early' && conflicts-- > 0) throw new VersionConflictError('changed');
      return save(next);
    };
    const deps = await depsWith(sinceTrip('pay_early', 800, 'human', 0), once);
    const report = await retuneRoutes(deps);
    expect(report.conflicts).toEqual([]);
    expect((await deps.configs.get('pay_early'))?.mode).toBe('auto');

    const always = createMemoryRouteConfigs();
    always.save = async (next) => {
      if (next.routeId === 'pay_early') throw new VersionConflictError('changed');
    };
    const stuck = await retuneRoutes(await depsWith(sinceTrip('pay_early', 800, 'human', 0), always));
    expect(stuck.conflicts).toEqual(['pay_early']);
    expect(stuck.changes.map((c) => c.routeId)).not.toContain('pay_early');
  });

  it.each([
    ['mode', { mode: 'shadow' }],
    ['threshold', { threshold: 0.97 }],
    ['exploration rate', { explorationRate: 0.2 }],
    ['audit rate', { auditRate: 0.5 }],
    ['evidence source', { evidence: undefined }],
  ] as const)('writes the plan again when the stored %s differs from it', async (_field, over) => {
    const deps = await depsWith(sinceTrip('pay_early', 800, 'human', 0));
    await retuneRoutes(deps);
    const planned = (await deps.configs.get('pay_early')) as RouteConfig;
    await deps.configs.save({ ...planned, ...over, version: planned.version + 1 });
    const report = await retuneRoutes(deps);
    expect(report.changes.map((c) => c.routeId)).toContain('pay_early');
    const after = await deps.configs.get('pay_early');
    expect(after).toMatchObject({
      mode: planned.mode,
      threshold: planned.threshold,
      explorationRate: planned.explorationRate,
      auditRate: planned.auditRate,
      evidence: planned.evidence,
      version: planned.version + 2,
    });
  });

  it('counts history again once the trip has left the window', async () => {
    const configs = createMemoryRouteConfigs();
    await configs.save(config('pay_early', { evidenceSince: '2025-10-01T00:00:00.000Z', version: 1 }));
    const report = await retuneRoutes(await depsWith(sinceTrip('pay_early', 800, 'history', 0), configs));
    expect(report.plans.find((p) => p.routeId === 'pay_early')?.plan.mode).toBe('auto');
  });

  it('counts history as first evidence of a route that never tripped', async () => {
    const report = await retuneRoutes(await depsWith(sinceTrip('pay_early', 800, 'history', 0)));
    expect(report.plans.find((p) => p.routeId === 'pay_early')?.plan.mode).toBe('auto');
  });
});

describe('a route whose live labels refute its history', () => {
  /** n live labels at `score` on 2026-03-05, every other one wrong when `drifted`. */
  const live = (n: number, score: number, drifted: boolean, offset: number) =>
    sinceTrip('pay_early', n, 'human', offset).map((o, i) => ({
      ...o,
      score,
      correct: !(drifted && i % 2 === 0),
    }));

  const plan = async (own: Observation[]) =>
    (await retuneRoutes(await depsWith(own))).plans.find((p) => p.routeId === 'pay_early');

  it('is planned from its live labels alone, and falls back to people', async () => {
    // 2,000 clean history labels certify it; then half of 30 confident live tickets are wrong.
    // Pooled with the history, 15 errors in 2,030 would still certify it.
    const history = sinceTrip('pay_early', 2_000, 'history', 0);
    const before = await plan(history);
    expect(before).toMatchObject({ history: 'kept', plan: { mode: 'auto' } });
    const after = await plan([...history, ...live(30, 0.95, true, 10_000)]);
    expect(after?.history).toBe('refuted');
    expect(after?.plan).toMatchObject({ mode: 'shadow', reason: 'insufficient_evidence' });
  });

  it('keeps its history while live labels agree with it', async () => {
    const own = [...sinceTrip('pay_early', 800, 'history', 0), ...live(40, 0.95, false, 1_000)];
    expect(await plan(own)).toMatchObject({ history: 'kept', plan: { mode: 'auto' } });
  });

  it('reports a route without history as such', async () => {
    expect((await plan(live(300, 0.95, false, 0)))?.history).toBe('none');
  });

  it('retires history band by band as live labels arrive in the same band, and not for feedback', async () => {
    const history = sinceTrip('pay_early', 800, 'history', 0);
    // 800 live labels at 0.5, half of them wrong, below every threshold it runs at: they retire
    // the history's low band only (there is none), so the history at 0.95 still certifies it.
    const below = live(800, 0.5, true, 10_000);
    expect(await plan([...history, ...below])).toMatchObject({ history: 'kept', plan: { mode: 'auto' } });
    // 780 clean live labels at 0.95 leave 20 history labels there; with 20 wrong live ones the
    // route is judged on what it does now.
    const same = [
      ...live(780, 0.95, false, 20_000),
      ...live(40, 0.95, true, 30_000).filter((o) => !o.correct),
    ];
    const report = await plan([...history, ...same]);
    expect(report?.plan.mode).toBe('shadow');
    // Customer feedback is no label: it retires nothing.
    const feedback = live(800, 0.95, false, 40_000).map((o) => ({
      ...o,
      kind: 'feedback' as const,
      correct: undefined,
    }));
    expect(await plan([...history, ...feedback])).toMatchObject({ history: 'kept', plan: { mode: 'auto' } });
  });
});

describe('retuneRoutes with a route scorer', () => {
  const outOfFold = (n: number) =>
    sinceTrip('pay_early', n, 'history', 10_000).map((o) => ({ ...o, scorerVersion: 'v1' }));
  const scorer = (observations: Observation[], version = 'v1') => ({
    active: async () => ({ version, observations }),
  });

  it('certifies nothing before a first scorer is trained, however many model-scored labels there are', async () => {
    const deps = await depsWith(sinceTrip('pay_early', 800, 'human', 0));
    const report = await retuneRoutes({ ...deps, scorer: { active: async () => undefined } });
    expect(report.plans.find((p) => p.routeId === 'pay_early')?.plan.mode).toBe('shadow');
  });

  it("certifies a route on the active version's out-of-fold evidence and says which version", async () => {
    const deps = await depsWith([]);
    const report = await retuneRoutes({ ...deps, scorer: scorer(outOfFold(800)) });
    expect(report.plans.find((p) => p.routeId === 'pay_early')?.plan.mode).toBe('auto');
    expect(await deps.configs.get('pay_early')).toMatchObject({ mode: 'auto', scorerVersion: 'v1' });
  });

  it("certifies a route on its own out-of-fold labels only, never on another route's", async () => {
    const deps = await depsWith([]);
    const report = await retuneRoutes({ ...deps, scorer: scorer(outOfFold(800)) });
    expect(report.plans.find((p) => p.routeId === 'late_fee')?.plan.mode).toBe('shadow');
  });

  it('counts no out-of-fold label older than the window', async () => {
    const old = outOfFold(800).map((o) => ({
      ...o,
      observationId: o.observationId.replace('2026-03-05', '2025-10-01'),
      observedAt: '2025-10-01T00:00:00.000Z',
    }));
    const deps = await depsWith([]);
    const report = await retuneRoutes({ ...deps, scorer: scorer(old) });
    expect(report.plans.find((p) => p.routeId === 'pay_early')?.plan.mode).toBe('shadow');
  });

  it('counts only the live labels the active version scored', async () => {
    const otherVersion = sinceTrip('pay_early', 800, 'human', 0).map((o) => ({ ...o, scorerVersion: 'v0' }));
    const modelScored = sinceTrip('pay_early', 800, 'human', 1000);
    const deps = await depsWith([...otherVersion, ...modelScored]);
    const report = await retuneRoutes({ ...deps, scorer: scorer([]) });
    expect(report.plans.find((p) => p.routeId === 'pay_early')?.plan.mode).toBe('shadow');
    const same = await depsWith(
      sinceTrip('pay_early', 800, 'human', 0).map((o) => ({ ...o, scorerVersion: 'v1' })),
    );
    const certified = await retuneRoutes({ ...same, scorer: scorer([]) });
    expect(certified.plans.find((p) => p.routeId === 'pay_early')?.plan.mode).toBe('auto');
  });

  it('rewrites a config certified on the previous version even when its threshold stays', async () => {
    const deps = await depsWith([]);
    await retuneRoutes({ ...deps, scorer: scorer(outOfFold(800), 'v1') });
    const before = await deps.configs.get('pay_early');
    const next = outOfFold(800).map((o) => ({ ...o, scorerVersion: 'v2' }));
    const report = await retuneRoutes({ ...deps, scorer: scorer(next, 'v2') });
    expect(report.changes.map((c) => c.routeId)).toContain('pay_early');
    expect(await deps.configs.get('pay_early')).toMatchObject({
      scorerVersion: 'v2',
      threshold: before?.threshold,
    });
  });
});

describe('retuneRoutes with a retrained scorer whose evidence holds live labels', () => {
  it('still refutes the history with the live labels a retrain scored out of fold', async () => {
    const row = (i: number, source: 'history' | 'human', right: boolean) => ({
      ticketId: `${source}-${i}`,
      route: right ? 'pay_early' : 'late_fee',
      scorerRoute: 'pay_early',
      probability: 0.95,
      llmRoute: 'pay_early',
      source,
      weight: 1,
      decidedAt: '2026-03-05T00:00:00.000Z',
    });
    // 800 clean backfilled labels, then 150 live ones after a drift, a third of them wrong.
    const rows = [
      ...Array.from({ length: 800 }, (_, i) => row(i, 'history', true)),
      ...Array.from({ length: 150 }, (_, i) => row(i, 'human', i % 3 !== 0)),
    ];
    const pointer = {
      version: 'v2',
      trainedAt: '2026-03-06T00:00:00.000Z',
      examples: 950,
      routes: 2,
      activatedAt: '2026-03-06T00:00:00.000Z',
    };
    const teams = new Map(taxonomy.routes.map((r) => [r.id, r.team]));
    const scorer = createScorerEvidenceSource(
      { get: async () => pointer },
      { getEvidence: async () => rows },
      (id) => teams.get(id),
    );
    const report = await retuneRoutes({ ...(await depsWith([])), scorer });
    const plan = report.plans.find((p) => p.routeId === 'pay_early');
    expect(plan?.history).toBe('refuted');
    expect(plan?.plan.mode).toBe('shadow');
  });
});
