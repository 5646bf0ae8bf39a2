import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { ANY, alternatives, firstChars } from './first-chars.js';
import { foldForGuard } from './fold.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import type { LanguagePatterns } from './pattern.js';
import { END, START, WORD_CHAR } from './pattern.js';
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

/** A pattern tried only at the position it is given (sticky), up to the end of a word. */
const sticky = (source: string): RegExp => new RegExp(`(?:${source})${END}`, 'uy');

/**
 * The most top-level alternatives compiled into one pattern. Few large patterns are tried faster
 * than many small ones, but V8 runs a very large pattern in its slower interpreter.
 */
const CHUNK = 32;

const chunked = (alternatives: readonly string[]): RegExp[] => {
  const patterns: RegExp[] = [];
  for (let at = 0; at < alternatives.length; at += CHUNK)
    patterns.push(sticky(alternatives.slice(at, at + CHUNK).join('|')));
  return patterns;
};

/**
 * A kind's patterns, split into their top-level alternatives and grouped by the character a match
 * of each can start with (first-chars.ts): at a word start only the alternatives for its first
 * character are tried, a few dozen of some two thousand, in a handful of compiled patterns.
 * Alternatives that could start with anything are in every group. Splitting a source at its
 * top-level `|` changes no answer: the source matches where one of its alternatives does.
 */
const dispatch = (sources: readonly string[]) => {
  const all = sources.flatMap(alternatives);
  const anywhere = chunked(all.filter((a) => firstChars(a).has(ANY)));
  const byChar = new Map<string, string[]>();
  for (const alternative of all)
    for (const c of firstChars(alternative))
      if (c !== ANY) byChar.set(c, [...(byChar.get(c) ?? []), alternative]);
  const compiled = new Map([...byChar].map(([c, group]) => [c, [...chunked(group), ...anywhere]]));
  return (char: string): readonly RegExp[] => compiled.get(char) ?? anywhere;
};

const WORD_START = new RegExp(`${START}${WORD_CHAR}`, 'gu');

const matchesAtAWordStart = (patternsFor: (char: string) => readonly RegExp[], folded: string): boolean => {
  for (const start of folded.matchAll(WORD_START)) {
    for (const pattern of patternsFor(start[0])) {
      pattern.lastIndex = start.index;
      if (pattern.test(folded)) return true;
    }
  }
  return false;
};

const ASKS_FOR_PERSON_SOURCES = sourcesOf((p) => p.asksForPerson);
const VULNERABILITY_SOURCES = sourcesOf((p) => p.vulnerability);
/**
 * Compiled on the first ticket read, not at import: the eleven languages' patterns take tens of
 * milliseconds to compile, which would otherwise land on every classify cold start.
 */
const onFirstUse = <T>(build: () => T): (() => T) => {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
};
const ASKS_FOR_PERSON = onFirstUse(() => dispatch(ASKS_FOR_PERSON_SOURCES));
const VULNERABILITY = onFirstUse(() => dispatch(VULNERABILITY_SOURCES));

interface GuardSignals {
  asksForHuman: boolean;
  vulnerability: boolean;
}

const readFolded = (folded: string): GuardSignals => ({
  asksForHuman: matchesAtAWordStart(ASKS_FOR_PERSON(), folded),
  vulnerability: matchesAtAWordStart(VULNERABILITY(), folded),
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

/** Every pattern tried at every word start: the reference the dispatch is tested against. */
const EVERYWHERE = onFirstUse(() => ({
  asksForHuman: ASKS_FOR_PERSON_SOURCES.map(sticky),
  vulnerability: VULNERABILITY_SOURCES.map(sticky),
}));

const firstMatch = (patterns: readonly RegExp[], folded: string): string | undefined => {
  for (const start of folded.matchAll(WORD_START)) {
    const found = patterns.find((p) => {
      p.lastIndex = start.index;
      return p.test(folded);
    });
    if (found) return found.source;
  }
  return undefined;
};

/** The first pattern of each kind that matches, for tests and tuning; undefined when none does. */
const explainGuard = (text: string): { asksForHuman?: string; vulnerability?: string } => {
  const folded = foldForGuard(text);
  const everywhere = EVERYWHERE();
  return {
    asksForHuman: firstMatch(everywhere.asksForHuman, folded),
    vulnerability: firstMatch(everywhere.vulnerability, folded),
  };
};

export type { GuardSignals };
export { explainGuard, foldForGuard, LANGUAGES as GUARD_LANGUAGE_PATTERNS, readGuardSignals };
