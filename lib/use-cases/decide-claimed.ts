import type { SecondOpinion } from '../domain/classification/second-opinion.js';
import { secondOpinion } from '../domain/classification/second-opinion.js';
import { buildOutbound, buildQaAuditItem } from '../domain/outbound/build-outbound.js';
import type { ResolutionMessage } from '../domain/outbound/outbound.schema.js';
import { redactPii } from '../domain/pii/redact.js';
import { decideTicket } from '../domain/policy/decide-ticket.js';
import type { RouteScorerSource, TicketClassifier } from '../domain/ports.js';
import type { RouteConfig } from '../domain/route-config/route-config.schema.js';
import type { Route } from '../domain/taxonomy/taxonomy.schema.js';
import type { Ticket } from '../domain/tickets/ticket.schema.js';
import { OutOfTimeError } from '../domain/tickets/ticket-errors.js';
import type { TicketDecisionRecord } from '../domain/tickets/ticket-record.js';
import type { Limiter } from './concurrency.js';

interface Invocation {
  getRemainingTimeInMillis(): number;
}

interface DecideDeps {
  classifier: TicketClassifier;
  /** The stack's route scorer; absent: the model's own confidence is the certified score. */
  scorer?: RouteScorerSource;
  routeConfigs: () => Promise<ReadonlyMap<string, RouteConfig>>;
  routes: ReadonlyMap<string, Route>;
  modelId: string;
  modelLimiter: Limiter;
  reserveMs: number;
  now: () => number;
}

/** The scorer's answer, or none when it has none or fails: a failure only sends tickets to people. */
const scoreQuietly = (scorer: RouteScorerSource | undefined, text: string) =>
  scorer ? scorer.score(text).catch(() => undefined) : Promise.resolve(undefined);

/**
 * Step 3: redact PII, then classify; the model never sees the unredacted text. The route scorer
 * scores the same redacted text while the model call is in flight.
 */
const classifyRedacted = async (deps: DecideDeps, ticket: Ticket, invocation?: Invocation) => {
  const redactedSubject = ticket.subject === undefined ? undefined : redactPii(ticket.subject).text;
  const redactedBody = redactPii(ticket.body).text;
  const redactedText = redactedSubject === undefined ? redactedBody : `${redactedSubject}\n${redactedBody}`;
  const scoring = scoreQuietly(deps.scorer, redactedText);
  const result = await deps.modelLimiter(() => {
    // Checked when the record gets its turn, not when the batch arrived: records queued behind
    // the limiter are the ones that would be cut off.
    if (invocation && invocation.getRemainingTimeInMillis() < deps.reserveMs) {
      throw new OutOfTimeError(`less than ${deps.reserveMs} ms left for ticket ${ticket.ticketId}`);
    }
    return deps.classifier.classify({ subject: redactedSubject, body: redactedBody });
  });
  const scorer = await scoring;
  const opinion: SecondOpinion | undefined = result.ok
    ? secondOpinion(result.classification, scorer)
    : undefined;
  return { result, redactedText, opinion };
};

type Scored = Awaited<ReturnType<typeof classifyRedacted>>;

/** What the model saw, said and cost: the part of the record every decision shares. */
const scoredFields = (deps: DecideDeps, ticket: Ticket, { result, redactedText, opinion }: Scored) => {
  const classification = opinion?.classification;
  return {
    ticketId: ticket.ticketId,
    customerId: ticket.customer.id,
    channel: ticket.channel,
    routeId: classification?.route,
    classification,
    ...(opinion?.scorer ? { scorer: opinion.scorer, llm: opinion.llm } : {}),
    modelError: result.ok ? undefined : result.detail,
    redactedText,
    modelId: deps.modelId,
    inputTokens: result.usage.inputTokens,
    outputTokens: result.usage.outputTokens,
    cacheReadTokens: result.usage.cacheReadTokens ?? 0,
    cacheWriteTokens: result.usage.cacheWriteTokens ?? 0,
    llmUsd: result.costUsd,
    modelCalls: result.modelCalls,
    latencyMs: Math.round(result.latencyMs),
    decidedAt: new Date(deps.now()).toISOString(),
  };
};

/**
 * Steps 3 to 5 for a claimed ticket: redact PII, classify, let the policy decide, and build the
 * decision record with every message that must go out, so a redelivery can re-send them as they were.
 * A history ticket (one with `history`) is scored the same way but never decided: its record says
 * so and carries its label, and nothing goes out for it. A model refused for configuration throws
 * for it, so the record is retried rather than stored without a score.
 */
const decideClaimed = async (
  deps: DecideDeps,
  ticket: Ticket,
  invocation?: Invocation,
): Promise<TicketDecisionRecord> => {
  const scored = await classifyRedacted(deps, ticket, invocation);
  const fields = scoredFields(deps, ticket, scored);
  if (ticket.history) {
    // A live ticket refused for configuration goes to a person; history has nobody to go to, so
    // it is retried (and dead-lettered) until model access is fixed, instead of stored unscored.
    if (!scored.result.ok && scored.result.error === 'model_unavailable') throw scored.result.failure;
    return { ...fields, action: 'HISTORY', destination: 'history', history: ticket.history };
  }
  const { result } = scored;
  const { classification, decidedAt } = fields;
  const routeConfig = classification ? (await deps.routeConfigs()).get(classification.route) : undefined;
  const route = classification ? deps.routes.get(classification.route) : undefined;
  const sampled = decideTicket(
    classification,
    routeConfig,
    ticket,
    result.ok ? undefined : result.error,
    scored.opinion?.scorer,
  );
  const { decision } = sampled;
  const input = { ticket, decision, classification, route, routeConfig, decidedAt };
  const outbound = buildOutbound(input);
  const qaMessage =
    sampled.audit && outbound.destination === 'resolutions'
      ? JSON.stringify(buildQaAuditItem(input, outbound.message as ResolutionMessage))
      : undefined;
  return {
    ...fields,
    action: decision.action,
    reason: decision.action === 'HUMAN' ? decision.reason : undefined,
    reasons: decision.action === 'HUMAN' ? decision.reasons : undefined,
    threshold: routeConfig?.threshold,
    routeConfigVersion: routeConfig?.version,
    explorationRate: routeConfig?.explorationRate,
    auditRate: routeConfig?.auditRate,
    explorationDraw: sampled.explorationDraw,
    candidate: sampled.candidate,
    labelPropensity: sampled.labelPropensity,
    audited: qaMessage !== undefined,
    destination: outbound.destination,
    outboundMessage: JSON.stringify(outbound.message),
    qaMessage,
  };
};

export type { DecideDeps, Invocation };
export { decideClaimed };
