import { z } from 'zod';
import { OUT_OF_SCOPE, RouteIdSchema } from '../taxonomy/taxonomy.schema.js';
import { TicketIdSchema } from '../tickets/ticket-id.js';

/**
 * What humans, customers and QA send back on the outcomes queue. Each has its effect once per
 * (ticketId, type): a redelivery is a duplicate, and a second, different report of the same kind is
 * kept aside as a conflict, never applied.
 */

/**
 * A person's answer to "which route did this ticket belong to": a route id, or `out_of_scope` when
 * it fits none. The taxonomy may not define `out_of_scope`, so it never names a route; as a label
 * it is an error of whatever route the model chose.
 */
const RouteLabelSchema = z.union([z.literal(OUT_OF_SCOPE), RouteIdSchema]);

const WhenSchema = z.iso.datetime({ offset: true });

/**
 * The ticket needed a person, whatever its route: the customer asked for one, or described
 * hardship (bereavement, illness, job loss...) the guard missed. Automating such a ticket is an
 * error of its route, even when the route was right.
 */
const NeededPersonSchema = z.boolean().optional();

const HumanResolutionSchema = z
  .object({
    type: z.literal('human_resolution'),
    ticketId: TicketIdSchema,
    /** The route the agent says the ticket really belonged to, or `out_of_scope`. */
    finalRoute: RouteLabelSchema,
    handleSeconds: z.number().nonnegative().max(86_400),
    agentId: z.string().min(1).max(128).optional(),
    neededPerson: NeededPersonSchema,
    resolvedAt: WhenSchema,
  })
  .strict();

const CustomerFeedbackSchema = z
  .object({
    type: z.literal('customer_feedback'),
    ticketId: TicketIdSchema,
    csat: z.number().int().min(1).max(5).optional(),
    reopened: z.boolean().optional(),
    at: WhenSchema,
  })
  .strict()
  .refine((f) => f.csat !== undefined || f.reopened !== undefined, 'feedback needs csat or reopened');

const QaVerdictSchema = z
  .object({
    type: z.literal('qa_verdict'),
    ticketId: TicketIdSchema,
    /**
     * Whether the model's route was right: for an audit, whether the auto-resolution fitted; for
     * an adjudication (`qa_adjudication` item), whether the model or the agent had it right.
     */
    correct: z.boolean(),
    /** The route the ticket belonged to, or `out_of_scope`; an adjudication answers with it. */
    correctRoute: RouteLabelSchema.optional(),
    auditorId: z.string().min(1).max(128).optional(),
    neededPerson: NeededPersonSchema,
    auditedAt: WhenSchema,
  })
  .strict();

const OutcomeSchema = z.discriminatedUnion('type', [
  HumanResolutionSchema,
  CustomerFeedbackSchema,
  QaVerdictSchema,
]);

type Outcome = z.infer<typeof OutcomeSchema>;
type OutcomeType = Outcome['type'];

const outcomeTime = (o: Outcome): string =>
  o.type === 'human_resolution' ? o.resolvedAt : o.type === 'qa_verdict' ? o.auditedAt : o.at;

export type { Outcome, OutcomeType };
export {
  CustomerFeedbackSchema,
  HumanResolutionSchema,
  OUT_OF_SCOPE,
  OutcomeSchema,
  outcomeTime,
  QaVerdictSchema,
  RouteLabelSchema,
};
