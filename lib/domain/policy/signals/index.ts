import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { foldForGuard } from './fold.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import type { LanguagePatterns } from './pattern.js';
import { END, START, WORD_CHAR, words } from './pattern.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { sv } from './sv.js';

/**
 * The guard: every language's patterns run on every ticket, whatever language it seems to be in,
 * since tickets mix languages and a language guess can be wrong. Each pattern only ever sends a
 * ticket to a person.
 */

const LANGUAGES: Readonly<Record<string, LanguagePatterns>> = { en, de, fr, es, it, pt, nl, sv, da, fi, pl };

const sourcesOf = (pick: (p: LanguagePatterns) => readonly string[]): string[] =>
  Object.values(LANGUAGES).flatMap(pick);

/**
 * One alternation per kind, tried only where a word starts (sticky): a few hundred alternatives
 * tried at every character cost several times more. The separate patterns only explain a match.
 */
const oneOf = (sources: readonly string[]): RegExp =>
  new RegExp(`(?:${sources.map((s) => `(?:${s})`).join('|')})${END}`, 'uy');

const WORD_START = new RegExp(`${START}${WORD_CHAR}`, 'gu');

const matchesAtAWordStart = (pattern: RegExp, folded: string): boolean => {
  for (const start of folded.matchAll(WORD_START)) {
    pattern.lastIndex = start.index;
    if (pattern.test(folded)) return true;
  }
  return false;
};

const ASKS_FOR_PERSON_SOURCES = sourcesOf((p) => p.asksForPerson);
const VULNERABILITY_SOURCES = sourcesOf((p) => p.vulnerability);
const ASKS_FOR_PERSON = oneOf(ASKS_FOR_PERSON_SOURCES);
const VULNERABILITY = oneOf(VULNERABILITY_SOURCES);

interface GuardSignals {
  asksForHuman: boolean;
  vulnerability: boolean;
}

const readFolded = (folded: string): GuardSignals => ({
  asksForHuman: matchesAtAWordStart(ASKS_FOR_PERSON, folded),
  vulnerability: matchesAtAWordStart(VULNERABILITY, folded),
});

/** Replays and simulations decide the same text many times; the answer is a pure function of it. */
const RECENT_LIMIT = 2048;
const recent = new Map<string, GuardSignals>();

const readGuardSignals = (text: string): GuardSignals => {
  const known = recent.get(text);
  if (known) return { ...known };
  const signals = readFolded(foldForGuard(text));
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(text, signals);
  return { ...signals };
};

/** The first pattern of each kind that matches, for tests and tuning; undefined when none does. */
const explainGuard = (text: string): { asksForHuman?: string; vulnerability?: string } => {
  const folded = foldForGuard(text);
  return {
    asksForHuman: ASKS_FOR_PERSON_SOURCES.find((s) => words(s).test(folded)),
    vulnerability: VULNERABILITY_SOURCES.find((s) => words(s).test(folded)),
  };
};

export type { GuardSignals };
export { explainGuard, foldForGuard, LANGUAGES as GUARD_LANGUAGE_PATTERNS, readGuardSignals };
