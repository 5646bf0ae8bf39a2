import { z } from 'zod';
import { SENTIMENTS, URGENCIES } from '../classification/classification.schema.js';
import { ESCALATION_REASONS } from '../policy/decide.js';
import { PrioritySchema } from '../taxonomy/taxonomy.schema.js';
import { CHANNELS } from '../tickets/ticket.schema.js';

/**
 * What leaves the pipeline. Consumers (the upstream's reply sender, a helpdesk integration) rely
 * on these shapes; `ticketId` is their idempotency key, since delivery is at least once.
 */

const ResolutionMessageSchema = z.object({
  type: z.literal('resolution'),
  version: z.literal(1),
  ticketId: z.string(),
  customerId: z.string(),
  channel: z.enum(CHANNELS),
  routeId: z.string(),
  /** Always the route's approved answer, verbatim: no ticket text can reach it. */
  reply: z.string(),
  confidence: z.number(),
  threshold: z.number(),
  routeConfigVersion: z.number(),
  decidedAt: z.iso.datetime(),
});

const HumanWorkItemSchema = z.object({
  type: z.literal('human_work'),
  version: z.literal(1),
  ticketId: z.string(),
  customer: z.object({ id: z.string(), tier: z.string().optional() }),
  channel: z.enum(CHANNELS),
  subject: z.string().optional(),
  body: z.string(),
  team: z.string(),
  priority: PrioritySchema,
  escalation: z.object({ reason: z.enum(ESCALATION_REASONS), reasons: z.array(z.enum(ESCALATION_REASONS)) }),
  /** AI assistance for the agent; absent fields mean the model output was unusable. */
  assist: z.object({
    intent: z.string().optional(),
    confidence: z.number().optional(),
    summary: z.string().optional(),
    sentiment: z.enum(SENTIMENTS).optional(),
    urgency: z.enum(URGENCIES).optional(),
    language: z.string().optional(),
    draftReply: z.string().optional(),
  }),
  decidedAt: z.iso.datetime(),
});

/** An auto-resolution drawn for audit: QA judges whether the approved answer fitted the ticket. */
const QaAuditItemSchema = z.object({
  type: z.literal('qa_audit'),
  version: z.literal(1),
  ticketId: z.string(),
  routeId: z.string(),
  subject: z.string().optional(),
  body: z.string(),
  reply: z.string(),
  confidence: z.number(),
  decidedAt: z.iso.datetime(),
});

/**
 * A calibration label in dispute: the agent named another route than the model (or `out_of_scope`).
 * QA rules with a `qa_verdict` for the ticket (`correctRoute`, and `correct`: whether the model's
 * route was right); until then the label counts as an error. `adjudicationId` is the same for every
 * copy of one request (it is derived from the agent's outcome), so a consumer can drop repeats.
 */
const QaAdjudicationItemSchema = z.object({
  type: z.literal('qa_adjudication'),
  version: z.literal(1),
  adjudicationId: z.string(),
  ticketId: z.string(),
  modelRoute: z.string(),
  confidence: z.number(),
  agentRoute: z.string(),
  /** The ticket text after PII redaction, as the model saw it (subject and body). */
  redactedText: z.string(),
  decidedAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime({ offset: true }),
});

/** Everything the QA queue carries. */
const QaItemSchema = z.discriminatedUnion('type', [QaAuditItemSchema, QaAdjudicationItemSchema]);

type ResolutionMessage = z.infer<typeof ResolutionMessageSchema>;
type QaAuditItem = z.infer<typeof QaAuditItemSchema>;
type HumanWorkItem = z.infer<typeof HumanWorkItemSchema>;
type QaAdjudicationItem = z.infer<typeof QaAdjudicationItemSchema>;
type QaItem = z.infer<typeof QaItemSchema>;

export type { HumanWorkItem, QaAdjudicationItem, QaAuditItem, QaItem, ResolutionMessage };
export {
  HumanWorkItemSchema,
  QaAdjudicationItemSchema,
  QaAuditItemSchema,
  QaItemSchema,
  ResolutionMessageSchema,
};
