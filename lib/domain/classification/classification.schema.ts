import { z } from 'zod';

/**
 * What the model must return for one ticket, through forced tool use. The route enum is built from
 * the taxonomy, so the same schema validates the output and generates the Bedrock tool schema.
 */

const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
const URGENCIES = ['low', 'normal', 'high', 'urgent'] as const;

const makeClassificationSchema = (routeIds: readonly string[]) => {
  const [first, ...rest] = routeIds;
  if (first === undefined) throw new Error('a classification schema needs at least one route');
  return z
    .object({
      route: z.enum([first, ...rest]).describe('The one route from the list that best fits the ticket.'),
      confidence: z.number().min(0).max(1).describe('Probability that the route is right, 0 to 1.'),
      sentiment: z.enum(SENTIMENTS),
      urgency: z.enum(URGENCIES),
      wantsHuman: z.boolean().describe('True when the customer asks for a person, agent or call.'),
      vulnerable: z
        .boolean()
        .describe('True when the customer mentions hardship, illness, bereavement or other vulnerability.'),
      language: z.string().min(2).max(16).describe('BCP 47 language tag of the ticket, such as "en".'),
      summary: z.string().min(1).max(300).describe('One neutral sentence for the agent. No personal data.'),
    })
    .strict();
};

type ClassificationSchema = ReturnType<typeof makeClassificationSchema>;
type Classification = z.infer<ClassificationSchema>;
type Sentiment = (typeof SENTIMENTS)[number];
type Urgency = (typeof URGENCIES)[number];

/** JSON Schema for the Bedrock tool input, generated from the zod schema (the single source). */
const toToolInputSchema = (schema: ClassificationSchema): Record<string, unknown> => {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema) as Record<string, unknown>;
  return json;
};

export type { Classification, ClassificationSchema, Sentiment, Urgency };
export { makeClassificationSchema, SENTIMENTS, toToolInputSchema, URGENCIES };
