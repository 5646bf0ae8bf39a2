import { z } from 'zod';
import { QUEUES, TABLES } from './resources.js';

/**
 * Function configuration, read once at cold start. A missing or invalid key fails the init with
 * the key's name: a resource name never gets a silent default.
 */

class ConfigError extends Error {
  override name = 'ConfigError';
}

const positiveInt = z.coerce.number().int().positive();

const ClassifyEnvSchema = z.object({
  [TABLES.tickets.envKey]: z.string().min(1),
  [TABLES.quarantine.envKey]: z.string().min(1),
  [QUEUES.resolutions.envKey]: z.string().url(),
  [QUEUES.human.envKey]: z.string().url(),
  /** Bedrock model or inference-profile id used for classification. */
  MODEL_ID: z.string().min(1),
  /** Region of the Bedrock endpoint; defaults to the function's own region. */
  BEDROCK_REGION: z.string().min(1).optional(),
  /** Only for the local stand-in endpoint; unset in AWS. */
  BEDROCK_ENDPOINT: z.string().url().optional(),
  /** Path of the taxonomy JSON shipped with the function. */
  TAXONOMY_PATH: z.string().min(1),
  /** Days a ticket record is kept before DynamoDB TTL removes it. */
  TICKET_RETENTION_DAYS: positiveInt.default(90),
  /** Records processed at once inside one SQS batch. */
  RECORD_CONCURRENCY: positiveInt.max(50).default(10),
  /** Client timeout for one Bedrock call, in ms. */
  MODEL_TIMEOUT_MS: positiveInt.default(20_000),
});

type ClassifyEnv = z.infer<typeof ClassifyEnvSchema>;

const loadEnv = <S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> => {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const keys = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid function configuration (${keys})`);
  }
  return parsed.data;
};

export type { ClassifyEnv };
export { ClassifyEnvSchema, ConfigError, loadEnv };
