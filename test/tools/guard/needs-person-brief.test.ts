import { describe, expect, it } from 'vitest';
import { DRIVERS, GUARD_LANGUAGES } from '../../../tools/guard/guard-drivers.js';
import { BRIEF_ROUTINE, NEEDS_PERSON_BRIEF } from '../../../tools/guard/needs-person-brief.js';
import { NEEDS_PERSON_CHAT } from '../../../tools/guard/needs-person-chat.js';
import { NEEDS_PERSON_FRESH } from '../../../tools/guard/needs-person-fresh.js';
import { NEEDS_PERSON_HELDOUT } from '../../../tools/guard/needs-person-heldout.js';
import { NEEDS_PERSON_INDIRECT } from '../../../tools/guard/needs-person-indirect.js';
import { NEEDS_PERSON_LATE } from '../../../tools/guard/needs-person-late.js';
import { NEEDS_PERSON_SOURCE } from '../../../tools/guard/needs-person-source.js';

/** Compared without case, accents or punctuation, as a copy of an earlier clause would still read. */
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
    ]),
  ).map(plain),
);
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
    expect(briefClauses.filter((c) => earlierClauses.has(plain(c)))).toEqual([]);
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
