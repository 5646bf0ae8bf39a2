import { describe, expect, it } from 'vitest';
import {
  parseConfidenceSpec,
  parseDriftSpec,
  ScenarioSpecError,
} from '../../../tools/simulate/scenario.schema.js';
import type { ScoredTicket } from '../../../tools/simulate/stage-stream.js';
import { stageStream, VERBAL_LEVELS, verbalize } from '../../../tools/simulate/stage-stream.js';
import { classificationOf } from '../../support/classification.js';

const ticket = (label: string, route: string, confidence: number, i: number): ScoredTicket => ({
  text: `ticket ${i} about ${label}`,
  label,
  classification: classificationOf(route, confidence),
});

/** 400 tickets over four routes, each predicted right. */
const scored = Array.from({ length: 400 }, (_, i) => {
  const label = ['a', 'b', 'c', 'd'][i % 4]!;
  return ticket(label, label, 0.5 + (i % 50) / 100, i);
});

describe('scenario specs', () => {
  it('parses a relabel drift with its defaults', () => {
    expect(parseDriftSpec('routes=a|b,relabel=0.5')).toEqual({
      at: 0.5,
      routes: ['a', 'b'],
      relabel: 0.5,
      volume: 1,
    });
  });

  it('takes a swap as the drifted routes', () => {
    expect(parseDriftSpec('at=0.3,swap=a|b,volume=10')).toMatchObject({
      at: 0.3,
      routes: ['a', 'b'],
      volume: 10,
    });
  });

  it.each([
    ['relabel=0.5', /routes=a\|b or swap=a\|b/],
    ['routes=a,relabel=2', /relabel/],
    ['routes=a,relabel=0.5,swap=a|b', /not both/],
    ['swap=a', /swap/],
    ['routes=a,speed=3', /speed|Unrecognized/i],
    ['routes', /not key=value/],
  ])('rejects the drift spec %s, naming what is wrong', (spec, message) => {
    expect(() => parseDriftSpec(spec)).toThrow(ScenarioSpecError);
    expect(() => parseDriftSpec(spec)).toThrow(message);
  });

  it('parses confidence specs and rejects others', () => {
    expect(parseConfidenceSpec('calibrated')).toEqual({ kind: 'calibrated' });
    expect(parseConfidenceSpec('verbalized:wrong-high=0.3')).toEqual({ kind: 'verbalized', wrongHigh: 0.3 });
    expect(() => parseConfidenceSpec('verbalized:wrong-high=3')).toThrow(ScenarioSpecError);
    expect(() => parseConfidenceSpec('verbalized:oops=1')).toThrow(/unknown key oops/);
    expect(() => parseConfidenceSpec('psychic')).toThrow(/neither calibrated nor verbalized/);
  });
});

describe('verbalized confidence', () => {
  it('reports a right answer at the smallest level at or above its probability, at most 0.99', () => {
    const never = () => 0.99;
    expect(verbalize(0.42, true, 1, never)).toBe(0.7);
    expect(verbalize(0.81, true, 1, never)).toBe(0.9);
    expect(verbalize(0.9, true, 1, never)).toBe(0.9);
    expect(verbalize(0.996, true, 1, never)).toBe(0.99);
  });

  it('reports a wrong answer high with probability wrong-high, else like a right one', () => {
    let draws = [0.1, 0.0];
    const scripted = () => draws.shift() ?? 0;
    expect(verbalize(0.42, false, 0.3, scripted)).toBe(0.9);
    draws = [0.1, 0.99];
    expect(verbalize(0.42, false, 0.3, scripted)).toBe(0.99);
    draws = [0.5, 0.99];
    expect(verbalize(0.42, false, 0.3, scripted)).toBe(0.7);
  });
});

describe('staging a stream', () => {
  it('keeps every ticket once, in a seeded order, when there is no drift', () => {
    const staged = stageStream(scored, 7, {
      confidence: { kind: 'calibrated' },
      autoRoutes: ['a', 'b', 'c', 'd'],
    });
    expect(staged).toHaveLength(400);
    expect(new Set(staged.map((t) => t.text)).size).toBe(400);
    expect(staged.some((t) => t.afterDrift)).toBe(false);
    expect(staged.map((t) => t.text)).toEqual(
      stageStream(scored, 7, { confidence: { kind: 'calibrated' }, autoRoutes: ['a'] }).map((t) => t.text),
    );
    expect(staged.map((t) => t.text)).not.toEqual(scored.map((t) => t.text));
  });

  it('relabels about the given share of the drifted routes after the drift point, to one other route', () => {
    const staged = stageStream(scored, 3, {
      drift: parseDriftSpec('at=0.5,routes=a,relabel=0.5'),
      confidence: { kind: 'calibrated' },
      autoRoutes: ['a', 'b', 'c', 'd'],
    });
    const before = staged.filter((t) => !t.afterDrift);
    expect(before.every((t) => t.label === t.classification.route)).toBe(true);
    const driftedA = staged.filter((t) => t.afterDrift && t.classification.route === 'a');
    const moved = driftedA.filter((t) => t.label !== 'a');
    expect(moved.length / driftedA.length).toBeGreaterThan(0.3);
    expect(moved.length / driftedA.length).toBeLessThan(0.7);
    expect(new Set(moved.map((t) => t.label)).size).toBe(1);
    expect(moved[0]?.label).not.toBe('a');
    const others = staged.filter((t) => t.afterDrift && t.classification.route !== 'a');
    expect(others.every((t) => t.label === t.classification.route)).toBe(true);
  });

  it('swaps two routes after the drift point and multiplies their volume as new tickets', () => {
    const staged = stageStream(scored, 5, {
      drift: parseDriftSpec('at=0.5,swap=a|b,volume=3'),
      confidence: { kind: 'calibrated' },
      autoRoutes: ['a', 'b', 'c', 'd'],
    });
    const after = staged.filter((t) => t.afterDrift);
    const swapped = after.filter((t) => ['a', 'b'].includes(t.classification.route));
    expect(swapped.every((t) => t.label !== t.classification.route)).toBe(true);
    const c = after.filter((t) => t.classification.route === 'c').length;
    expect(swapped.length).toBeGreaterThan(4 * c);
    expect(new Set(staged.map((t) => t.ticketId)).size).toBe(staged.length);
  });

  it('reports verbalized confidence on the levels only, the same for a ticket in every staging of a seed', () => {
    const options = {
      confidence: { kind: 'verbalized', wrongHigh: 0.5 } as const,
      autoRoutes: ['a', 'b', 'c', 'd'],
    };
    const first = stageStream(scored, 11, options);
    expect(
      first.every((t) => (VERBAL_LEVELS as readonly number[]).includes(t.classification.confidence)),
    ).toBe(true);
    expect(stageStream(scored, 11, options).map((t) => t.classification.confidence)).toEqual(
      first.map((t) => t.classification.confidence),
    );
  });
});
