import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';
import { compiledSource, END } from '../../../../../lib/domain/policy/signals/pattern.js';

/** How a source is compiled: for folded text, whose letters are a to z and whose spaces are single. */

const compiled = (source: string): RegExp => new RegExp(`(?:${compiledSource(source)})${END}`, 'uy');

const matchesAt = (source: string, text: string, at = 0): boolean => {
  const pattern = compiled(source);
  pattern.lastIndex = at;
  return pattern.test(text);
};

describe('compiledSource', () => {
  it.each([
    [String.raw`dyslexi\p{L}*`, '[a-z]*', 'dyslexi[a-z]*'],
    [String.raw`(\p{L}+\s+){0,2}`, 'a word and a space', '([a-z]+ +){0,2}'],
    [String.raw`(?![\p{L}])`, 'a class of letters', '(?![a-z])'],
    [String.raw`a\.b\\p`, 'escapes it does not know', String.raw`a\.b\\p`],
    [String.raw`a\\p{L}`, 'an escaped backslash, then p{L} as plain text', String.raw`a\\p{L}`],
    [String.raw`\[\p{L}`, 'an escaped bracket, which opens no class', String.raw`\[[a-z]`],
    [String.raw`[x\p{L}]`, 'a letter class with another member before', '[xa-z]'],
    [String.raw`[x]\p{L}`, 'a class that has closed', '[x][a-z]'],
  ])('rewrites %s (%s) as %s', (source, _what, expected) => {
    expect(compiledSource(source)).toBe(expected);
  });

  it('matches an open word ending and a gap of words as the source does', () => {
    expect(matchesAt(String.raw`dyslexi\p{L}*`, 'dyslexia, sorry')).toBe(true);
    expect(matchesAt(String.raw`he\s+(\p{L}+\s+){0,2}took\s+my\s+card`, 'he just quietly took my card')).toBe(
      true,
    );
  });

  it('still ends a match only at the end of a word, whatever letters follow', () => {
    expect(matchesAt('cancer', 'cancerígeno')).toBe(false);
    expect(matchesAt('cancer', 'cancerigeno')).toBe(false);
  });
});

describe('the context checks, through the guard', () => {
  it.each([
    ['a funeral word with nothing else to go on', 'The funeral is on Friday, can I move my payment?'],
    ['a German funeral word alone', 'Die Beerdigung ist am Freitag, kann ich später zahlen?'],
    ['broke until a date, not a weekday', 'Helt flad til den 25., kan jeg rykke betalingen?'],
  ])('still flags %s', (_what, text) => {
    expect(readGuardSignals(text).vulnerability).toBe(true);
  });
});
