import { describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import { planRoute } from '../../lib/domain/thresholds/plan-route.js';
import { config, label, labels, retuneSettings, taxonomy } from '../feedback/fixtures.js';

const settings = retuneSettings;
const route = (id: string) => taxonomy.routes.find((r) => r.id === id)!;
const none = { own: [], team: [], global: [] };

/** n labels with scores spread evenly over [low, 0.99], `errors` of them wrong (the lowest scores). */
const spread = (routeId: string, n: number, low: number, errors = 0, offset = 0): Observation[] =>
  Array.from({ length: n }, (_, i) =>
    label(routeId, low + ((0.99 - low) * i) / (n - 1), i >= errors, offset + i),
  );

/** A good team: three other routes, each with `n` clean labels at 0.95. */
const goodTeam = (n: number) =>
  ['r1', 'r2', 'r3'].flatMap((id, k) => labels(id, n, 0.95, 0, 10_000 * (k + 1)));

describe('planRoute', () => {
  it('keeps a route with no own labels in shadow mode, however good its pool', () => {
    expect(planRoute(route('pay_early'), config('pay_early'), none, settings)).toMatchObject({
      mode: 'shadow',
      reason: 'no_own_labels',
    });
    const team = goodTeam(5_000);
    expect(
      planRoute(route('pay_early'), config('pay_early'), { own: [], team, global: team }, settings).mode,
    ).toBe('shadow');
  });

  it('certifies a route whose own labels alone bound its error under target', () => {
    const own = labels('pay_early', 200, 0.95);
    const plan = planRoute(
      route('pay_early'),
      config('pay_early'),
      { own, team: own, global: own },
      settings,
    );
    expect(plan).toMatchObject({ mode: 'auto', evidence: { source: 'route', n: 200, errors: 0 } });
    expect(plan.evidence?.upperBound).toBeLessThanOrEqual(0.02);
  });

  it('does not certify 148 clean labels of its own with no pool, one short of the 2% bound at 95%', () => {
    const own = labels('pay_early', 148, 0.95);
    expect(
      planRoute(route('pay_early'), config('pay_early'), { own, team: own, global: own }, settings).mode,
    ).toBe('shadow');
  });

  it('lets a route with a few own labels borrow from a good team, and records its own counts and the prior', () => {
    const own = labels('pay_early', 40, 0.95);
    const team = [...own, ...goodTeam(300)];
    const plan = planRoute(route('pay_early'), config('pay_early'), { own, team, global: team }, settings);
    expect(plan).toMatchObject({ mode: 'auto', evidence: { source: 'team', n: 40, errors: 0 } });
    expect(plan.evidence?.prior?.beta).toBeGreaterThan(0);
  });

  it('never certifies a bad route hiding in a good pool', () => {
    for (const errors of [3, 6, 12]) {
      const own = labels('pay_early', 60, 0.95, errors);
      const team = [...own, ...goodTeam(2_000)];
      const plan = planRoute(route('pay_early'), config('pay_early'), { own, team, global: team }, settings);
      expect(plan.mode).toBe('shadow');
    }
  });

  it('starts the test sequence where the own labels could certify, not at the top of the grid', () => {
    // Every label sits at 0.7: thresholds above it have no labels, and must be skipped, not failed.
    const own = labels('pay_early', 300, 0.7);
    const plan = planRoute(
      route('pay_early'),
      config('pay_early', { threshold: 0.75 }),
      { own, team: own, global: own },
      settings,
    );
    expect(plan).toMatchObject({ mode: 'auto', threshold: 0.7, evidence: { n: 300 } });
  });

  it('lowers a threshold by at most the maximum step, only to a threshold it tested, with that threshold’s evidence', () => {
    const own = spread('pay_early', 2_000, 0.6);
    const plan = planRoute(
      route('pay_early'),
      config('pay_early', { mode: 'auto', threshold: 0.9 }),
      { own, team: own, global: own },
      settings,
    );
    expect(plan.threshold).toBeCloseTo(0.8, 10);
    expect(plan.reason).toBe('certified_step_limited');
    expect(plan.evidence?.n).toBe(own.filter((o) => (o.score ?? 0) >= 0.8).length);
  });

  it('never automates a human-only route, whatever the evidence', () => {
    const own = labels('dispute', 1000, 0.99);
    expect(
      planRoute(route('dispute'), config('dispute'), { own, team: own, global: own }, settings).mode,
    ).toBe('human');
  });

  it('obeys operator pins over the evidence', () => {
    const own = labels('pay_early', 400, 0.99);
    const evidence = { own, team: own, global: own };
    const human = config('pay_early', { pin: { kind: 'human', by: 'ops', reason: 'new policy' } });
    expect(planRoute(route('pay_early'), human, evidence, settings)).toMatchObject({
      mode: 'human',
      reason: 'pinned_human',
    });
    const fixed = config('pay_early', {
      pin: { kind: 'threshold', threshold: 0.97, by: 'ops', reason: 'cautious' },
    });
    expect(planRoute(route('pay_early'), fixed, none, settings)).toMatchObject({
      mode: 'auto',
      threshold: 0.97,
    });
  });
});
