import { z } from 'zod';
import { TicketIdSchema } from '../tickets/ticket-id.js';

/**
 * One labelled ticket the route scorer trains on: its redacted text and the route a person (or the
 * helpdesk's history) confirmed. One per ticket: a later label of the same ticket replaces it.
 */

/** Where the label came from: `triage backfill` history, a person handling it, or a QA verdict. */
const LabelSourceSchema = z.enum(['history', 'human', 'qa']);

const LabelledExampleSchema = z.object({
  ticketId: TicketIdSchema,
  /** The ticket's text after PII redaction: the raw text is never kept here. */
  text: z.string(),
  /** The confirmed route. */
  route: z.string().min(1),
  /** The route the LLM gave the same ticket, when it was classified. */
  llmRoute: z.string().min(1).optional(),
  customerId: z.string().min(1).optional(),
  /** A person marked that the ticket needed a person: an error of any route that automates it. */
  neededPerson: z.boolean().optional(),
  source: LabelSourceSchema,
  /**
   * 1 / the probability that this ticket got a label at all (exploration, audit): an estimate over
   * the labelled tickets weighted so stands for all of them. 1 for a label every ticket gets.
   */
  weight: z.number().finite().min(1).default(1),
  /** When the ticket was decided (classified), ISO 8601. */
  decidedAt: z.iso.datetime({ offset: true }),
  /** When the label arrived, ISO 8601. */
  labelledAt: z.iso.datetime({ offset: true }),
});

type LabelSource = z.infer<typeof LabelSourceSchema>;
type LabelledExample = z.infer<typeof LabelledExampleSchema>;

export type { LabelledExample, LabelSource };
export { LabelledExampleSchema, LabelSourceSchema };
