import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../../lib/domain/outcomes/observation.js';
import { planRoutes } from '../../../../lib/domain/thresholds/plan-route.js';
import { config, label, retuneSettings, taxonomy } from '../../../support/outcome-fixtures.js';

/** Every route's plan, from both levels of the guarantee. */

/** n labels of a route at `score`, the first `errors` wrong, with ticket ids unique to the route. */
const labels = (routeId: string, n: number, score: number, errors = 0): Observation[] =>
  Array.from({ length: n }, (_, i) => label(routeId, score, i >= errors, i, { ticketId: `${routeId}-${i}` }));

const inputs = (own: Record<string, Observation[]>) =>
  taxonomy.routes.map((r) => ({ route: r, current: config(r.id), own: own[r.id] ?? [] }));

describe('planRoutes', () => {
  it('keeps a route with no own labels in shadow mode, however good the others are', () => {
    const { plans } = planRoutes(inputs({ late_fee: labels('late_fee', 2_000, 0.97) }), retuneSettings);
    expect(plans.get('pay_early')).toMatchObject({ mode: 'shadow', reason: 'no_own_labels' });
  });

  it('automates routes whose own labels certify their cap and whose stream certifies the target, with both bounds as evidence', () => {
    const { plans, stream } = planRoutes(
      inputs({ pay_early: labels('pay_early', 400, 0.97), late_fee: labels('late_fee', 400, 0.97) }),
      retuneSettings,
    );
    expect(stream.chosen?.certified).toBe(true);
    const plan = plans.get('pay_early')!;
    expect(plan).toMatchObject({
      mode: 'auto',
      reason: 'certified',
      evidence: { source: 'route', n: 400, errors: 0, cap: 0.05, stream: { target: 0.02 } },
    });
    expect(plan.evidence!.upperBound).toBeLessThanOrEqual(0.05);
    expect(plan.evidence!.stream!.upperBound).toBeLessThanOrEqual(0.02);
  });

  it('never automates a bad route hiding among good ones', () => {
    for (const errors of [30, 60]) {
      const { plans } = planRoutes(
        inputs({
          pay_early: labels('pay_early', 500, 0.97, errors),
          late_fee: labels('late_fee', 2_000, 0.97),
          login_help: labels('login_help', 2_000, 0.97),
        }),
        retuneSettings,
      );
      expect(plans.get('pay_early')?.mode).toBe('shadow');
      expect(plans.get('late_fee')?.mode).toBe('auto');
    }
  });

  it('leaves a route that certifies its cap alone in shadow when the stream cannot be certified', () => {
    // 58 clean labels fall one short of a 5% cap; 100 clean labels certify the cap, but alone they
    // cannot bound the stream's error under 2%.
    const { plans, stream } = planRoutes(
      inputs({ pay_early: labels('pay_early', 100, 0.97) }),
      retuneSettings,
    );
    expect(stream.chosen).toBeUndefined();
    expect(plans.get('pay_early')).toMatchObject({ mode: 'shadow', reason: 'stream_not_certified' });
  });

  it('lets human-only routes and operator pins decide alone', () => {
    const pinned = taxonomy.routes.map((r) => ({
      route: r,
      current: config(r.id, {
        pin: { kind: 'threshold' as const, threshold: 0.8, by: 'ops', reason: 'test' },
      }),
      own: [],
    }));
    const { plans } = planRoutes(pinned, retuneSettings);
    expect(plans.get('pay_early')).toMatchObject({
      mode: 'auto',
      threshold: 0.8,
      reason: 'pinned_threshold',
    });
    const human = taxonomy.routes.find((r) => r.policy === 'human');
    if (human) expect(plans.get(human.id)?.mode).toBe('human');
  });
});
