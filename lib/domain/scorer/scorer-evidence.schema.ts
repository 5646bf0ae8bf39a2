import { z } from 'zod';
import { TicketIdSchema } from '../tickets/ticket-id.js';
import { LabelSourceSchema } from './labelled-example.schema.js';

/**
 * A scorer version's out-of-fold rows: for each labelled ticket, what a model that never saw it
 * scored it. They are the calibration evidence of that version, kept beside its artifact.
 */

const ScorerEvidenceRowSchema = z.object({
  ticketId: TicketIdSchema,
  /** The confirmed route (the label). */
  route: z.string().min(1),
  /** The route the out-of-fold model chose, and its calibrated probability. */
  scorerRoute: z.string().min(1),
  probability: z.number().min(0).max(1),
  llmRoute: z.string().min(1).optional(),
  weight: z.number().finite().min(1),
  /** A person marked that the ticket needed a person: an error of any route that automates it. */
  neededPerson: z.boolean().optional(),
  source: LabelSourceSchema,
  decidedAt: z.iso.datetime({ offset: true }),
});

const ScorerEvidenceSchema = z.array(ScorerEvidenceRowSchema);

type ScorerEvidenceRow = z.infer<typeof ScorerEvidenceRowSchema>;
type ScorerEvidence = z.infer<typeof ScorerEvidenceSchema>;

export type { ScorerEvidence, ScorerEvidenceRow };
export { ScorerEvidenceRowSchema, ScorerEvidenceSchema };
