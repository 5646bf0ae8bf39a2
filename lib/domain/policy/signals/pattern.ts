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

/** What one language contributes to the guard: phrase sources, written for folded text. */
interface LanguagePatterns {
  /** Asking for a person, a call, a manager; a formal complaint; a regulator or ombudsman; the law. */
  asksForPerson: readonly string[];
  /** FCA FG21/1 drivers: health, life events, resilience, capability. */
  vulnerability: readonly string[];
}

export type { LanguagePatterns };
export { END, START, WORD_CHAR, words };
