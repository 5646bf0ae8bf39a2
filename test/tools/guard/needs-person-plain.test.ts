import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../lib/config/load-taxonomy.js';
import { DRIVERS, GUARD_LANGUAGES } from '../../../tools/guard/guard-drivers.js';
import { BRIEF_ROUTINE } from '../../../tools/guard/needs-person-brief.js';
import { NEEDS_PERSON_PLAIN, PLAIN_ROUTINE } from '../../../tools/guard/needs-person-plain.js';
import { NEEDS_PERSON_SOURCE } from '../../../tools/guard/needs-person-source.js';
import { readRoutineSet } from '../../../tools/guard/routine-set.js';
import { ROOT, SAMPLE } from '../../../tools/local/sample-data.js';
import { earlierClauses, plainText } from '../../support/guard-parts.js';

const plain = plainText;
const priorClauses = earlierClauses();
const earlierRoutine = GUARD_LANGUAGES.flatMap((l) => [
  ...NEEDS_PERSON_SOURCE[l].routine,
  ...BRIEF_ROUTINE[l],
]);
const earlierCategories = new Set(earlierRoutine.map(([category]) => category));
const earlierRequests = new Set([
  ...earlierRoutine.map(([, text]) => plain(text)),
  ...readRoutineSet(`${ROOT}/data/guard/routine.csv`).map((t) => plain(t.text)),
]);
const autoRoutes = new Set(
  loadTaxonomy(SAMPLE.taxonomy)
    .routes.filter((r) => r.policy === 'auto')
    .map((r) => r.id),
);
const plainClauses = GUARD_LANGUAGES.flatMap((l) => DRIVERS.flatMap((d) => NEEDS_PERSON_PLAIN[l][d]));
const plainRoutine = GUARD_LANGUAGES.flatMap((l) => PLAIN_ROUTINE[l]);

describe('the plain part of the guard set', () => {
  it('holds three clauses of one or two complete sentences for every language and driver', () => {
    for (const l of GUARD_LANGUAGES)
      for (const d of DRIVERS) expect(NEEDS_PERSON_PLAIN[l][d], `${l}/${d}`).toHaveLength(3);
    expect(plainClauses.filter((c) => !/[.?!]$/.test(c))).toEqual([]);
    expect(plainClauses.filter((c) => (c.match(/[.?!](\s|$)/g) ?? []).length > 2)).toEqual([]);
  });

  it('repeats no clause, of its own or of an earlier part', () => {
    expect(new Set(plainClauses.map(plain)).size).toBe(plainClauses.length);
    expect(plainClauses.filter((c) => priorClauses.has(plain(c)))).toEqual([]);
  });

  it('brings six routine requests per language, in six auto categories no earlier part used', () => {
    for (const l of GUARD_LANGUAGES) {
      expect(PLAIN_ROUTINE[l], l).toHaveLength(6);
      expect(new Set(PLAIN_ROUTINE[l].map(([category]) => category)).size, l).toBe(6);
    }
    expect(plainRoutine.filter(([category]) => !autoRoutes.has(category))).toEqual([]);
    expect(plainRoutine.filter(([category]) => earlierCategories.has(category))).toEqual([]);
  });

  it('words every routine request apart from the earlier parts and the routine set', () => {
    expect(new Set(plainRoutine.map(([, text]) => plain(text))).size).toBe(plainRoutine.length);
    expect(plainRoutine.filter(([, text]) => earlierRequests.has(plain(text)))).toEqual([]);
  });
});
