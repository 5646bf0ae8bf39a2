import { describe, expect, it } from 'vitest';
import type { LttResult } from '../../../../lib/domain/thresholds/learn-then-test.js';
import type { StreamRoute, WeightedLabel } from '../../../../lib/domain/thresholds/plan-stream.js';
import { planStream } from '../../../../lib/domain/thresholds/plan-stream.js';
import { ROUTE_GRID, testRouteThresholds } from '../../../../lib/domain/thresholds/route-test.js';

/** The stream level: which route-certified thresholds run together at the target. */

const settings = {
  targetError: 0.02,
  routeCap: 0.05,
  delta: 0.05,
  cost: { llmCostPerTicket: 0.001, humanCostPerTicket: 4, wrongAutoCost: 200 },
  floors: ROUTE_GRID,
};

/** n labels at `score`, alternating folds, the first `errors` of each fold wrong. */
const labelsAt = (score: number, n: number, errors = 0): WeightedLabel[] =>
  Array.from({ length: n }, (_, i) => ({
    score,
    correct: Math.floor(i / 2) >= errors,
    weight: 1,
    screen: i % 2 === 0,
  }));

const route = (routeId: string, labels: WeightedLabel[], stepFloor = 0): StreamRoute => ({
  routeId,
  labels,
  test: testRouteThresholds(labels, { cap: 0.05, delta: 0.05, minOwnLabels: 30 }) as LttResult,
  stepFloor,
  minLabels: 59,
});

describe('planStream', () => {
  it('runs clean routes together once their testing labels bound the stream under the target', () => {
    const routes = ['a', 'b', 'c', 'd'].map((id) => route(id, labelsAt(0.97, 300)));
    const plan = planStream(routes, settings);
    expect(plan.chosen).toMatchObject({ certified: true });
    expect(plan.chosen!.upperBound).toBeLessThanOrEqual(0.02);
    expect([...plan.thresholds.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(plan.thresholds.get('a')).toBe(0.97);
  });

  it('runs nothing when each route passes its cap but together they err above the target', () => {
    // 3% on every route: under each route's 5% cap once there are enough labels, over the 2% target.
    const routes = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => route(id, labelsAt(0.97, 1_000, 15)));
    expect(routes.every((r) => r.test.certified.length > 0)).toBe(true);
    const plan = planStream(routes, settings);
    expect(plan.chosen).toBeUndefined();
    expect(plan.thresholds.size).toBe(0);
  });

  it('keeps a route the screening fold shows erring out of the stream, so its errors do not count', () => {
    const clean = ['a', 'b', 'c'].map((id) => route(id, labelsAt(0.97, 300)));
    const bad = route('bad', labelsAt(0.97, 300, 20));
    const plan = planStream([...clean, bad], settings);
    expect(plan.chosen?.certified).toBe(true);
    expect(plan.thresholds.has('bad')).toBe(false);
  });

  it('never runs a route below its own certified thresholds, nor one its labels do not certify', () => {
    const thin = route('thin', labelsAt(0.97, 40));
    const routes = [...['a', 'b', 'c'].map((id) => route(id, labelsAt(0.97, 300))), thin];
    const plan = planStream(routes, settings);
    expect(thin.test.certified).toEqual([]);
    expect(plan.thresholds.has('thin')).toBe(false);
  });

  it('keeps a lowered threshold within the step floor when one it allows is certified', () => {
    const labels = [...labelsAt(0.99, 200), ...labelsAt(0.8, 400)];
    const stepped = route('a', labels, 0.9);
    const others = ['b', 'c', 'd'].map((id) => route(id, labelsAt(0.99, 300)));
    const plan = planStream([stepped, ...others], settings);
    expect(plan.thresholds.get('a')).toBeGreaterThanOrEqual(0.9);
  });

  it('prices every floor over the same routes, so a floor that leaves a certified route out is not cheaper for it', () => {
    // At 0.999 only `top` has labels enough to enter; at 0.9 both run. Priced over the routes
    // that entered, the two floors would cost the same per ticket and the higher one would win.
    const top = route('top', labelsAt(0.999, 800));
    const low = route('low', labelsAt(0.9, 800));
    const plan = planStream([top, low], settings);
    expect([...plan.thresholds.keys()].sort()).toEqual(['low', 'top']);
  });
});
