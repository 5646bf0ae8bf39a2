import { z } from 'zod';
import { RouteLabelSchema } from '../outcomes/outcome.schema.js';
import { TicketIdSchema } from './ticket-id.js';

/**
 * The message contract for upstream publishers: one ticket per SQS message body, as JSON.
 * Unknown top-level keys are rejected so that a misspelt field is caught at the door instead of
 * being dropped silently; free-form extras belong in `metadata`.
 */

const CHANNELS = ['email', 'chat', 'web', 'app', 'phone', 'social', 'api'] as const;

const MetadataValueSchema = z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]);

/**
 * A labelled ticket from the past, sent by `triage backfill`: the model scores it and its known
 * route becomes labelled evidence. It is never auto-resolved, never queued for a person, never
 * answered and never audited.
 */
const HistoryLabelSchema = z
  .object({
    /** The route the ticket really belonged to, or `out_of_scope` (an error of any route). */
    route: RouteLabelSchema,
    /** When a person gave the label, if the history says. */
    labelledAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

const TicketSchema = z
  .object({
    ticketId: TicketIdSchema,
    subject: z.string().max(500).optional(),
    body: z
      .string()
      .max(20_000)
      .refine((b) => b.trim().length > 0, 'body must not be blank'),
    customer: z
      .object({
        id: z.string().min(1).max(128),
        tier: z.string().min(1).max(32).optional(),
      })
      .strict(),
    channel: z.enum(CHANNELS),
    /** BCP 47 tag such as `en` or `de-AT`, when the upstream knows it. */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language must be a BCP 47 tag such as "en" or "de-AT"')
      .optional(),
    createdAt: z.iso.datetime({ offset: true }),
    metadata: z
      .record(z.string().min(1).max(64), MetadataValueSchema)
      .refine((m) => Object.keys(m).length <= 50, 'metadata holds at most 50 keys')
      .optional(),
    history: HistoryLabelSchema.optional(),
  })
  .strict();

type Ticket = z.infer<typeof TicketSchema>;
type Channel = (typeof CHANNELS)[number];
type HistoryLabel = z.infer<typeof HistoryLabelSchema>;

export type { Channel, HistoryLabel, Ticket };
export { CHANNELS, HistoryLabelSchema, TicketSchema };
