import { DRIVERS, GUARD_LANGUAGES } from '../../tools/guard/guard-drivers.js';
import { NEEDS_PERSON_BRIEF } from '../../tools/guard/needs-person-brief.js';
import { NEEDS_PERSON_CHAT } from '../../tools/guard/needs-person-chat.js';
import { NEEDS_PERSON_FRESH } from '../../tools/guard/needs-person-fresh.js';
import { NEEDS_PERSON_HELDOUT } from '../../tools/guard/needs-person-heldout.js';
import { NEEDS_PERSON_INDIRECT } from '../../tools/guard/needs-person-indirect.js';
import { NEEDS_PERSON_LATE } from '../../tools/guard/needs-person-late.js';
import { NEEDS_PERSON_SOURCE } from '../../tools/guard/needs-person-source.js';

/** Text compared without case, accents or punctuation, as a copy of another text would still read. */
const plainText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The guard set's parts in the order they were written, up to (not including) `before`. */
const PARTS = ['source', 'indirect', 'late', 'mixed', 'fresh', 'chat', 'brief'] as const;

const clausesOf = (
  part: (typeof PARTS)[number],
  l: (typeof GUARD_LANGUAGES)[number],
  d: (typeof DRIVERS)[number],
) => {
  switch (part) {
    case 'source':
      return [...NEEDS_PERSON_SOURCE[l].standard[d], ...NEEDS_PERSON_SOURCE[l].phone[d]];
    case 'indirect':
      return NEEDS_PERSON_INDIRECT[l][d];
    case 'late':
      return NEEDS_PERSON_LATE[l]?.[d] ?? [];
    case 'mixed':
      return NEEDS_PERSON_HELDOUT[l][d];
    case 'fresh':
      return NEEDS_PERSON_FRESH[l][d];
    case 'chat':
      return NEEDS_PERSON_CHAT[l][d];
    case 'brief':
      return NEEDS_PERSON_BRIEF[l][d];
  }
};

/** Every clause of the parts written before `before` (all of them without it), as plain text. */
const earlierClauses = (before?: (typeof PARTS)[number]): Set<string> => {
  const parts = before === undefined ? PARTS : PARTS.slice(0, PARTS.indexOf(before));
  return new Set(
    GUARD_LANGUAGES.flatMap((l) => DRIVERS.flatMap((d) => parts.flatMap((p) => clausesOf(p, l, d)))).map(
      plainText,
    ),
  );
};

export { earlierClauses, plainText };
