import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toCsv } from '../data/csv.js';
import { ROOT } from '../local/sample-data.js';
import type { Driver, GuardLanguage } from './guard-drivers.js';
import { DRIVER_GROUP, DRIVERS, GUARD_LANGUAGES } from './guard-drivers.js';
import type { GuardStyle, GuardTicket } from './guard-set.js';
import { GUARD_SET_COLUMNS } from './guard-set.js';
import { BRIEF_ROUTINE, NEEDS_PERSON_BRIEF } from './needs-person-brief.js';
import { NEEDS_PERSON_CHAT } from './needs-person-chat.js';
import { NEEDS_PERSON_FRESH } from './needs-person-fresh.js';
import { NEEDS_PERSON_HELDOUT } from './needs-person-heldout.js';
import { NEEDS_PERSON_INDIRECT } from './needs-person-indirect.js';
import { NEEDS_PERSON_LATE } from './needs-person-late.js';
import { NEEDS_PERSON_PLAIN, PLAIN_ROUTINE } from './needs-person-plain.js';
import type { LanguageSource, RoutineRequest } from './needs-person-source.js';
import { NEEDS_PERSON_SOURCE } from './needs-person-source.js';

/**
 * Builds data/guard/needs-person.csv from the hand-written clauses: each clause is joined to two
 * different routine requests of its language, once after the request and once before it, the
 * second copy in another form (lower case, or also without diacritics), as tickets arrive. Eight
 * styles (`standard`, `phone`, `indirect`, `late`, `mixed`, `fresh`, `chat`, `brief`) are the dev
 * part: the signals are tuned on them, each after it had first been measured held out. The `plain`
 * clauses, written by someone who had not seen the signals, as one or two plain, complete sentences
 * in a standard register, are the held-out part now, appended after the rest so the earlier rows
 * never move.
 *
 *   npx tsx tools/guard/build-needs-person.ts
 */

const OUTPUT = resolve(ROOT, 'data/guard/needs-person.csv');

const stripMarks = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');

/** How the dev clauses' second copies are written: as is, in lower case, or also without accents. */
const DEV_FORMS = [
  (t: string) => t,
  (t: string) => t.toLowerCase(),
  (t: string) => stripMarks(t.toLowerCase()),
];
/** The phone style types on a phone: lower case, no accents, little punctuation. */
const phoneStyle = (t: string): string =>
  stripMarks(t.toLowerCase())
    .replace(/[¿?.!]+/g, '')
    .trim();

const composeClause = (
  language: GuardLanguage,
  source: LanguageSource,
  driver: Driver,
  clause: string,
  index: number,
  style: GuardStyle,
): GuardTicket[] => {
  const { routine } = source;
  const first = routine[index % routine.length] ?? routine[0]!;
  const second = routine[(index + 3) % routine.length] ?? routine[0]!;
  const base = { language, driver, group: DRIVER_GROUP[driver], style, split: 'dev' } as const;
  if (style !== 'phone') {
    const form = DEV_FORMS[index % DEV_FORMS.length]!;
    return [
      { ...base, category: first[0], text: `${first[1]} ${clause}` },
      { ...base, category: second[0], text: form(`${clause} ${second[1]}`) },
    ];
  }
  return [
    { ...base, category: first[0], text: `${phoneStyle(first[1])} ${clause}` },
    { ...base, category: second[0], text: `${clause}. ${second[1]}` },
  ];
};

const buildGuardSet = (): GuardTicket[] =>
  GUARD_LANGUAGES.flatMap((language) => {
    const source = NEEDS_PERSON_SOURCE[language];
    const indirect = NEEDS_PERSON_INDIRECT[language];
    const late = NEEDS_PERSON_LATE[language];
    return DRIVERS.flatMap((driver, d) => [
      ...source.standard[driver].flatMap((clause, c) =>
        composeClause(language, source, driver, clause, d * 2 + c, 'standard'),
      ),
      ...source.phone[driver].flatMap((clause) =>
        composeClause(language, source, driver, clause, d + 1, 'phone'),
      ),
      ...indirect[driver].flatMap((clause) =>
        composeClause(language, source, driver, clause, d + 2, 'indirect'),
      ),
      ...(late?.[driver] ?? []).flatMap((clause) =>
        composeClause(language, source, driver, clause, d + 3, 'late'),
      ),
    ]);
  });

/** The styles written apart from the signals, each held out until it was tuned on. */
type WrittenStyle = Extract<GuardStyle, 'mixed' | 'fresh' | 'chat'>;

const endSentence = (t: string): string => (/[.!?]$/.test(t) ? t : `${t}.`);

/**
 * A clause written apart from the signals (`mixed`, `fresh` and `chat`, each dev now) opens one ticket,
 * as written, before a routine request (as a letter states its reason first), and closes another,
 * typed as on a phone after a different request.
 */
const composeWritten = (
  language: GuardLanguage,
  source: LanguageSource,
  driver: Driver,
  clause: string,
  index: number,
  style: WrittenStyle,
): GuardTicket[] => {
  const { routine } = source;
  const first = routine[index % routine.length] ?? routine[0]!;
  const second = routine[(index + 3) % routine.length] ?? routine[0]!;
  const base = { language, driver, group: DRIVER_GROUP[driver], style, split: 'dev' } as const;
  return [
    { ...base, category: first[0], text: `${endSentence(clause)} ${first[1]}` },
    // Polish phone typists drop the stroke of ł too, which NFKD does not take off.
    { ...base, category: second[0], text: phoneStyle(`${second[1]} ${clause}`).replace(/ł/g, 'l') },
  ];
};

/** Three clauses per language and driver, composed in the order they are written. */
const buildWritten = (
  clauses: Record<GuardLanguage, Record<Driver, readonly string[]>>,
  style: WrittenStyle,
): GuardTicket[] =>
  GUARD_LANGUAGES.flatMap((language) =>
    DRIVERS.flatMap((driver, d) =>
      clauses[language][driver].flatMap((clause, c) =>
        composeWritten(language, NEEDS_PERSON_SOURCE[language], driver, clause, d * 3 + c + 1, style),
      ),
    ),
  );

/** Polish typists who drop accents drop the stroke of ł too, which NFKD does not take off. */
const dropStroke = (t: string): string => t.replace(/ł/g, 'l').replace(/Ł/g, 'L');

/** How the `brief` and `plain` clauses' second copies are written: lower case, also without accents, or as on a phone. */
const BRIEF_FORMS = [
  (t: string) => t.toLowerCase(),
  (t: string) => dropStroke(stripMarks(t.toLowerCase())),
  (t: string) => dropStroke(phoneStyle(t)),
];

/** The parts written apart from the signals that bring their own routine requests. */
type OwnRoutineStyle = Extract<GuardStyle, 'brief' | 'plain'>;

/**
 * A `brief` or `plain` clause closes one ticket, as written, after one of the part's own routine
 * requests, and opens another, in another form, before a different one: the situation told after
 * or before the question the customer came with.
 */
const composeOwnRoutine = (
  language: GuardLanguage,
  driver: Driver,
  clause: string,
  index: number,
  routine: readonly RoutineRequest[],
  style: OwnRoutineStyle,
  split: GuardTicket['split'],
): GuardTicket[] => {
  const first = routine[index % routine.length] ?? routine[0]!;
  const second = routine[(index + 3) % routine.length] ?? routine[0]!;
  const form = BRIEF_FORMS[index % BRIEF_FORMS.length]!;
  const base = { language, driver, group: DRIVER_GROUP[driver], style, split } as const;
  return [
    { ...base, category: first[0], text: `${first[1]} ${clause}` },
    { ...base, category: second[0], text: form(`${clause} ${second[1]}`) },
  ];
};

/** Three clauses per language and driver, each clause's copies in every form, with the part's own requests. */
const buildOwnRoutine = (
  clauses: Record<GuardLanguage, Record<Driver, readonly string[]>>,
  routine: Record<GuardLanguage, readonly RoutineRequest[]>,
  style: OwnRoutineStyle,
  split: GuardTicket['split'],
): GuardTicket[] =>
  GUARD_LANGUAGES.flatMap((language) =>
    DRIVERS.flatMap((driver, d) =>
      clauses[language][driver].flatMap((clause, c) =>
        composeOwnRoutine(language, driver, clause, d * 3 + c, routine[language], style, split),
      ),
    ),
  );

const tickets = [
  ...buildGuardSet(),
  ...buildWritten(NEEDS_PERSON_HELDOUT, 'mixed'),
  ...buildWritten(NEEDS_PERSON_FRESH, 'fresh'),
  ...buildWritten(NEEDS_PERSON_CHAT, 'chat'),
  // `brief` was held out until the `plain` part was written; its rows keep their place.
  ...buildOwnRoutine(NEEDS_PERSON_BRIEF, BRIEF_ROUTINE, 'brief', 'dev'),
  ...buildOwnRoutine(NEEDS_PERSON_PLAIN, PLAIN_ROUTINE, 'plain', 'heldout'),
];
writeFileSync(
  OUTPUT,
  toCsv(
    GUARD_SET_COLUMNS,
    tickets.map((t) => GUARD_SET_COLUMNS.map((c) => t[c])),
  ),
);
console.log(`wrote ${tickets.length} tickets to ${OUTPUT}`);
