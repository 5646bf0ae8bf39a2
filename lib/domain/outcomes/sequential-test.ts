/**
 * A time-uniform test of H0: p <= p0 on a stream of Bernoulli events (true = the bad event: a
 * wrong auto-resolution, a reopen), valid however often it is looked at.
 *
 * The statistic is a mixture likelihood ratio (a mixture SPRT): an equal-weight average, over a
 * grid of alternatives p1 > p0, of prod_i (p1/p0)^x_i ((1 - p1)/(1 - p0))^(1 - x_i). For each p1
 * the factor's expectation under any p <= p0 is p·p1/p0 + (1 - p)(1 - p1)/(1 - p0) <= 1, so under
 * H0 the mixture is a nonnegative supermartingale starting at 1, even when p varies from event to
 * event as long as each event's p, given the past, is at most p0. Ville's inequality then bounds
 * the chance that it *ever* reaches 1/alpha by alpha: P(exists n: M_n >= 1/alpha) <= alpha.
 *
 * The alternatives are spaced in odds (odds ratios 1.5 to 60 against p0), so the same grid fits a
 * 2% error target and a 15% reopen baseline, and a jump to any rate in between is caught within a
 * factor of about log(7) nats of the best single SPRT for it.
 */

const ODDS_RATIOS = [1.5, 2, 3, 5, 10, 25, 60] as const;

const alternatives = (p0: number): number[] => {
  const odds = p0 / (1 - p0);
  return ODDS_RATIOS.map((r) => (odds * r) / (1 + odds * r));
};

/** log of the grid's equal-weight mixture after `bad` bad and `good` good events. */
const logMixture = (up: readonly number[], down: readonly number[], bad: number, good: number): number => {
  let top = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < up.length; j += 1) top = Math.max(top, bad * up[j]! + good * down[j]!);
  let sum = 0;
  for (let j = 0; j < up.length; j += 1) sum += Math.exp(bad * up[j]! + good * down[j]! - top);
  return top + Math.log(sum / up.length);
};

interface SequentialPath {
  /** Largest log of the mixture reached after any event from `from` on; 0 before the first event. */
  maxLogEvidence: number;
  /** Index of the event at which that maximum was reached, -1 when there was no event. */
  at: number;
}

/**
 * The running mixture over events[from..], started at 1 at `from`: its largest value on the way.
 * Looking at the maximum over every prefix, not just the last one, keeps the test's verdict the
 * same whether or not it was run after each event.
 */
const mixturePath = (events: readonly boolean[], p0: number, from = 0): SequentialPath => {
  if (!(p0 > 0 && p0 < 1)) throw new RangeError(`p0 must be in (0, 1), got ${p0}`);
  const alts = alternatives(p0);
  const up = alts.map((p) => Math.log(p / p0));
  const down = alts.map((p) => Math.log((1 - p) / (1 - p0)));
  if (from >= events.length) return { maxLogEvidence: 0, at: -1 };
  // Every component falls on a good event, so the maximum is reached at the first event or
  // right after a bad one: only those points are evaluated.
  let best: SequentialPath = {
    maxLogEvidence: logMixture(up, down, events[from] ? 1 : 0, events[from] ? 0 : 1),
    at: from,
  };
  let bad = 0;
  let good = 0;
  for (let i = from; i < events.length; i += 1) {
    if (events[i] !== true) {
      good += 1;
      continue;
    }
    bad += 1;
    const value = logMixture(up, down, bad, good);
    if (value > best.maxLogEvidence) best = { maxLogEvidence: value, at: i };
  }
  return best;
};

/** True when the mixture started at `from` reached 1/alpha: H0 is rejected at level alpha. */
const rejects = (events: readonly boolean[], p0: number, alpha: number, from = 0): boolean =>
  mixturePath(events, p0, from).maxLogEvidence >= Math.log(1 / alpha);

/** One event of a test whose null rate may change from event to event. */
interface RatedEvent {
  bad: boolean;
  /** The most this event's chance of being bad may be under H0, in (0, 1). */
  p0: number;
}

/**
 * The same mixture when each event has its own null rate p0_i: the alternatives multiply each
 * event's odds by the grid's ratios, so under H0 (each event's chance, given the past, at most its
 * p0_i) every factor still has expectation at most 1 and Ville's inequality holds as before. The
 * largest log value the mixture reached on the way, 0 without events.
 */
const maxLogEvidenceAgainst = (events: readonly RatedEvent[]): number => {
  const sums = ODDS_RATIOS.map(() => 0);
  let best = 0;
  for (const { bad, p0 } of events) {
    if (!(p0 > 0 && p0 < 1)) throw new RangeError(`p0 must be in (0, 1), got ${p0}`);
    const odds = p0 / (1 - p0);
    for (const [j, r] of ODDS_RATIOS.entries()) {
      const p1 = (odds * r) / (1 + odds * r);
      sums[j]! += bad ? Math.log(p1 / p0) : Math.log((1 - p1) / (1 - p0));
    }
    if (!bad) continue;
    const top = Math.max(...sums);
    const value = top + Math.log(sums.reduce((s, x) => s + Math.exp(x - top), 0) / sums.length);
    best = Math.max(best, value);
  }
  return best;
};

export type { RatedEvent, SequentialPath };
export { alternatives, maxLogEvidenceAgainst, mixturePath, ODDS_RATIOS, rejects };
