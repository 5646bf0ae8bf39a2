import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../lib/config/load-taxonomy.js';
import { buildRoutineRows, routineCsv } from '../../../tools/guard/build-routine.js';
import { GUARD_LANGUAGES } from '../../../tools/guard/guard-drivers.js';
import { readGuardSet } from '../../../tools/guard/guard-set.js';
import { BRIEF_ROUTINE } from '../../../tools/guard/needs-person-brief.js';
import { NEEDS_PERSON_SOURCE } from '../../../tools/guard/needs-person-source.js';
import { readRoutineSet, splitRoutineSet } from '../../../tools/guard/routine-set.js';
import { ROOT, SAMPLE } from '../../../tools/local/sample-data.js';
import { plainText } from '../../support/guard-parts.js';

/** The routine set: tickets that need no person, in every guard language (no guard is run here). */

const PATH = `${ROOT}/data/guard/routine.csv`;
const tickets = readRoutineSet(PATH);

const autoRoutes = loadTaxonomy(SAMPLE.taxonomy)
  .routes.filter((r) => r.policy === 'auto')
  .map((r) => r.id);

const plain = plainText;

describe('the routine set', () => {
  it('is what the builder writes, row for row', () => {
    expect(readFileSync(PATH, 'utf8')).toBe(routineCsv());
    expect(tickets).toEqual(buildRoutineRows());
  });

  it('holds 50 tickets in every guard language', () => {
    const counts = Object.fromEntries(
      GUARD_LANGUAGES.map((l) => [l, tickets.filter((t) => t.language === l).length]),
    );
    expect(counts).toEqual(Object.fromEntries(GUARD_LANGUAGES.map((l) => [l, 50])));
  });

  it('files every ticket under an auto route of the taxonomy', () => {
    expect(tickets.filter((t) => !autoRoutes.includes(t.category))).toEqual([]);
  });

  it('uses every auto route at least once in every language', () => {
    const missing = GUARD_LANGUAGES.flatMap((l) =>
      autoRoutes
        .filter((r) => !tickets.some((t) => t.language === l && t.category === r))
        .map((r) => `${l}/${r}`),
    );
    expect(missing).toEqual([]);
  });

  it('holds distinct texts, even without case, accents or punctuation', () => {
    expect(new Set(tickets.map((t) => plain(t.text))).size).toBe(tickets.length);
  });

  it('shares no text with the guard set or the routine requests it was composed from', () => {
    const earlier = new Set(
      [
        ...readGuardSet(`${ROOT}/data/guard/needs-person.csv`).map((t) => t.text),
        ...GUARD_LANGUAGES.flatMap((l) => [...NEEDS_PERSON_SOURCE[l].routine, ...BRIEF_ROUTINE[l]]).map(
          ([, text]) => text,
        ),
      ].map(plain),
    );
    expect(tickets.filter((t) => earlier.has(plain(t.text))).map((t) => t.text)).toEqual([]);
  });

  it('splits into a dev and a held-out half, alternating within each language', () => {
    const { dev, heldout } = splitRoutineSet(tickets);
    expect(dev.length + heldout.length).toBe(tickets.length);
    expect(new Set([...dev, ...heldout].map((t) => t.text)).size).toBe(tickets.length);
    for (const language of GUARD_LANGUAGES) {
      const all = tickets.filter((t) => t.language === language);
      expect(dev.filter((t) => t.language === language)).toEqual(all.filter((_, i) => i % 2 === 0));
      expect(heldout.filter((t) => t.language === language)).toEqual(all.filter((_, i) => i % 2 === 1));
    }
  });
});
