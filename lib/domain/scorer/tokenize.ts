/**
 * Text → terms. Word uni/bigrams carry the intent vocabulary; character n-grams inside word boundaries
 * (scikit-learn's "char_wb") make the model robust to typos, inflections and unseen compounds, which
 * support tickets are full of.
 */

/** Lowercase and strip diacritics so "Café" and "cafe" share features. */
const normalizeText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

// Letters/digits with inner apostrophes ("don't", "card's"); everything else is a separator.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Word tokens of already-normalised text; apostrophes are unified so ’ and ' match. */
const wordTokens = (normalized: string): string[] => {
  const tokens = normalized.match(WORD) ?? [];
  return tokens.map((t) => t.replace(/’/g, "'"));
};

/** Contiguous word n-grams for n in [minN, maxN], joined by a space. */
const wordNgrams = (tokens: readonly string[], minN: number, maxN: number, out: string[] = []): string[] => {
  for (let n = minN; n <= maxN; n += 1) {
    for (let i = 0; i + n <= tokens.length; i += 1) {
      out.push(n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' '));
    }
  }
  return out;
};

/**
 * Character n-grams of each token padded with one space either side, for n in [minN, maxN]. A padded token
 * shorter than n contributes itself once, as scikit-learn's char_wb does, so short words still count.
 */
const charNgrams = (tokens: readonly string[], minN: number, maxN: number, out: string[] = []): string[] => {
  for (const token of tokens) {
    const padded = ` ${token} `;
    const len = padded.length;
    for (let n = minN; n <= maxN; n += 1) {
      if (len <= n) {
        out.push(padded);
        break;
      }
      for (let i = 0; i + n <= len; i += 1) out.push(padded.slice(i, i + n));
    }
  }
  return out;
};

export { charNgrams, normalizeText, wordNgrams, wordTokens };
