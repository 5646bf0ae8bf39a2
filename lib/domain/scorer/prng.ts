/**
 * Seeded randomness for the embedded classifier. Training must be reproducible (the product compares
 * runs and sets thresholds on them), so nothing here may touch Math.random.
 */

type Random = () => number;

/** mulberry32: a tiny 32-bit generator; statistically fine for shuffling and weight noise. */
const mulberry32 = (seed: number): Random => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Fisher–Yates in place; returns the same array so calls can be chained. */
const shuffleInPlace = <T>(items: T[], random: Random): T[] => {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
};

export type { Random };
export { mulberry32, shuffleInPlace };
