/**
 * TF-IDF features: word n-grams and char_wb n-grams, each block L2-normalised and weighted, then the
 * concatenation L2-normalised. A fitted vocabulary (rather than feature hashing) keeps features exact; the
 * min-df cut drops one-off n-grams, which are mostly noise and would only bloat the weight matrix.
 */
import { charNgrams, normalizeText, wordNgrams, wordTokens } from './tokenize.js';

interface TfidfOptions {
  /** Word n-gram range, inclusive; [0, 0] disables the block. Default [1, 2]. */
  wordNgramRange?: readonly [number, number];
  /** Character n-gram range within word boundaries; [0, 0] disables the block. Default [2, 5]. */
  charNgramRange?: readonly [number, number];
  /** Minimum number of training documents a term must appear in. Default 2. */
  minDf?: number;
  /** Relative weight of the word block against the char block (each is normalised first). Default 1. */
  wordWeight?: number;
  /** Default 1. */
  charWeight?: number;
}

interface SparseMatrix {
  rows: number;
  cols: number;
  /** Row r's entries are indices/values[indptr[r] .. indptr[r+1]). */
  indptr: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

interface TfidfVectorizer {
  readonly featureCount: number;
  transform(text: string): SparseVector;
  transformMany(texts: readonly string[]): SparseMatrix;
}

type Block = { extract: (tokens: string[]) => string[]; weight: number };

const makeBlocks = (options: TfidfOptions): Block[] => {
  const [wMin, wMax] = options.wordNgramRange ?? [1, 2];
  const [cMin, cMax] = options.charNgramRange ?? [2, 5];
  const blocks: Block[] = [];
  if (wMin > 0) blocks.push({ extract: (t) => wordNgrams(t, wMin, wMax), weight: options.wordWeight ?? 1 });
  if (cMin > 0) blocks.push({ extract: (t) => charNgrams(t, cMin, cMax), weight: options.charWeight ?? 1 });
  return blocks;
};

const countTerms = (terms: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
};

const fitTfidf = (texts: readonly string[], options: TfidfOptions = {}): TfidfVectorizer => {
  const blocks = makeBlocks(options);
  const minDf = options.minDf ?? 2;
  const tokenized = texts.map((t) => wordTokens(normalizeText(t)));
  // One vocabulary per block so a word "ab" and a char gram "ab" never share a column.
  const vocabularies = blocks.map(() => new Map<string, number>());
  const idf: number[] = [];
  blocks.forEach((block, b) => {
    const df = new Map<string, number>();
    for (const tokens of tokenized) {
      for (const term of new Set(block.extract(tokens))) df.set(term, (df.get(term) ?? 0) + 1);
    }
    for (const [term, count] of df) {
      if (count < minDf) continue;
      vocabularies[b]!.set(term, idf.length);
      // Smoothed idf as in scikit-learn: as if one extra document contained every term.
      idf.push(Math.log((1 + texts.length) / (1 + count)) + 1);
    }
  });
  const idfArray = Float32Array.from(idf);

  const vectorizeTokens = (tokens: string[]): SparseVector => {
    const indices: number[] = [];
    const values: number[] = [];
    blocks.forEach((block, b) => {
      const start = values.length;
      let norm = 0;
      for (const [term, count] of countTerms(block.extract(tokens))) {
        const index = vocabularies[b]!.get(term);
        if (index === undefined) continue;
        // Sublinear tf: a repeated word is more evidence, but not proportionally more.
        const value = (1 + Math.log(count)) * idfArray[index]!;
        indices.push(index);
        values.push(value);
        norm += value * value;
      }
      const scale = norm > 0 ? block.weight / Math.sqrt(norm) : 0;
      for (let i = start; i < values.length; i += 1) values[i]! *= scale;
    });
    let total = 0;
    for (const v of values) total += v * v;
    const scale = total > 0 ? 1 / Math.sqrt(total) : 0;
    return { indices: Int32Array.from(indices), values: Float32Array.from(values, (v) => v * scale) };
  };

  const transform = (text: string): SparseVector => vectorizeTokens(wordTokens(normalizeText(text)));

  const transformMany = (inputs: readonly string[]): SparseMatrix => {
    const vectors = inputs === texts ? tokenized.map(vectorizeTokens) : inputs.map(transform);
    const indptr = new Int32Array(vectors.length + 1);
    vectors.forEach((v, r) => {
      indptr[r + 1] = indptr[r]! + v.indices.length;
    });
    const indices = new Int32Array(indptr[vectors.length]!);
    const values = new Float32Array(indices.length);
    vectors.forEach((v, r) => {
      indices.set(v.indices, indptr[r]!);
      values.set(v.values, indptr[r]!);
    });
    return { rows: vectors.length, cols: idfArray.length, indptr, indices, values };
  };

  return { featureCount: idfArray.length, transform, transformMany };
};

export type { SparseMatrix, SparseVector, TfidfOptions, TfidfVectorizer };
export { fitTfidf };
