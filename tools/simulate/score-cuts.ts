/**
 * Every threshold a score can be cut at, most confident first: at each distinct score, how many
 * items lie at or above it and how many of those are wrong. A threshold takes every item at its
 * score, so ties are never split.
 */
interface ScoreCut {
  confidence: number;
  count: number;
  errors: number;
}

const scoreCuts = <T extends { confidence: number }>(
  items: readonly T[],
  isWrong: (item: T) => boolean,
): ScoreCut[] => {
  const sorted = [...items].sort((a, b) => b.confidence - a.confidence);
  const cuts: ScoreCut[] = [];
  let errors = 0;
  sorted.forEach((item, i) => {
    if (isWrong(item)) errors += 1;
    const next = sorted[i + 1];
    if (next === undefined || next.confidence !== item.confidence)
      cuts.push({ confidence: item.confidence, count: i + 1, errors });
  });
  return cuts;
};

export type { ScoreCut };
export { scoreCuts };
