import { describe, expect, it } from 'vitest';
import { DRIVERS, GUARD_LANGUAGES } from '../../../tools/guard/guard-drivers.js';
import { BRIEF_ROUTINE, NEEDS_PERSON_BRIEF } from '../../../tools/guard/needs-person-brief.js';
import { NEEDS_PERSON_SOURCE } from '../../../tools/guard/needs-person-source.js';
import { earlierClauses, plainText } from '../../support/guard-parts.js';

const plain = plainText;
const priorClauses = earlierClauses('brief');
const routineCategories = new Set(
  GUARD_LANGUAGES.flatMap((l) => NEEDS_PERSON_SOURCE[l].routine.map(([category]) => category)),
);
const briefClauses = GUARD_LANGUAGES.flatMap((l) => DRIVERS.flatMap((d) => NEEDS_PERSON_BRIEF[l][d]));

describe('the brief part of the guard set', () => {
  it('holds three short clauses for every language and driver', () => {
    for (const l of GUARD_LANGUAGES)
      for (const d of DRIVERS) expect(NEEDS_PERSON_BRIEF[l][d], `${l}/${d}`).toHaveLength(3);
    expect(briefClauses.filter((c) => c.split(/\s+/).length > 16)).toEqual([]);
  });

  it('repeats no clause, of its own or of an earlier part', () => {
    expect(new Set(briefClauses.map(plain)).size).toBe(briefClauses.length);
    expect(briefClauses.filter((c) => priorClauses.has(plain(c)))).toEqual([]);
  });

  it('brings six routine requests per language, in six categories the earlier parts use, none worded as theirs', () => {
    for (const l of GUARD_LANGUAGES) {
      const earlier = new Set(NEEDS_PERSON_SOURCE[l].routine.map(([, text]) => plain(text)));
      expect(BRIEF_ROUTINE[l], l).toHaveLength(6);
      expect(new Set(BRIEF_ROUTINE[l].map(([category]) => category)).size, l).toBe(6);
      expect(
        BRIEF_ROUTINE[l].filter(([category]) => !routineCategories.has(category)),
        l,
      ).toEqual([]);
      expect(
        BRIEF_ROUTINE[l].filter(([, text]) => earlier.has(plain(text))),
        l,
      ).toEqual([]);
    }
  });
});
