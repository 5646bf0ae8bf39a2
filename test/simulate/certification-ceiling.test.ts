import { describe, expect, it } from 'vitest';
import type { Label } from '../../lib/domain/thresholds/route-test.js';
import { certificationCeiling } from '../../tools/simulate/certification-ceiling.js';

/** The hindsight ceiling of a per-route bound: what the labels allow, before any procedure. */

const at = (score: number, n: number, errors = 0): Label[] =>
  Array.from({ length: n }, (_, i) => ({ score, correct: i >= errors }));

const options = { targetError: 0.02, delta: 0.05, minOwnLabels: 30, maxPriorStrength: 0 };
const teams = new Map([
  ['a', 't'],
  ['b', 't'],
]);

describe('certificationCeiling', () => {
  it('puts each route at the lowest threshold its bound certifies, and measures that on the population', () => {
    // a: 150 clean labels at 0.95 certify 0.95 alone (149 do); b: 100 clean labels never do.
    const labels = new Map([
      ['a', [...at(0.95, 150), ...at(0.6, 50, 25)]],
      ['b', at(0.99, 100)],
    ]);
    const population = [
      { route: 'a', score: 0.97, wrong: false },
      { route: 'a', score: 0.95, wrong: true },
      { route: 'a', score: 0.7, wrong: false },
      { route: 'b', score: 0.99, wrong: false },
    ];
    const ceiling = certificationCeiling(labels, teams, population, {
      ...options,
      grid: [0.99, 0.95, 0.6],
    });
    expect([...ceiling.thresholds]).toEqual([['a', 0.95]]);
    expect(ceiling.coverage).toBeCloseTo(2 / 4, 12);
    expect(ceiling.error).toBeCloseTo(1 / 2, 12);
  });

  it('finds a threshold a fixed sequence would never reach, because it tests each alone', () => {
    // One error at 0.99 fails a sequence that starts there; 0.9 alone, with 300 labels, passes.
    const labels = new Map([['a', [...at(0.99, 40, 1), ...at(0.9, 260)]]]);
    const ceiling = certificationCeiling(labels, teams, [], { ...options, grid: [0.99, 0.9] });
    expect(ceiling.thresholds.get('a')).toBe(0.9);
    expect(ceiling.coverage).toBe(0);
  });

  it('lets a pool lend evidence only when the prior may', () => {
    const clean = at(0.95, 400);
    const labels = new Map([
      ['a', at(0.95, 100)],
      ['b', clean],
      ['c', clean],
      ['d', clean],
    ]);
    const four = new Map([...'abcd'].map((r) => [r, 't']));
    expect(certificationCeiling(labels, four, [], { ...options, grid: [0.95] }).thresholds.has('a')).toBe(
      false,
    );
    const pooled = certificationCeiling(labels, four, [], {
      ...options,
      maxPriorStrength: 200,
      grid: [0.95],
    });
    expect(pooled.thresholds.get('a')).toBe(0.95);
  });
});
