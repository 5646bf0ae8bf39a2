import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { ANY, alternatives, firstPairs } from './first-chars.js';
import { foldForGuard } from './fold.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import type { LanguagePatterns } from './pattern.js';
import { compiledSource, END, START, WORD_CHAR } from './pattern.js';
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
const sticky = (source: string): RegExp => new RegExp(`(?:${compiledSource(source)})${END}`, 'uy');

/**
 * The most top-level alternatives compiled into one pattern. Few large patterns are tried faster
 * than many small ones, but V8 runs a very large pattern in its slower interpreter.
 */
const CHUNK = 32;

/**
 * V8 first runs a pattern in its interpreter and compiles it to machine code once it has run
 * often enough, but our patterns are each tried a few times per ticket, and most stayed
 * interpreted: the steady cost was about twice what compiled patterns cost. V8 compiles a pattern
 * on its next use once it has been run on a subject of 1,000 characters or more, so each pattern
 * is run once on such a subject (at once rejected: spaces start no word) when it is built. Still
 * lazy: a pattern is built, and compiled, only when a word first needs it.
 */
const TIER_UP_SUBJECT = ' '.repeat(1000);
const compiledOnNextUse = (pattern: RegExp): RegExp => {
  pattern.lastIndex = 0;
  pattern.test(TIER_UP_SUBJECT);
  return pattern;
};

const chunked = (alternatives: readonly string[]): RegExp[] => {
  const patterns: RegExp[] = [];
  for (let at = 0; at < alternatives.length; at += CHUNK)
    patterns.push(compiledOnNextUse(sticky(alternatives.slice(at, at + CHUNK).join('|'))));
  return patterns;
};

/**
 * A kind's patterns, split into their top-level alternatives and grouped by the two characters a
 * match of each can start with (first-chars.ts): at a word start only the alternatives for its
 * first two characters are tried, a few dozen of some five thousand, in a handful of compiled
 * patterns. Alternatives whose second character could be anything are in every group of their
 * first; those that could start with anything, in every group. A group is compiled the first time
 * a word needs it, so a cold start compiles only what its first ticket's words need. Splitting a
 * source at its top-level `|` changes no answer: the source matches where one of its alternatives does.
 */
const dispatch = (sources: readonly string[]) => {
  const anywhere: string[] = [];
  const byChar = new Map<string, string[]>();
  const byPair = new Map<string, string[]>();
  const add = (to: Map<string, string[]>, key: string, alternative: string) => {
    const group = to.get(key);
    if (group) group.push(alternative);
    else to.set(key, [alternative]);
  };
  for (const alternative of sources.flatMap(alternatives)) {
    for (const key of firstPairs(alternative)) {
      if (key === ANY) anywhere.push(alternative);
      else add(key.length === 1 ? byChar : byPair, key, alternative);
    }
  }
  // Each group is compiled once, on first use, and shared: an alternative is compiled into as few
  // patterns as it has keys, since V8 slows down sharply once many large patterns are live.
  const compiled = new Map<string, readonly RegExp[]>();
  const compile = (key: string, group: readonly string[]): readonly RegExp[] => {
    let patterns = compiled.get(key);
    if (!patterns) {
      patterns = chunked(group);
      compiled.set(key, patterns);
    }
    return patterns;
  };
  const combined = new Map<string, readonly RegExp[]>();
  /** Known pairs and characters only, so the cache stays bounded whatever the tickets say. */
  return (pair: string): readonly RegExp[] => {
    const char = pair[0] ?? '';
    const key = byPair.has(pair) ? pair : char;
    let patterns = combined.get(key);
    if (!patterns) {
      patterns = [
        ...(key === pair ? compile(pair, byPair.get(pair) ?? []) : []),
        ...(byChar.has(char) ? compile(`char ${char}`, byChar.get(char) ?? []) : []),
        ...compile(ANY, anywhere),
      ];
      if (byPair.has(pair) || byChar.has(char)) combined.set(key, patterns);
    }
    return patterns;
  };
};

const WORD_START = new RegExp(`${START}${WORD_CHAR}`, 'gu');

const matchesAtAWordStart = (patternsFor: (pair: string) => readonly RegExp[], folded: string): boolean => {
  for (const start of folded.matchAll(WORD_START)) {
    for (const pattern of patternsFor(folded.slice(start.index, start.index + 2))) {
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
interface Compiled {
  source: string;
  pattern: RegExp;
}
/**
 * Compiled to machine code too: the reference tries every pattern at every word, and interpreted
 * it took a minute of the suite on a loaded machine.
 */
const compiledEach = (sources: readonly string[]): Compiled[] =>
  sources.map((source) => ({ source, pattern: compiledOnNextUse(sticky(source)) }));
const EVERYWHERE = onFirstUse(() => ({
  asksForHuman: compiledEach(ASKS_FOR_PERSON_SOURCES),
  vulnerability: compiledEach(VULNERABILITY_SOURCES),
}));

/** The source as written, not as compiled, so a tuner can find it in the language's file. */
const firstMatch = (patterns: readonly Compiled[], folded: string): string | undefined => {
  for (const start of folded.matchAll(WORD_START)) {
    const found = patterns.find(({ pattern }) => {
      pattern.lastIndex = start.index;
      return pattern.test(folded);
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
