import { clopperPearsonUpper } from '../../lib/domain/thresholds/binomial.js';
import { scoreCuts } from './score-cuts.js';

/**
 * How much a per-route cap lets through at most, whatever the method: each route gets every label
 * it will ever have (its history and every stream ticket, labelled or not) and, in hindsight, the
 * lowest threshold whose labels above it pass an exact one-sided binomial test of error ≤ cap at
 * level δ. No valid per-route procedure sees more labels, and for one threshold none is more
 * powerful than that test on the labels above it, so none can be expected to automate more (a
 * lucky early run of clean labels certifies more in some runs, at most as often as the test's
 * power allows).
 */

interface ScoredLabel {
  route: string;
  correct: boolean;
  confidence: number;
}

/** The lowest threshold whose labels above it bound the error under `cap` at 1 − δ, if any. */
const lowestCertifiable = (labels: readonly ScoredLabel[], cap: number, delta: number): number | undefined =>
  scoreCuts(labels, (l) => !l.correct)
    .filter((cut) => clopperPearsonUpper(cut.errors, cut.count, 1 - delta) <= cap)
    .at(-1)?.confidence;

const byRoute = (labels: readonly ScoredLabel[]): Map<string, ScoredLabel[]> => {
  const map = new Map<string, ScoredLabel[]>();
  for (const l of labels) map.set(l.route, [...(map.get(l.route) ?? []), l]);
  return map;
};

/**
 * The share of `stream` a hindsight per-route certifier would automate: routes in `autoRoutes`, each
 * at its lowest certifiable threshold over `history` and `stream` together.
 */
const capBoundCoverage = (
  history: readonly ScoredLabel[],
  stream: readonly ScoredLabel[],
  autoRoutes: ReadonlySet<string>,
  cap: number,
  delta: number,
): number => {
  if (stream.length === 0) return 0;
  const evidence = byRoute([...history, ...stream]);
  let covered = 0;
  for (const [route, routeStream] of byRoute(stream)) {
    if (!autoRoutes.has(route)) continue;
    const threshold = lowestCertifiable(evidence.get(route) ?? [], cap, delta);
    if (threshold !== undefined) covered += routeStream.filter((l) => l.confidence >= threshold).length;
  }
  return covered / stream.length;
};

export type { ScoredLabel };
export { capBoundCoverage, lowestCertifiable };
