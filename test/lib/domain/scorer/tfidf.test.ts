import { describe, expect, it } from 'vitest';
import { fitTfidf, tfidfFromVocabulary } from '../../../../lib/domain/scorer/tfidf.js';

const texts = ['my card was lost', 'my card was stolen', 'my card arrived', 'card arrived late'];
const norm = (values: Float32Array) => Math.sqrt(values.reduce((s, v) => s + v * v, 0));

describe('fitTfidf', () => {
  it('returns unit-length rows for text with known terms', () => {
    const vectorizer = fitTfidf(texts);
    for (const text of [...texts, 'Lost CARD!!']) {
      expect(norm(vectorizer.transform(text).values)).toBeCloseTo(1, 5);
    }
  });

  it('returns an empty row for text made only of unknown terms', () => {
    const vectorizer = fitTfidf(texts, { minDf: 2 });
    expect(vectorizer.transform('zqzq qzz').indices).toHaveLength(0);
    expect(vectorizer.transform('').indices).toHaveLength(0);
  });

  it('drops terms below min-df from the vocabulary', () => {
    const words = { charNgramRange: [0, 0], wordNgramRange: [1, 1] } as const;
    expect(fitTfidf(texts, { ...words, minDf: 1 }).featureCount).toBe(7);
    // Only "my", "card", "was" and "arrived" occur in two or more texts.
    expect(fitTfidf(texts, { ...words, minDf: 2 }).featureCount).toBe(4);
  });

  it('weights a rare word above a word that occurs in every text', () => {
    const vectorizer = fitTfidf(texts, { charNgramRange: [0, 0], wordNgramRange: [1, 1] });
    const card = vectorizer.transform('card').indices[0]!;
    const lost = vectorizer.transform('lost').indices[0]!;
    const both = vectorizer.transform('card lost');
    const weight = (index: number) => both.values[Array.from(both.indices).indexOf(index)]!;
    expect(weight(lost)).toBeGreaterThan(weight(card));
  });

  it('builds a matrix whose rows equal the single-text transform', () => {
    const vectorizer = fitTfidf(texts);
    const matrix = vectorizer.transformMany(texts);
    expect(matrix.rows).toBe(texts.length);
    texts.forEach((text, r) => {
      const row = vectorizer.transform(text);
      const start = matrix.indptr[r]!;
      const end = matrix.indptr[r + 1]!;
      expect(Array.from(matrix.indices.subarray(start, end))).toEqual(Array.from(row.indices));
      expect(Array.from(matrix.values.subarray(start, end))).toEqual(Array.from(row.values));
    });
  });

  it('rebuilds from its vocabulary and idf into a vectorizer that transforms alike', () => {
    const fitted = fitTfidf(texts, { minDf: 2 });
    const rebuilt = tfidfFromVocabulary(fitted.vocabulary, fitted.idf, { minDf: 2 });
    for (const text of [...texts, 'lost card arrived late']) {
      expect(rebuilt.transform(text)).toEqual(fitted.transform(text));
    }
  });

  it('lists each block sorted when asked, with the same features and values per term', () => {
    const firstSeen = fitTfidf(texts);
    const sorted = fitTfidf(texts, { termOrder: 'sorted' });
    expect(firstSeen.vocabulary[0]!.slice(0, 3)).toEqual(['my', 'card', 'was']);
    for (const terms of sorted.vocabulary) expect(terms).toEqual([...terms].sort());
    const byTerm = (v: typeof sorted, text: string) => {
      const names = v.vocabulary.flat();
      const row = v.transform(text);
      return Object.fromEntries(Array.from(row.indices, (c, j) => [names[c]!, row.values[j]!]));
    };
    expect(byTerm(sorted, 'my card was lost')).toEqual(byTerm(firstSeen, 'my card was lost'));
  });

  it('refuses a vocabulary that does not fit its idf or its blocks', () => {
    const fitted = fitTfidf(texts);
    expect(() => tfidfFromVocabulary(fitted.vocabulary, fitted.idf.subarray(1))).toThrow(RangeError);
    expect(() => tfidfFromVocabulary(fitted.vocabulary.slice(0, 1), fitted.idf)).toThrow(RangeError);
  });
});
