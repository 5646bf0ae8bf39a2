/**
 * JavaScript's \b knows only ASCII word characters: it finds no boundary after "décédé" and one
 * inside "cancerígeno". Every pattern is bounded by Unicode letters, marks and digits instead.
 */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
const START = `(?<!${WORD_CHAR})`;
const END = `(?!${WORD_CHAR})`;

/** A phrase that starts and ends on word boundaries. Write `\p{L}*` for an open word ending. */
/** Case-sensitive: the guard matches folded (lower-case) text, and the i flag costs much under u. */
const words = (source: string, flags = 'u'): RegExp => new RegExp(`${START}(?:${source})${END}`, flags);

const LETTER = String.raw`\p{L}`;
const SPACE = String.raw`\s`;

/**
 * A source as the guard compiles it: `\p{L}` as `[a-z]`. The guard only reads folded text
 * (fold.ts), whose letters are a to z in all eleven languages, so this changes no answer on them;
 * a word in another script is simply not crossed by a gap such as `(\p{L}+\s+){0,2}`. Under the u
 * flag V8 compiles each `\p{L}` into a search over hundreds of ranges, and with some six thousand
 * alternatives the native code grew past what V8 keeps native: patterns fell back to its
 * interpreter and the steady cost nearly doubled. Boundaries (START, END) keep Unicode letters.
 */
const compiledSource = (source: string): string => {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] as string;
    if (source.startsWith(LETTER, i)) {
      out += inClass ? 'a-z' : '[a-z]';
      i += LETTER.length - 1;
    } else if (source.startsWith(SPACE, i)) {
      out += ' ';
      i += SPACE.length - 1;
    } else if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i += 1;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
};

/** What one language contributes to the guard: phrase sources, written for folded text. */
interface LanguagePatterns {
  /** Asking for a person, a call, a manager; a formal complaint; a regulator or ombudsman; the law. */
  asksForPerson: readonly string[];
  /** FCA FG21/1 drivers: health, life events, resilience, capability. */
  vulnerability: readonly string[];
}

export type { LanguagePatterns };
export { compiledSource, END, START, WORD_CHAR, words };
