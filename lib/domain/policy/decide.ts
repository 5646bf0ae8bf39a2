import type { Classification } from '../classification/classification.schema.js';
import type { RouteConfig } from '../route-config/route-config.schema.js';
import { readSignals } from './signals.js';

/**
 * The deterministic policy. The model only supplies a classification; this function alone picks
 * the action, and every rule can only move a ticket toward a human.
 */

const ESCALATION_REASONS = [
  /** The model refused the call for configuration (model access, model id): no classification. */
  'model_unavailable',
  'invalid_model_output',
  'injection_suspected',
  'customer_requested_human',
  'vulnerability',
  /**
   * The route scorer's need-a-person detector, trained on the tickets agents and QA marked
   * `neededPerson`, flagged the ticket: a way of saying it that the signals above did not read.
   */
  'learned_needs_person',
  'unknown_route',
  'human_only_route',
  /** The route scorer and the LLM named different routes. */
  'models_disagree',
  'negative_sentiment',
  'shadow_mode',
  /**
   * The route's threshold was certified on another score than this ticket has: another scorer
   * version, the model's own confidence, or a scorer this ticket was not scored by.
   */
  'score_not_certified',
  'below_threshold',
  'exploration_holdout',
] as const;

type EscalationReason = (typeof ESCALATION_REASONS)[number];

/**
 * The scorer behind a ticket's certified score, whether the LLM named the same route, and whether
 * its need-a-person detector flagged the ticket (absent: the scorer has no detector).
 */
interface ScoredBy {
  version: string;
  agrees: boolean;
  needsPerson?: boolean;
}

/** The version a score comes from: a scorer's, or the model's own confidence. */
const scoreSource = (scorerVersion: string | undefined) => scorerVersion ?? 'model';

/** Why there is no classification, when there is none. */
type ModelFailure = 'invalid_model_output' | 'model_unavailable';

interface DecisionTicket {
  subject?: string | undefined;
  body: string;
}

type Decision =
  | { action: 'AUTO' }
  | {
      action: 'HUMAN';
      /** The first reason in ESCALATION_REASONS order: the one shown to agents and in metrics. */
      reason: EscalationReason;
      reasons: EscalationReason[];
    };

/**
 * @param classification the validated model output, or undefined when the output stayed invalid
 * @param explorationDraw a uniform draw in [0, 1) fixed per ticket (see exploration.ts)
 * @param modelFailure why the classification is missing; invalid output unless told otherwise
 * @param scoredBy the route scorer whose route and probability `classification` carries, if any
 */
const decide = (
  classification: Classification | undefined,
  routeConfig: RouteConfig | undefined,
  ticket: DecisionTicket,
  explorationDraw: number,
  modelFailure?: ModelFailure,
  scoredBy?: ScoredBy,
): Decision => {
  const signals = readSignals(`${ticket.subject ?? ''}\n${ticket.body}`);
  const applies: Record<EscalationReason, boolean> = {
    model_unavailable: classification === undefined && modelFailure === 'model_unavailable',
    invalid_model_output: classification === undefined && modelFailure !== 'model_unavailable',
    injection_suspected: signals.injectionSuspected,
    customer_requested_human: signals.asksForHuman || classification?.wantsHuman === true,
    vulnerability: signals.vulnerability || classification?.vulnerable === true,
    learned_needs_person: scoredBy?.needsPerson === true,
    unknown_route: classification !== undefined && routeConfig === undefined,
    human_only_route: routeConfig?.mode === 'human',
    models_disagree: scoredBy?.agrees === false,
    negative_sentiment: classification?.sentiment === 'negative',
    shadow_mode: routeConfig?.mode === 'shadow',
    score_not_certified:
      routeConfig?.mode === 'auto' &&
      scoreSource(routeConfig.scorerVersion) !== scoreSource(scoredBy?.version),
    below_threshold:
      classification !== undefined &&
      routeConfig !== undefined &&
      classification.confidence < routeConfig.threshold,
    // Only a ticket that would otherwise be automated is drawn, so the draw's rate is its propensity.
    exploration_holdout: false,
  };
  const reasons = ESCALATION_REASONS.filter((r) => applies[r]);
  if (reasons.length === 0 && routeConfig !== undefined && explorationDraw < routeConfig.explorationRate) {
    reasons.push('exploration_holdout');
  }
  const [reason] = reasons;
  return reason === undefined ? { action: 'AUTO' } : { action: 'HUMAN', reason, reasons };
};

export type { Decision, DecisionTicket, EscalationReason, ModelFailure, ScoredBy };
export { decide, ESCALATION_REASONS };
