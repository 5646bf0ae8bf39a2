/**
 * The form of ticket text the guard's patterns are written for: no invisible format characters,
 * compatibility forms folded (full-width letters), lower case, no diacritics, one ASCII apostrophe
 * and single spaces. Customers often type without accents ("deces", "arbetslos", "pieniedzy"), so
 * the patterns are written without them and match both spellings.
 */

/** Letters NFKD does not decompose: they are letters of their own, not a base and a mark. */
const OWN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const OWN_LETTER = new RegExp(`[${Object.keys(OWN_LETTERS).join('')}]`, 'gu');

const foldForGuard = (text: string): string =>
  text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(OWN_LETTER, (c) => OWN_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u201B\u02BC`´]/gu, "'")
    .replace(/\s+/gu, ' ');

export { foldForGuard };
