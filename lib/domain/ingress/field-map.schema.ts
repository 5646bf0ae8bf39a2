import { z } from 'zod';
import { RouteLabelSchema } from '../outcomes/outcome.schema.js';

/**
 * How a helpdesk's webhook payload becomes an outcome (WEBHOOK_FIELD_MAPS). Each adapter has a list
 * of rules; the first rule whose conditions hold says which outcome the payload is and where each
 * of its fields comes from. A helpdesk's own values (a dropdown's tags, a rating's words) map to
 * route ids and scores here, so the outcomes contract never learns a vendor's vocabulary.
 */

/** A dotted path into the payload: `ticket.id`, `detail.tags`, `items.0.value`. */
const PathSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^.\s]+(\.[^.\s]+)*$/, 'a dotted path such as "ticket.id"');

/**
 * Where one outcome field comes from: a path (shorthand or with a prefix such as `"zen-"` put in
 * front of the value), a constant, or the moment the webhook received the request (for a helpdesk
 * with no usable timestamp; a retried delivery then differs, and is kept aside as a conflict).
 */
const FieldSourceSchema = z.union([
  PathSchema,
  z.object({ path: PathSchema, prefix: z.string().min(1).max(64).optional() }).strict(),
  z.object({ value: z.union([z.string(), z.number(), z.boolean()]) }).strict(),
  z.object({ receivedAt: z.literal(true) }).strict(),
]);

/** The rule applies when the value at `path` equals one of `equals` (compared as trimmed text, any case). */
const ConditionSchema = z
  .object({
    path: PathSchema,
    equals: z.union([z.string().max(200), z.array(z.string().max(200)).min(1).max(50)]),
  })
  .strict();

const ruleBase = {
  /** Every condition must hold; none means the rule always applies. */
  when: z.array(ConditionSchema).max(10).default([]),
  ticketId: FieldSourceSchema,
};

const ResolutionRuleSchema = z
  .object({
    type: z.literal('human_resolution'),
    ...ruleBase,
    finalRoute: FieldSourceSchema,
    handleSeconds: FieldSourceSchema,
    agentId: FieldSourceSchema.optional(),
    /** The agent's mark that the customer needed a person: a checkbox, read by readFlag. */
    neededPerson: FieldSourceSchema.optional(),
    resolvedAt: FieldSourceSchema,
  })
  .strict();

const FeedbackRuleSchema = z
  .object({
    type: z.literal('customer_feedback'),
    ...ruleBase,
    csat: FieldSourceSchema.optional(),
    reopened: FieldSourceSchema.optional(),
    at: FieldSourceSchema,
  })
  .strict()
  .refine((r) => r.csat !== undefined || r.reopened !== undefined, 'a feedback rule needs csat or reopened');

const RuleSchema = z.union([ResolutionRuleSchema, FeedbackRuleSchema]);

/** Lower-cased, trimmed: helpdesk values are matched in any case. */
const valueKey = (value: string): string => value.trim().toLowerCase();

const AdapterMapSchema = z
  .object({
    rules: z.array(RuleSchema).min(1).max(20),
    /** Helpdesk value → route id (or `out_of_scope`), e.g. a dropdown's tag → the route it means. */
    routes: z.record(z.string().min(1).max(200), RouteLabelSchema).default({}),
    /** Helpdesk values that mean "fits no route": they become `out_of_scope`. */
    outOfScope: z.array(z.string().min(1).max(200)).max(100).default([]),
    /**
     * A value in neither list: `route-id` takes it as the route id itself (when it is one: lower
     * case, digits, `_`, `-`); `reject` answers 400. A list of values (tags) only ever uses the lists.
     */
    otherValues: z.enum(['route-id', 'reject']).default('route-id'),
    /** Helpdesk rating → CSAT 1–5 (numbers 1–5 pass as they are). */
    csatValues: z.record(z.string().min(1).max(100), z.number().int().min(1).max(5)).default({}),
    /** A payload no rule matches: `reject` answers 400; `ignore` answers 200 and sends nothing. */
    unmatched: z.enum(['reject', 'ignore']).default('reject'),
  })
  .strict();

const GenericMapSchema = z
  .object({
    /** Refuse a generic request without `X-Signature-Timestamp`, so every accepted one has a replay window. */
    requireTimestamp: z.boolean().default(false),
  })
  .strict();

/** The parsed value of WEBHOOK_FIELD_MAPS; an adapter left out keeps its default map. */
const FieldMapsSchema = z
  .object({
    generic: GenericMapSchema.optional(),
    zendesk: AdapterMapSchema.optional(),
    freshdesk: AdapterMapSchema.optional(),
  })
  .strict();

type FieldSource = z.infer<typeof FieldSourceSchema>;
type Condition = z.infer<typeof ConditionSchema>;
type Rule = z.infer<typeof RuleSchema>;
type AdapterMap = z.infer<typeof AdapterMapSchema>;
type GenericMap = z.infer<typeof GenericMapSchema>;
type FieldMaps = z.infer<typeof FieldMapsSchema>;
type FieldMapsInput = z.input<typeof FieldMapsSchema>;

export type { AdapterMap, Condition, FieldMaps, FieldMapsInput, FieldSource, GenericMap, Rule };
export { AdapterMapSchema, FieldMapsSchema, FieldSourceSchema, GenericMapSchema, valueKey };
