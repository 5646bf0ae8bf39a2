import { maxLogEvidenceAgainst } from '../outcomes/sequential-test.js';
import { betaQuantile } from './beta.js';

/**
 * Whether a route's live labels still agree with its history. History is first evidence: labelled
 * past tickets, scored by a model that never saw them. It stands for the route only while the
 * route behaves as it did; when the tickets change (a product change, a new kind of request), the
 * old labels above a threshold keep certifying it long after the new ones say otherwise.
 *
 * H0: every live label's chance of being wrong is at most what the history says for its score.
 * The history's rate in the label's score band is read generously, as its `bandConfidence` (90%)
 * upper bound, so a band with few history labels does not refute itself. The live labels are
 * tested in the order they were observed, with the time-uniform mixture test of
 * sequential-test.ts, so however many retunes look at them, H0 is rejected with probability at
 * most `alpha` while it holds. For a route whose behaviour did not change, it holds in each band
 * with probability at least `bandConfidence` (the bound is above the band's true rate), and where
 * it fails it fails by little, which takes many more live labels to reject. A refutation only
 * ever takes evidence away.
 */

interface ScoredLabel {
  score: number;
  correct: boolean;
}

interface HistoryCheckOptions {
  /** The test's level: its chance, over all looks, of refuting while every live label errs no more often than its band's bound. */
  alpha: number;
  /** Lower edges of the score bands, any order; a score below every edge falls in the lowest. */
  bands?: readonly number[];
  /** Confidence of the band rate's upper bound. */
  bandConfidence?: number;
}

interface HistoryCheck {
  refuted: boolean;
  /** Live labels tested. */
  n: number;
  /** Wrong ones among them. */
  errors: number;
  /** What the history allows among them: the sum of their bands' rates. */
  allowedErrors: number;
  logEvidence: number;
  logThreshold: number;
}

const DEFAULT_BANDS: readonly number[] = [0.99, 0.97, 0.95, 0.9, 0.8, 0.6, 0];
const DEFAULT_BAND_CONFIDENCE = 0.9;
/** The test needs a rate strictly inside (0, 1): an unlabelled band allows anything short of 1. */
const MAX_RATE = 0.99;

const checkHistory = (
  history: readonly ScoredLabel[],
  live: readonly ScoredLabel[],
  options: HistoryCheckOptions,
): HistoryCheck => {
  const edges = [...new Set(options.bands ?? DEFAULT_BANDS)].sort((a, b) => b - a);
  const confidence = options.bandConfidence ?? DEFAULT_BAND_CONFIDENCE;
  const band = (score: number) => {
    const i = edges.findIndex((edge) => score >= edge);
    return i === -1 ? edges.length - 1 : i;
  };
  const counts = edges.map(() => ({ n: 0, errors: 0 }));
  for (const label of history) {
    const c = counts[band(label.score)]!;
    c.n += 1;
    if (!label.correct) c.errors += 1;
  }
  const rates = counts.map(({ n, errors }) =>
    errors >= n ? MAX_RATE : Math.min(MAX_RATE, betaQuantile(confidence, errors + 1, n - errors)),
  );
  const events = live.map((label) => ({ bad: !label.correct, p0: rates[band(label.score)]! }));
  const logEvidence = maxLogEvidenceAgainst(events);
  const logThreshold = Math.log(1 / options.alpha);
  return {
    refuted: history.length > 0 && logEvidence >= logThreshold,
    n: live.length,
    errors: events.filter((e) => e.bad).length,
    allowedErrors: events.reduce((s, e) => s + e.p0, 0),
    logEvidence,
    logThreshold,
  };
};

export type { HistoryCheck, HistoryCheckOptions, ScoredLabel };
export { checkHistory, DEFAULT_BANDS };
