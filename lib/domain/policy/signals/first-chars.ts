/**
 * The characters a pattern's match can start with, read from its source, so the guard tries at a
 * word only the patterns that can start with that word's first character (a few dozen instead of
 * a few hundred). ANY stands for "could start with anything" (`\p{L}`, `.`, a negated class, a
 * pattern that may match nothing): such a pattern is tried everywhere. The reading is
 * conservative: when unsure it answers ANY, which costs time, never a match.
 */

const ANY = '*';

interface Atom {
  first: Set<string>;
  /** Whether the atom may match nothing (optional, starred, zero-width). */
  empty: boolean;
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

const escapeAtom = (source: string, at: number): Omit<Atom, 'empty'> => {
  const c = source[at + 1] ?? '';
  if (c === 'p' || c === 'P') return { first: new Set([ANY]), end: closing(source, at + 2, '{', '}') };
  if (c === 's') return { first: new Set([' ']), end: at + 1 };
  if (c === 'd') return { first: new Set(DIGITS), end: at + 1 };
  if (/[a-zA-Z]/.test(c)) return { first: new Set([ANY]), end: at + 1 };
  return { first: new Set([c]), end: at + 1 };
};

/** Reads the atom at `at` and its quantifier. */
const readAtom = (source: string, at: number): Atom => {
  const c = source[at]!;
  let atom: Omit<Atom, 'empty'> & { empty?: boolean };
  if (c === '(') {
    const end = closing(source, at, '(', ')');
    const inner = source.slice(at + 1, end);
    const lookaround = /^\?<?[=!]/.test(inner);
    const body = inner.replace(/^\?(:|<?[=!])/, '');
    const read = firstOf(body);
    atom = lookaround
      ? { first: new Set(), end, empty: true }
      : { first: read.first, end, empty: read.empty };
  } else if (c === '[') {
    const end = closing(source, at, '[', ']');
    atom = { first: classChars(source.slice(at + 1, end)), end };
  } else if (c === '\\') atom = escapeAtom(source, at);
  else if (c === '^' || c === '$') atom = { first: new Set(), end: at, empty: true };
  else if (c === '.') atom = { first: new Set([ANY]), end: at };
  else atom = { first: new Set([c]), end: at };
  const q = source[atom.end + 1];
  const optional = q === '?' || q === '*' || (q === '{' && source[atom.end + 2] === '0');
  let end = atom.end;
  if (q === '?' || q === '*' || q === '+') end += 1;
  else if (q === '{') end = closing(source, atom.end + 1, '{', '}');
  if (source[end + 1] === '?') end += 1;
  return { first: atom.first, empty: optional || atom.empty === true, end };
};

/** The first characters of a sequence, and whether all of it may match nothing. */
const sequenceFirst = (source: string): { first: Set<string>; empty: boolean } => {
  const first = new Set<string>();
  let at = 0;
  while (at < source.length) {
    const atom = readAtom(source, at);
    for (const c of atom.first) first.add(c);
    if (!atom.empty) return { first, empty: false };
    at = atom.end + 1;
  }
  return { first, empty: true };
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

function firstOf(source: string): { first: Set<string>; empty: boolean } {
  const first = new Set<string>();
  let empty = false;
  for (const alternative of alternatives(source)) {
    const read = sequenceFirst(alternative);
    for (const c of read.first) first.add(c);
    empty ||= read.empty;
  }
  return { first, empty };
}

/** The characters a match of `source` can start with; ANY among them when it could be anything. */
const firstChars = (source: string): Set<string> => {
  const { first, empty } = firstOf(source);
  return empty ? new Set([ANY]) : first;
};

export { ANY, alternatives, firstChars };
