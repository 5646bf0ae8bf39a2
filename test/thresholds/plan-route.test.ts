import { describe, expect, it } from 'vitest';
import type { RetuneSettings } from '../../lib/domain/thresholds/plan-route.js';
import { planRoute } from '../../lib/domain/thresholds/plan-route.js';
import { config, labels, taxonomy } from '../feedback/fixtures.js';

const settings: RetuneSettings = {
  targetError: 0.02,
  delta: 0.05,
  minSamples: 30,
  maxStepDown: 0.1,
  cost: { llmCostPerTicket: 0.001, humanCostPerTicket: 4, wrongAutoCost: 25 },
};
const route = (id: string) => taxonomy.routes.find((r) => r.id === id)!;
const none = { own: [], team: [], global: [] };

describe('planRoute', () => {
  it('keeps a route without evidence in shadow mode', () => {
    expect(planRoute(route('pay_early'), config('pay_early'), none, settings)).toMatchObject({
      mode: 'shadow',
      reason: 'insufficient_evidence',
    });
  });

  it('certifies a route whose own labels bound its error under target', () => {
    const own = labels('pay_early', 200, 0.95);
    const plan = planRoute(
      route('pay_early'),
      config('pay_early'),
      { own, team: own, global: own },
      settings,
    );
    expect(plan).toMatchObject({ mode: 'auto', evidence: { source: 'route' } });
    expect(plan.evidence?.upperBound).toBeLessThanOrEqual(0.02);
  });

  it('does not certify 148 clean labels, one short of the 2% bound at 95%', () => {
    const own = labels('pay_early', 148, 0.95);
    expect(
      planRoute(route('pay_early'), config('pay_early'), { own, team: own, global: own }, settings).mode,
    ).toBe('shadow');
  });

  it('lets a small route borrow its team’s pooled evidence, and says so', () => {
    const own = labels('pay_early', 20, 0.95);
    const team = [...own, ...labels('late_fee', 300, 0.95, 0, 100)];
    const plan = planRoute(route('pay_early'), config('pay_early'), { own, team, global: team }, settings);
    expect(plan).toMatchObject({ mode: 'auto', evidence: { source: 'team' } });
  });

  it('refuses pooled evidence that the route’s own labels refute', () => {
    const own = labels('pay_early', 40, 0.95, 10);
    const team = [...own, ...labels('late_fee', 2000, 0.95, 0, 100)];
    const plan = planRoute(route('pay_early'), config('pay_early'), { own, team, global: team }, settings);
    expect(plan.mode).toBe('shadow');
  });

  it('lowers a threshold by at most the maximum step per run', () => {
    const own = labels('pay_early', 400, 0.6);
    const plan = planRoute(
      route('pay_early'),
      config('pay_early', { mode: 'auto', threshold: 0.9 }),
      { own, team: own, global: own },
      settings,
    );
    expect(plan.threshold).toBeCloseTo(0.8, 10);
    expect(plan.reason).toBe('certified_route_step_limited');
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
