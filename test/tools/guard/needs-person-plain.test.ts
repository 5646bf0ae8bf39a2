import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../lib/config/load-taxonomy.js';
import { DRIVERS, GUARD_LANGUAGES } from '../../../tools/guard/guard-drivers.js';
import { BRIEF_ROUTINE, NEEDS_PERSON_BRIEF } from '../../../tools/guard/needs-person-brief.js';
import { NEEDS_PERSON_CHAT } from '../../../tools/guard/needs-person-chat.js';
import { NEEDS_PERSON_FRESH } from '../../../tools/guard/needs-person-fresh.js';
import { NEEDS_PERSON_HELDOUT } from '../../../tools/guard/needs-person-heldout.js';
import { NEEDS_PERSON_INDIRECT } from '../../../tools/guard/needs-person-indirect.js';
import { NEEDS_PERSON_LATE } from '../../../tools/guard/needs-person-late.js';
import { NEEDS_PERSON_PLAIN, PLAIN_ROUTINE } from '../../../tools/guard/needs-person-plain.js';
import { NEEDS_PERSON_SOURCE } from '../../../tools/guard/needs-person-source.js';
import { readRoutineSet } from '../../../tools/guard/routine-set.js';
import { ROOT, SAMPLE } from '../../../tools/local/sample-data.js';

/** Compared without case, accents or punctuation, as a copy of an earlier text would still read. */
const plain = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const earlierClauses = new Set(
  GUARD_LANGUAGES.flatMap((l) =>
    DRIVERS.flatMap((d) => [
      ...NEEDS_PERSON_SOURCE[l].standard[d],
      ...NEEDS_PERSON_SOURCE[l].phone[d],
      ...NEEDS_PERSON_INDIRECT[l][d],
      ...(NEEDS_PERSON_LATE[l]?.[d] ?? []),
      ...NEEDS_PERSON_HELDOUT[l][d],
      ...NEEDS_PERSON_FRESH[l][d],
      ...NEEDS_PERSON_CHAT[l][d],
      ...NEEDS_PERSON_BRIEF[l][d],
    ]),
  ).map(plain),
);
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
    expect(plainClauses.filter((c) => earlierClauses.has(plain(c)))).toEqual([]);
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
