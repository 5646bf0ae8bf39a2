/**
 * The characters a pattern's match can start with, read from its source, so the guard tries at a
 * word only the patterns that can start with that word's first two characters (a few dozen instead
 * of thousands). ANY stands for "could start with anything" (`\p{L}`, `.`, a negated class, a
 * pattern that may match nothing): such a pattern is tried everywhere. The reading is
 * conservative: when unsure it answers ANY, which costs time, never a match.
 */

const ANY = '*';

/** The characters an escape can match first, and where it ends. */
interface EscapeAtom {
  first: Set<string>;
  end: number;
}

const DIGITS = '0123456789';

const classChars = (body: string): Set<string> => {
  if (body.startsWith('^') || body.includes('\\')) return new Set([ANY]);
  const chars = new Set<string>();
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    const to = body[i + 2];
    if (body[i + 1] === '-' && to !== undefined) {
      for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code += 1)
        chars.add(String.fromCharCode(code));
      i += 2;
    } else chars.add(c);
  }
  return chars;
};

const closing = (source: string, open: number, openChar: string, closeChar: string): number => {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (c === '[' && openChar === '(') i = closing(source, i, '[', ']');
    else if (c === openChar) depth += 1;
    else if (c === closeChar) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return source.length - 1;
};

const escapeAtom = (source: string, at: number): EscapeAtom => {
  const c = source[at + 1] ?? '';
  if (c === 'p' || c === 'P') return { first: new Set([ANY]), end: closing(source, at + 2, '{', '}') };
  if (c === 's') return { first: new Set([' ']), end: at + 1 };
  if (c === 'd') return { first: new Set(DIGITS), end: at + 1 };
  if (/[a-zA-Z]/.test(c)) return { first: new Set([ANY]), end: at + 1 };
  return { first: new Set([c]), end: at + 1 };
};

/** Splits a source at its top-level `|`. */
const alternatives = (source: string): string[] => {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (c === '(') i = closing(source, i, '(', ')');
    else if (c === '[') i = closing(source, i, '[', ']');
    else if (c === '|') {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
};

/**
 * The first two characters a match can start with, so the guard can group patterns by a word's
 * first two characters, not one: some twenty times fewer tried at each word. WILD stands for a
 * character that could be anything. The reading over-approximates, never the other way round.
 */
const WILD = '\u0000';
const PAIR = 2;
/** Past this many prefixes an alternative is grouped by its first character alone. */
const MOST_PREFIXES = 256;

const joinPrefixes = (left: ReadonlySet<string>, right: ReadonlySet<string>): Set<string> => {
  const joined = new Set<string>();
  for (const l of left) {
    if (l.length >= PAIR) joined.add(l);
    else for (const r of right) joined.add((l + r).slice(0, PAIR));
  }
  return joined;
};

const atomPrefixes = (source: string, at: number): { prefixes: Set<string>; end: number } => {
  const c = source[at]!;
  if (c === '(') {
    const end = closing(source, at, '(', ')');
    const inner = source.slice(at + 1, end);
    if (/^\?<?[=!]/.test(inner)) return { prefixes: new Set(['']), end };
    return { prefixes: prefixesOf(inner.replace(/^\?:/, '')), end };
  }
  if (c === '[') {
    const end = closing(source, at, '[', ']');
    const chars = classChars(source.slice(at + 1, end));
    return { prefixes: chars.has(ANY) ? new Set([WILD]) : chars, end };
  }
  if (c === '^' || c === '$') return { prefixes: new Set(['']), end: at };
  if (c === '.') return { prefixes: new Set([WILD]), end: at };
  if (c !== '\\') return { prefixes: new Set([c]), end: at };
  const { first, end } = escapeAtom(source, at);
  return { prefixes: first.has(ANY) ? new Set([WILD]) : first, end };
};

/** An atom's prefixes under its quantifier, and where the quantifier ends. */
const quantified = (source: string, at: number): { prefixes: Set<string>; end: number } => {
  const atom = atomPrefixes(source, at);
  const q = source[atom.end + 1];
  let end = atom.end;
  let prefixes = atom.prefixes;
  if (q === '?' || q === '*' || q === '+' || q === '{') {
    end = q === '{' ? closing(source, atom.end + 1, '{', '}') : atom.end + 1;
    const twice = joinPrefixes(atom.prefixes, atom.prefixes);
    prefixes = new Set([...atom.prefixes, ...twice]);
    if (q !== '+' && !(q === '{' && !source.slice(atom.end + 2).startsWith('0'))) prefixes.add('');
  }
  if (source[end + 1] === '?') end += 1;
  return { prefixes, end };
};

function prefixesOf(source: string): Set<string> {
  const all = new Set<string>();
  for (const alternative of alternatives(source)) {
    let prefixes = new Set(['']);
    for (let at = 0; at < alternative.length && [...prefixes].some((p) => p.length < PAIR); ) {
      const atom = quantified(alternative, at);
      prefixes = joinPrefixes(prefixes, atom.prefixes);
      at = atom.end + 1;
    }
    for (const p of prefixes) all.add(p);
  }
  return all;
}

/**
 * The keys a match of `source` can start at: two characters, or one (its second could be
 * anything, or the match may be one character long), or ANY.
 */
const firstPairs = (source: string): Set<string> => {
  const prefixes = prefixesOf(source);
  const keys = new Set<string>();
  for (const p of prefixes) {
    if (p === '' || p[0] === WILD) return new Set([ANY]);
    keys.add(p.length < PAIR || p[1] === WILD ? p[0]! : p);
  }
  if (keys.size <= MOST_PREFIXES) return keys;
  return new Set([...keys].map((k) => k[0]!));
};

export { ANY, alternatives, firstPairs };
