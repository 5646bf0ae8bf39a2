import type { Classification } from '../classification/classification.schema.js';
import type { RouteConfig } from '../route-config/route-config.schema.js';
import type { Decision, DecisionTicket, EscalationReason, ModelFailure, ScoredBy } from './decide.js';
import { decide } from './decide.js';
import { uniformDraw } from './exploration.js';

/**
 * One ticket's decision with its sampling design, shared by the classify Lambda and the simulator.
 * A ticket is a calibration *candidate* when nothing but the threshold machinery stands between
 * it and automation; only candidates' labels may calibrate thresholds, each with the probability
 * that its label was observed (its propensity), so estimates stay unbiased.
 */

/** Reasons that belong to the sampling design itself, not to the ticket. */
const DESIGN_REASONS: ReadonlySet<EscalationReason> = new Set([
  'shadow_mode',
  'below_threshold',
  'exploration_holdout',
  // A threshold certified on another score: the ticket is fully labelled, like a shadow route's.
  'score_not_certified',
]);

interface TicketDecision {
  decision: Decision;
  explorationDraw: number;
  /** An auto-resolution drawn for QA audit. */
  audit: boolean;
  /** True when the ticket's label may calibrate its route. */
  candidate: boolean;
  /** Probability that a candidate's label is observed; undefined for non-candidates. */
  labelPropensity?: number;
}

/** Above the threshold in auto mode a label arrives through exploration or, failing that, audit. */
const aboveThresholdPropensity = (config: RouteConfig): number =>
  config.explorationRate + (1 - config.explorationRate) * config.auditRate;

const decideTicket = (
  classification: Classification | undefined,
  routeConfig: RouteConfig | undefined,
  ticket: DecisionTicket & { ticketId: string },
  modelFailure?: ModelFailure,
  scoredBy?: ScoredBy,
): TicketDecision => {
  const explorationDraw = uniformDraw(ticket.ticketId, 'exploration-v1');
  const decision = decide(classification, routeConfig, ticket, explorationDraw, modelFailure, scoredBy);
  const auditDraw = uniformDraw(ticket.ticketId, 'audit-v1');
  if (!routeConfig || !classification) return { decision, explorationDraw, audit: false, candidate: false };
  if (decision.action === 'AUTO') {
    const audit = auditDraw < routeConfig.auditRate;
    return {
      decision,
      explorationDraw,
      audit,
      candidate: true,
      labelPropensity: aboveThresholdPropensity(routeConfig),
    };
  }
  const candidate = decision.reasons.every((r) => DESIGN_REASONS.has(r));
  if (!candidate) return { decision, explorationDraw, audit: false, candidate: false };
  const holdout = decision.reasons.includes('exploration_holdout');
  return {
    decision,
    explorationDraw,
    audit: false,
    candidate: true,
    labelPropensity: holdout ? aboveThresholdPropensity(routeConfig) : 1,
  };
};

export type { TicketDecision };
export { aboveThresholdPropensity, DESIGN_REASONS, decideTicket };
