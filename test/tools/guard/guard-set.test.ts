import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../lib/config/load-taxonomy.js';
import { explainGuard, readGuardSignals } from '../../../lib/domain/policy/signals/index.js';
import { readLabelledCsv } from '../../../tools/data/labelled-csv.js';
import { DRIVERS, GUARD_LANGUAGES } from '../../../tools/guard/guard-drivers.js';
import { falsePositives, recallBy } from '../../../tools/guard/guard-recall.js';
import { readGuardSet } from '../../../tools/guard/guard-set.js';
import { readRoutineSet, splitRoutineSet } from '../../../tools/guard/routine-set.js';
import { ROOT, SAMPLE } from '../../../tools/local/sample-data.js';

/** The guard set and the deterministic signals measured on it (bench/guard-recall.ts reports it all). */

const tickets = readGuardSet(`${ROOT}/data/guard/needs-person.csv`);
const dev = tickets.filter((t) => t.split === 'dev');
const heldout = tickets.filter((t) => t.split === 'heldout');

const autoRoutes = new Set(
  loadTaxonomy(SAMPLE.taxonomy)
    .routes.filter((r) => r.policy === 'auto')
    .map((r) => r.id),
);
const routine = [SAMPLE.tickets, SAMPLE.train]
  .flatMap((p) => readLabelledCsv(p))
  .filter((e) => autoRoutes.has(e.label))
  .map((e) => e.text);

describe('the guard set', () => {
  it('holds a held-out part of 3 clauses × 2 tickets in every language and driver', () => {
    const cells = new Map<string, number>();
    for (const t of heldout)
      cells.set(`${t.language}/${t.driver}`, (cells.get(`${t.language}/${t.driver}`) ?? 0) + 1);
    const expected = GUARD_LANGUAGES.flatMap((l) => DRIVERS.map((d) => [`${l}/${d}`, 6] as const));
    expect([...cells.entries()].sort()).toEqual([...expected].sort());
    expect(new Set(heldout.map((t) => t.style))).toEqual(new Set(['plain']));
    expect(new Set(heldout.map((t) => t.text)).size).toBe(heldout.length);
  });

  it('keeps the held-out part apart: no text of it is in the dev part, and it comes last', () => {
    const earlier = new Set(dev.map((t) => t.text.toLowerCase()));
    expect(heldout.filter((t) => earlier.has(t.text.toLowerCase()))).toEqual([]);
    expect(tickets.slice(-heldout.length).every((t) => t.split === 'heldout')).toBe(true);
  });

  it.each(['mixed', 'fresh', 'chat', 'brief'])(
    'counts the %s style, held out before it was tuned on, in the dev part',
    (style) => {
      const part = tickets.filter((t) => t.style === style);
      expect(part).toHaveLength(GUARD_LANGUAGES.length * DRIVERS.length * 6);
      expect(part.filter((t) => t.split !== 'dev')).toEqual([]);
    },
  );

  it('holds at least 400 tickets, with every language and driver in each style of its dev part', () => {
    expect(tickets.length).toBeGreaterThanOrEqual(400);
    for (const style of ['standard', 'phone', 'indirect', 'late', 'mixed', 'fresh', 'chat', 'brief']) {
      const part = dev.filter((t) => t.style === style);
      expect(new Set(part.map((t) => t.language))).toEqual(new Set(GUARD_LANGUAGES));
      expect(new Set(part.map((t) => t.driver))).toEqual(new Set(DRIVERS));
    }
  });

  it('pairs every ticket with a routine request of an auto-eligible route', () => {
    expect(tickets.filter((t) => !autoRoutes.has(t.category))).toEqual([]);
  });
});

describe('the deterministic signals on the guard set', () => {
  it('flag every dev ticket, of every style', () => {
    const missed = dev.filter((t) => {
      const s = readGuardSignals(t.text);
      return !s.asksForHuman && !s.vulnerability;
    });
    expect(missed.map((t) => `${t.style}: ${t.text}`)).toEqual([]);
  });

  it('keep at least the held-out recall measured on the plain part after the last tuning (79.0%)', () => {
    // A floor against regressions, not a target: tuning on the held-out part would make it dev.
    expect(recallBy(heldout, readGuardSignals, () => 'all').all.rate).toBeGreaterThanOrEqual(0.77);
  });

  it('send at most 1% of routine sample tickets to a person (the product allows 3%)', () => {
    const fp = falsePositives(routine, readGuardSignals);
    expect(fp.total).toBeGreaterThan(2000);
    expect(fp.rate).toBeLessThanOrEqual(0.01);
  });

  it("send no ticket of the routine set's dev half to a person, and at most 8% of its held-out half (6.2% measured)", () => {
    const { dev: routineDev, heldout: routineHeldOut } = splitRoutineSet(
      readRoutineSet(`${ROOT}/data/guard/routine.csv`),
    );
    const texts = (part: readonly { text: string }[]) => part.map((t) => t.text);
    expect(falsePositives(texts(routineDev), readGuardSignals).examples).toEqual([]);
    const heldOut = falsePositives(texts(routineHeldOut), readGuardSignals, 0);
    expect(heldOut.total).toBe(275);
    expect(heldOut.rate).toBeLessThanOrEqual(0.08);
  });
});

describe('the guard signals, dispatched by first character', () => {
  it('answer each guard-set clause and routine sample tickets as every pattern tried everywhere does', () => {
    // The reference tries every pattern on every ticket, so it is slow: every fourth guard-set
    // ticket (each clause is there twice, so half the clauses) and every sixteenth routine one.
    const clauses = tickets.filter((_, i) => i % 4 === 0).map((t) => t.text);
    const routineSample = routine.filter((_, i) => i % 16 === 0);
    const differ = [...clauses, ...routineSample].filter((text) => {
      const fast = readGuardSignals(text);
      const slow = explainGuard(text);
      return (
        fast.asksForHuman !== (slow.asksForHuman !== undefined) ||
        fast.vulnerability !== (slow.vulnerability !== undefined)
      );
    });
    expect(differ).toEqual([]);
  }, 60_000);
});
