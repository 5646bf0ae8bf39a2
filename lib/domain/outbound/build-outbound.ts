import type { Classification } from '../classification/classification.schema.js';
import type { Decision } from '../policy/decide.js';
import type { RouteConfig } from '../route-config/route-config.schema.js';
import type { Route } from '../taxonomy/taxonomy.schema.js';
import type { Ticket } from '../tickets/ticket.schema.js';
import type { HumanWorkItem, QaAdjudicationItem, QaAuditItem, ResolutionMessage } from './outbound.schema.js';

/** Team that takes tickets the model could not place on a route. */
const FALLBACK_TEAM = 'triage';

interface OutboundInput {
  ticket: Ticket;
  decision: Decision;
  classification: Classification | undefined;
  route: Route | undefined;
  routeConfig: RouteConfig | undefined;
  decidedAt: string;
}

const PRIORITY_ORDER = ['low', 'normal', 'high', 'urgent'] as const;

const raise = (a: HumanWorkItem['priority'], b: HumanWorkItem['priority']) =>
  PRIORITY_ORDER[Math.max(PRIORITY_ORDER.indexOf(a), PRIORITY_ORDER.indexOf(b))] ?? a;

/** A human's priority: the route's, raised for urgency and for vulnerable customers. */
const humanPriority = (input: OutboundInput, reasons: readonly string[]): HumanWorkItem['priority'] => {
  let priority: HumanWorkItem['priority'] = input.route?.priority ?? 'normal';
  if (input.classification?.urgency === 'urgent') priority = raise(priority, 'urgent');
  if (input.classification?.urgency === 'high' || reasons.includes('vulnerability')) {
    priority = raise(priority, 'high');
  }
  return priority;
};

const buildResolution = (input: OutboundInput): ResolutionMessage => {
  const { ticket, classification, route, routeConfig } = input;
  if (!classification || !route?.answer || !routeConfig) {
    throw new Error('an auto-resolution needs a classification, a route answer and a route config');
  }
  return {
    type: 'resolution',
    version: 1,
    ticketId: ticket.ticketId,
    customerId: ticket.customer.id,
    channel: ticket.channel,
    routeId: route.id,
    reply: route.answer,
    confidence: classification.confidence,
    threshold: routeConfig.threshold,
    routeConfigVersion: routeConfig.version,
    decidedAt: input.decidedAt,
  };
};

const buildHumanWorkItem = (
  input: OutboundInput & { decision: Decision & { action: 'HUMAN' } },
): HumanWorkItem => {
  const { ticket, classification, route, decision } = input;
  return {
    type: 'human_work',
    version: 1,
    ticketId: ticket.ticketId,
    customer: ticket.customer,
    channel: ticket.channel,
    subject: ticket.subject,
    body: ticket.body,
    team: route?.team ?? FALLBACK_TEAM,
    priority: humanPriority(input, decision.reasons),
    escalation: { reason: decision.reason, reasons: decision.reasons },
    assist: {
      intent: classification?.route,
      confidence: classification?.confidence,
      summary: classification?.summary,
      sentiment: classification?.sentiment,
      urgency: classification?.urgency,
      language: classification?.language,
      draftReply: route?.answer,
    },
    decidedAt: input.decidedAt,
  };
};

const buildQaAuditItem = (input: OutboundInput, resolution: ResolutionMessage): QaAuditItem => ({
  type: 'qa_audit',
  version: 1,
  ticketId: resolution.ticketId,
  routeId: resolution.routeId,
  subject: input.ticket.subject,
  body: input.ticket.body,
  reply: resolution.reply,
  confidence: resolution.confidence,
  decidedAt: resolution.decidedAt,
});

/** What a disputed label's adjudication needs: the stored decision and the agent's answer. */
interface AdjudicationInput {
  adjudicationId: string;
  ticketId: string;
  modelRoute: string;
  confidence: number;
  redactedText: string;
  decidedAt: string;
  agentRoute: string;
  resolvedAt: string;
}

const buildQaAdjudicationItem = (input: AdjudicationInput): QaAdjudicationItem => ({
  type: 'qa_adjudication',
  version: 1,
  ...input,
});

const buildOutbound = (
  input: OutboundInput,
):
  | { destination: 'resolutions'; message: ResolutionMessage }
  | { destination: 'human'; message: HumanWorkItem } => {
  const { decision } = input;
  return decision.action === 'AUTO'
    ? { destination: 'resolutions', message: buildResolution(input) }
    : { destination: 'human', message: buildHumanWorkItem({ ...input, decision }) };
};

export type { AdjudicationInput, OutboundInput };
export { buildOutbound, buildQaAdjudicationItem, buildQaAuditItem, FALLBACK_TEAM };
