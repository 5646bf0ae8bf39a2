import { describe, expect, it } from 'vitest';
import { charNgrams, normalizeText, wordNgrams, wordTokens } from '../../../../lib/domain/scorer/tokenize.js';

describe('tokenize', () => {
  it('lowercases and strips diacritics so accented and plain spellings match', () => {
    expect(normalizeText('Café CRÈME')).toBe('cafe creme');
  });

  it('splits on punctuation but keeps inner apostrophes, unifying curly ones', () => {
    expect(wordTokens(normalizeText("Why can’t I top-up? It's £20!"))).toEqual([
      'why',
      "can't",
      'i',
      'top',
      'up',
      "it's",
      '20',
    ]);
  });

  it('returns no tokens for text without letters or digits', () => {
    expect(wordTokens(normalizeText('  ?!… '))).toEqual([]);
  });

  it('builds word unigrams then bigrams', () => {
    expect(wordNgrams(['card', 'not', 'arrived'], 1, 2)).toEqual([
      'card',
      'not',
      'arrived',
      'card not',
      'not arrived',
    ]);
  });

  it('builds space-padded char n-grams inside each word, counting a short word once', () => {
    expect(charNgrams(['ab'], 2, 3)).toEqual([' a', 'ab', 'b ', ' ab', 'ab ']);
    expect(charNgrams(['a'], 2, 5)).toEqual([' a', 'a ', ' a ']);
  });
});
