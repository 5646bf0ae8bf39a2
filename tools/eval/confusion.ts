import type { ScoredOutcome } from './risk-coverage.js';

/** The mistakes that happen most: true label → predicted label, with how often. */

interface ConfusionPair {
  label: string;
  predicted: string;
  count: number;
}

const topConfusions = (predictions: readonly ScoredOutcome[], limit = 10): ConfusionPair[] => {
  const counts = new Map<string, ConfusionPair>();
  for (const p of predictions) {
    if (p.label === p.predicted) continue;
    // A JSON key, so labels containing any separator cannot collide.
    const key = JSON.stringify([p.label, p.predicted]);
    const pair = counts.get(key) ?? { label: p.label, predicted: p.predicted, count: 0 };
    pair.count += 1;
    counts.set(key, pair);
  }
  return [...counts.values()]
    .sort(
      (a, b) => b.count - a.count || a.label.localeCompare(b.label) || a.predicted.localeCompare(b.predicted),
    )
    .slice(0, limit);
};

export type { ConfusionPair };
export { topConfusions };
