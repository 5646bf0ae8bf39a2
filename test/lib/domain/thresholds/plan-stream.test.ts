import { describe, expect, it } from 'vitest';
import type { LttResult } from '../../../../lib/domain/thresholds/learn-then-test.js';
import type { StreamRoute, WeightedLabel } from '../../../../lib/domain/thresholds/plan-stream.js';
import { planStream } from '../../../../lib/domain/thresholds/plan-stream.js';
import { ROUTE_GRID, testRouteThresholds } from '../../../../lib/domain/thresholds/route-test.js';
import { uniformErrorBound } from '../../../../lib/domain/thresholds/stream-bound.js';

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

  it('says which route the step limit kept from a cheaper threshold at the chosen floor', () => {
    const stepped = route('a', [...labelsAt(0.99, 200), ...labelsAt(0.8, 400)], 0.9);
    const others = ['b', 'c', 'd'].map((id) => route(id, labelsAt(0.8, 600)));
    const plan = planStream([stepped, ...others], settings);
    expect(plan.chosen?.floor).toBeLessThanOrEqual(0.8);
    expect(plan.thresholds.get('a')).toBe(0.99);
    expect([...plan.stepLimited]).toEqual(['a']);
  });

  it('prices every floor over the same routes, so a floor that leaves a certified route out is not cheaper for it', () => {
    // At 0.999 only `top` has labels enough to enter; at 0.9 both run. Priced over the routes
    // that entered, the two floors would cost the same per ticket and the higher one would win.
    const top = route('top', labelsAt(0.999, 800));
    const low = route('low', labelsAt(0.9, 800));
    const plan = planStream([top, low], settings);
    expect([...plan.thresholds.keys()].sort()).toEqual(['low', 'top']);
  });

  it('certifies the highest cheapest floor with the bound, labels and cost it rests on', () => {
    // Four routes of 400 labels at 0.97, one screening and one testing label wrong in each: the
    // screen lets them in, each route certifies its cap, and at 0.97 the testing fold holds 4
    // errors among 800 labels. Every floor at or under 0.97 costs the same, so the highest runs.
    const routes = ['a', 'b', 'c', 'd'].map((id) => route(id, labelsAt(0.97, 400, 1)));
    const plan = planStream(routes, settings);
    const estimate = 2.5 / 401;
    expect(plan.chosen).toEqual({
      floor: 0.97,
      errorBound: uniformErrorBound(4, 0.05),
      testingLabels: 800,
      upperBound: uniformErrorBound(4, 0.05) / 800,
      certified: true,
      costPerTicket: expect.closeTo(estimate * 200 + 0.001, 12),
    });
    expect([...plan.thresholds.values()]).toEqual([0.97, 0.97, 0.97, 0.97]);
    expect(plan.stepLimited.size).toBe(0);
  });

  it('counts a route the screen lets in even when its own labels cannot certify it, and screens out one that errs', () => {
    // `shaky`'s screening labels err 4%, over the screen's 2%: it stays out. `thin` has 60 labels,
    // enough to enter, its screening labels are clean, but its 3 wrong testing labels keep its own
    // bound over the cap: it does not run, and its errors still count against the others.
    const clean = ['a', 'b', 'c'].map((id) => route(id, labelsAt(0.97, 400)));
    const shaky = route('shaky', labelsAt(0.97, 400, 8));
    const thin = route(
      'thin',
      labelsAt(0.97, 60).map((l, i) => (i < 6 && !l.screen ? { ...l, correct: false } : l)),
    );
    expect(thin.test.certified).toEqual([]);
    const plan = planStream([...clean, shaky, thin], settings);
    expect(plan.thresholds.has('shaky')).toBe(false);
    expect(plan.thresholds.has('thin')).toBe(false);
    expect(plan.chosen?.errorBound).toBeCloseTo(uniformErrorBound(3, 0.05), 12);
    expect(plan.chosen?.testingLabels).toBe(600);
  });
});
