import { clopperPearsonUpper } from '../thresholds/binomial.js';
import type { Observation } from './observation.js';

/**
 * Drops a route back to humans when recent evidence shows its auto-resolutions have slipped below
 * the floor. It trips on strong evidence only: the *lower* confidence bound of the audit error or
 * reopen rate must pass the floor, so one unlucky audit does not switch a good route off.
 */

interface BreakerSettings {
  /** Audit error rate of auto-resolutions that trips the breaker. */
  auditErrorFloor: number;
  /** Reopen rate of auto-resolutions that trips it. */
  reopenFloor: number;
  /** Mean CSAT of auto-resolutions below which it trips. */
  csatFloor: number;
  /** Fewest CSAT scores before their mean is trusted. */
  minCsat: number;
  confidence: number;
}

type BreakerVerdict =
  | { tripped: false }
  | {
      tripped: true;
      signal: 'audit_errors' | 'reopens' | 'csat';
      observed: number;
      lowerBound: number;
      n: number;
    };

const DEFAULT_BREAKER: BreakerSettings = {
  auditErrorFloor: 0.05,
  reopenFloor: 0.15,
  csatFloor: 3,
  minCsat: 20,
  confidence: 0.95,
};

const lowerBound = (events: number, n: number, confidence: number): number =>
  n === 0 ? 0 : 1 - clopperPearsonUpper(n - events, n, confidence);

const evaluateBreaker = (
  recent: readonly Observation[],
  settings: BreakerSettings = DEFAULT_BREAKER,
): BreakerVerdict => {
  const autos = recent.filter((o) => o.autoResolved);
  const audits = autos.filter((o) => o.kind === 'label' && o.source === 'qa');
  const auditErrors = audits.filter((o) => o.correct === false).length;
  const auditLower = lowerBound(auditErrors, audits.length, settings.confidence);
  if (auditLower > settings.auditErrorFloor) {
    return {
      tripped: true,
      signal: 'audit_errors',
      observed: auditErrors / audits.length,
      lowerBound: auditLower,
      n: audits.length,
    };
  }
  const reopenSignals = autos.filter((o) => o.reopened !== undefined);
  const reopens = reopenSignals.filter((o) => o.reopened).length;
  const reopenLower = lowerBound(reopens, reopenSignals.length, settings.confidence);
  if (reopenLower > settings.reopenFloor) {
    return {
      tripped: true,
      signal: 'reopens',
      observed: reopens / reopenSignals.length,
      lowerBound: reopenLower,
      n: reopenSignals.length,
    };
  }
  const scores = autos.flatMap((o) => (o.csat === undefined ? [] : [o.csat]));
  const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
  if (scores.length >= settings.minCsat && mean < settings.csatFloor) {
    return { tripped: true, signal: 'csat', observed: mean, lowerBound: mean, n: scores.length };
  }
  return { tripped: false };
};

export type { BreakerSettings, BreakerVerdict };
export { DEFAULT_BREAKER, evaluateBreaker };
