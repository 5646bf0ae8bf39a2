import { DEFAULTS } from '../settings.schema.js';
import type { Observation } from './observation.js';
import { mixturePath } from './sequential-test.js';

/**
 * Drops a route back to humans as soon as its labels show that its auto-resolutions are wrong
 * more often than the target the retune certified them to, not some multiple of it.
 *
 * Two sequential tests (sequential-test.ts) run on the route's window:
 * - labels: every label of a ticket the route would have auto-resolved (a QA audit of an
 *   auto-resolution, an exploration holdout's human label), H0: error <= targetError. Each label
 *   was drawn with a probability fixed before its outcome was known and blind to it, so each one,
 *   given the past, is wrong with the auto-resolutions' error rate at that time: counted plainly;
 * - reopens: customer feedback on auto-resolutions, H0: reopen rate <= reopenBaseline.
 * A fresh test starts at every UTC midnight (and at `evidenceSince`, after a trip) and is checked
 * after every event until its start leaves the window, so a drift is caught by the first test
 * started after it, undiluted by months of good labels.
 *
 * False-trip guarantee: each started test gets alpha = delta / (2 · windowDays) per signal; by
 * Ville's inequality it ever crosses, while its H0 holds, with probability at most alpha, however
 * often the breaker looks. One start per day over a `windowDays` window makes the expected number
 * of false trips of a route whose error is at or below target, and whose reopen rate is at or
 * below the baseline, at most delta per `windowDays` days (0.05 per 14 days at the defaults: about
 * 1.3 a year for a route sitting exactly at target; far fewer below it). The error must hold for
 * each label given the past (a route may improve or vary, never exceed the target).
 */

interface BreakerSettings {
  /** The retune's target error: H0 is that auto-resolutions are wrong at most this often. */
  targetError: number;
  /** Expected false trips per window of a route at target (split evenly between the signals). */
  delta: number;
  /** Reopen rate of auto-resolutions that is still normal (wrong and right ones reopen). */
  reopenBaseline: number;
  /** Exploration rate a tripped route keeps until fresh automated labels re-certify it. */
  trippedExplorationRate: number;
}

interface BreakerWindow {
  /** Observations from this time on are read. */
  from: string;
  /** Set when `from` is the route's `evidenceSince`: a fixed start, which a test may start at. */
  periodStart?: string;
  now: number;
  days: number;
}

type BreakerSignal = 'label_errors' | 'reopens';

interface SignalStats {
  signal: BreakerSignal;
  n: number;
  events: number;
  observed: number;
  /** Largest log of a started test's mixture, and the log of 1/alpha it must reach. */
  logEvidence: number;
  logThreshold: number;
  /** Start of the test that came closest (or crossed). */
  since?: string;
}

type BreakerVerdict = { tripped: false; stats: SignalStats[] } | ({ tripped: true } & SignalStats);

const DEFAULT_BREAKER: BreakerSettings = {
  targetError: DEFAULTS.retune.targetError,
  delta: DEFAULTS.breaker.delta,
  reopenBaseline: DEFAULTS.breaker.reopenBaseline,
  trippedExplorationRate: DEFAULTS.breaker.trippedExplorationRate,
};

const DAY_MS = 86_400_000;

/**
 * A label of a ticket the route would have auto-resolved (records written before the flag: an
 * audit). A disagreement still pending QA's ruling waits for it: the agent may be the one wrong.
 */
const isBreakerLabel = (o: Observation) =>
  o.kind === 'label' &&
  o.correct !== undefined &&
  o.adjudication !== 'pending' &&
  (o.automatable ?? (o.autoResolved && o.source === 'qa'));

const isReopenSignal = (o: Observation) => o.autoResolved && o.reopened !== undefined;

/** Whether an observation feeds the breaker: run it after each one. */
const watchedByBreaker = (o: Observation) => isBreakerLabel(o) || isReopenSignal(o);

/** Every UTC midnight after `from` up to `now`, and the period start itself. */
const testStarts = (window: BreakerWindow): string[] => {
  const starts = window.periodStart ? [window.periodStart] : [];
  for (let t = Math.ceil(Date.parse(window.from) / DAY_MS) * DAY_MS; t <= window.now; t += DAY_MS) {
    const at = new Date(t).toISOString();
    if (at > window.from) starts.push(at);
  }
  return starts;
};

const byTime = (a: Observation, b: Observation) => {
  if (a.observedAt !== b.observedAt) return a.observedAt < b.observedAt ? -1 : 1;
  return a.observationId < b.observationId ? -1 : a.observationId > b.observationId ? 1 : 0;
};

const testSignal = (
  signal: BreakerSignal,
  observations: readonly Observation[],
  bad: (o: Observation) => boolean,
  p0: number,
  alpha: number,
  starts: readonly string[],
): SignalStats => {
  const sorted = [...observations].sort(byTime);
  const events = sorted.map(bad);
  const errors = events.filter(Boolean).length;
  const logThreshold = Math.log(1 / alpha);
  let best: Pick<SignalStats, 'logEvidence' | 'since'> = { logEvidence: 0 };
  for (const start of starts) {
    // A test started at `start` takes the tickets decided from then on (the key's prefix), in the
    // order their outcomes came: a window that slides past never takes an event from it.
    const mine: boolean[] = [];
    for (let i = 0; i < sorted.length; i += 1) if (sorted[i]!.observationId >= start) mine.push(events[i]!);
    if (mine.length === 0) continue;
    const path = mixturePath(mine, p0);
    if (path.at !== -1 && (best.since === undefined || path.maxLogEvidence > best.logEvidence))
      best = { logEvidence: path.maxLogEvidence, since: start };
  }
  const observed = sorted.length === 0 ? 0 : errors / sorted.length;
  return { signal, n: sorted.length, events: errors, observed, logThreshold, ...best };
};

const evaluateBreaker = (
  recent: readonly Observation[],
  window: BreakerWindow,
  settings: BreakerSettings = DEFAULT_BREAKER,
): BreakerVerdict => {
  const starts = testStarts(window);
  const alpha = settings.delta / (2 * window.days);
  const stats = [
    testSignal(
      'label_errors',
      recent.filter(isBreakerLabel),
      (o) => o.correct === false,
      settings.targetError,
      alpha,
      starts,
    ),
    testSignal(
      'reopens',
      recent.filter(isReopenSignal),
      (o) => o.reopened === true,
      settings.reopenBaseline,
      alpha,
      starts,
    ),
  ];
  const crossed = stats.find((s) => s.logEvidence >= s.logThreshold);
  return crossed ? { tripped: true, ...crossed } : { tripped: false, stats };
};

export type { BreakerSettings, BreakerSignal, BreakerVerdict, BreakerWindow, SignalStats };
export { DEFAULT_BREAKER, evaluateBreaker, testStarts, watchedByBreaker };
