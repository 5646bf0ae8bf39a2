/**
 * Grouped folds: a customer's tickets, and tickets whose text is the same once case, spacing and
 * punctuation are folded, always share a fold, so a ticket held out is never scored by a model that
 * trained on its duplicate or on its customer's other tickets. The route scorer's cross-fit and the
 * need-a-person detector's threshold both use them.
 */
import { mulberry32, shuffleInPlace } from './prng.js';
import { normalizeText, wordTokens } from './tokenize.js';

/** What a fold assignment reads of a labelled ticket. */
interface FoldExample {
  text: string;
  route: string;
  customerId?: string;
}

/** The text with case, diacritics, spacing and punctuation folded away: equal keys, same ticket text. */
const textKey = (text: string): string => wordTokens(normalizeText(text)).join(' ');

/** Groups of example indices joined by a shared customerId or text key (union-find over both keys). */
const groupsOf = (examples: readonly FoldExample[]): number[][] => {
  const parent = examples.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const firstWithKey = new Map<string, number>();
  examples.forEach((e, i) => {
    const keys = [
      `text:${textKey(e.text)}`,
      ...(e.customerId === undefined ? [] : [`customer:${e.customerId}`]),
    ];
    for (const key of keys) {
      const first = firstWithKey.get(key);
      if (first === undefined) firstWithKey.set(key, i);
      else parent[find(i)] = find(first);
    }
  });
  const groups = new Map<number, number[]>();
  examples.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
};

/** The route most of a group's tickets carry (the first such, on a tie). */
const mainRoute = (examples: readonly FoldExample[], group: readonly number[]): string => {
  const counts = new Map<string, number>();
  for (const i of group) counts.set(examples[i]!.route, (counts.get(examples[i]!.route) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
};

/**
 * Each example's fold in [0, folds). Groups are dealt largest first (ties in seeded random order), each
 * to the fold holding the fewest of its main route, then the fewest tickets: folds come out near equal
 * in size and in each route's share, as far as the groups allow.
 */
const groupFolds = (examples: readonly FoldExample[], folds: number, seed: number): number[] => {
  if (!Number.isInteger(folds) || folds < 2)
    throw new RangeError(`groupFolds: folds must be an integer ≥ 2, got ${folds}`);
  const groups = shuffleInPlace(groupsOf(examples), mulberry32(seed)).sort((a, b) => b.length - a.length);
  const sizes = new Array<number>(folds).fill(0);
  const routeCounts = new Map<string, number[]>();
  const assignment = new Array<number>(examples.length).fill(0);
  for (const group of groups) {
    const route = mainRoute(examples, group);
    const counts = routeCounts.get(route) ?? new Array<number>(folds).fill(0);
    routeCounts.set(route, counts);
    let best = 0;
    for (let f = 1; f < folds; f += 1) {
      if (counts[f]! < counts[best]! || (counts[f] === counts[best] && sizes[f]! < sizes[best]!)) best = f;
    }
    counts[best]! += group.length;
    sizes[best]! += group.length;
    for (const i of group) assignment[i] = best;
  }
  return assignment;
};

export type { FoldExample };
export { groupFolds };
