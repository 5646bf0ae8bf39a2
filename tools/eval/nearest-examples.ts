/**
 * The labelled examples of a route that look most like a ticket, by cosine similarity of word
 * counts. Deliberately simple: the narrowed prompt only needs a couple of relevant examples per
 * candidate, and this keeps the evaluation independent of the embedded model's internals.
 */

interface Example {
  text: string;
  label: string;
}

interface IndexedExample {
  text: string;
  counts: Map<string, number>;
  norm: number;
}

const wordCounts = (text: string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
};

const normOf = (counts: ReadonlyMap<string, number>): number =>
  Math.sqrt([...counts.values()].reduce((s, c) => s + c * c, 0));

const cosine = (a: IndexedExample, b: IndexedExample): number => {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (const [word, count] of a.counts) dot += count * (b.counts.get(word) ?? 0);
  return dot / (a.norm * b.norm);
};

const indexed = (text: string): IndexedExample => {
  const counts = wordCounts(text);
  return { text, counts, norm: normOf(counts) };
};

const createExampleIndex = (examples: readonly Example[]) => {
  const byLabel = new Map<string, IndexedExample[]>();
  for (const e of examples) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), indexed(e.text)]);

  /** Up to `n` examples of `label`, most similar first; the ticket's own text is never returned. */
  const nearest = (text: string, label: string, n: number): string[] => {
    const query = indexed(text);
    return (byLabel.get(label) ?? [])
      .filter((e) => e.text !== text)
      .map((e) => ({ text: e.text, score: cosine(query, e) }))
      .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text))
      .slice(0, n)
      .map((e) => e.text);
  };

  return { nearest };
};

type ExampleIndex = ReturnType<typeof createExampleIndex>;

export type { ExampleIndex };
export { createExampleIndex };
