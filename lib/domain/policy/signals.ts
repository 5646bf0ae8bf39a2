import { readGuardSignals } from './signals/index.js';
import { words as boundedWords, END, START } from './signals/pattern.js';

/**
 * Deterministic signals read from the ticket text itself. They back up the model's own flags: a
 * ticket that asks for a person or describes hardship goes to a human even if the model misses it
 * (the guard, in signals/, one file per language: en, de, fr, es, it, pt, nl, sv, da, fi, pl),
 * and text that tries to instruct the system is treated as suspect. They only ever make handling
 * more cautious.
 */

/** Injection patterns match the ticket as written (with its case and accents), so they ignore case. */
const words = (source: string): RegExp => boundedWords(source, 'iu');

const INJECTION = [
  words(
    String.raw`(ignore|disregard|forget|override)\s+(all\s+|any\s+|the\s+|your\s+)?(previous|prior|above|earlier|system)?\s*(instructions|prompts?|rules|guidelines)`,
  ),
  /<\/?\s*(system|assistant|instructions?|admin|developer|tool|ticket)\s*>/iu,
  /\[\s*(system|inst|admin)\s*\]|<<\s*sys\s*>>/iu,
  words(String.raw`(system|developer)\s+prompt`),
  // "=" is no word, so it takes no boundary after it: "confidence =1" and "confidence = 1" alike.
  new RegExp(
    String.raw`${START}(set|make|give|return|report)\s+(the\s+|your\s+)?confidence\s*(=|\s(to|of|at)${END})`,
    'iu',
  ),
  words(
    String.raw`(auto[-\s]?resolve|mark\s+(this|it)\s+as\s+resolved|wantsHuman|record_classification|tool[_\s]?use)`,
  ),
  words(String.raw`(you\s+are\s+now|act\s+as|pretend\s+to\s+be|developer\s+mode|jailbreak)`),
  words(String.raw`(ignoriere|vergiss|vergiß)\s+(alle\s+|die\s+)?(vorherigen\s+)?(anweisungen|regeln)`),
  words(String.raw`(ignorera|glöm)\s+(alla\s+)?(tidigare\s+)?instruktioner`),
  words(String.raw`(ignora|olvida)\s+(todas\s+)?(las\s+)?(instrucciones|reglas)`),
  words(String.raw`(ignore[zr]?|oublie[zr]?)\s+(toutes\s+)?(les\s+)?(instructions|consignes|règles)`),
  words(String.raw`(negeer|vergeet)\s+(alle\s+|de\s+)?(vorige\s+)?(instructies|regels)`),
];

interface TicketSignals {
  asksForHuman: boolean;
  vulnerability: boolean;
  injectionSuspected: boolean;
}

const matchesAny = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));

/**
 * NFKC folds full-width and other look-alike forms that are used to slip past patterns.
 * Typographic apostrophes (the default on iOS and macOS) become ASCII ones, and every
 * run of whitespace (doubled spaces, re-wrapped lines, tabs) one space, so each pattern written
 * with ' and a single space also matches them. Invisible format characters (zero-width spaces and
 * joiners, word joiners, byte-order marks, soft hyphens, bidi controls: Unicode category Cf) are
 * dropped first, so they cannot split a phrase a pattern looks for.
 */
const fold = (text: string): string =>
  text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u02BC]/gu, "'")
    .replace(/\s+/gu, ' ');

const readSignals = (text: string): TicketSignals => {
  const folded = fold(text);
  return {
    ...readGuardSignals(text),
    injectionSuspected: matchesAny(INJECTION, folded),
  };
};

export type { TicketSignals };
export { readSignals };
