import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { createWebhookSecrets } from '../adapters/secrets/webhook-secrets.js';
import type { WebhookEnv } from '../config/env.schema.js';
import { ConfigError } from '../config/env.schema.js';
import { QUEUES } from '../config/resources.js';
import type { ResolvedFieldMaps } from '../domain/ingress/default-field-maps.js';
import { FieldMapsError, parseFieldMaps } from '../domain/ingress/default-field-maps.js';
import { createSqsClient } from './aws-clients.js';

/** The outcomes webhook's adapters and settings, built once per container from validated config. */

interface WebhookDeps {
  sqs: SQSClient;
  queueUrl: string;
  secrets: () => Promise<Readonly<Record<string, string>>>;
  fieldMaps: ResolvedFieldMaps;
  maxBodyBytes: number;
  toleranceSeconds: number;
}

/**
 * One Secrets Manager read per cache period and a helpdesk waiting on the answer: a short, bounded
 * call, and one retry for a transient failure.
 */
const createSecretsManagerClient = (): SecretsManagerClient =>
  new SecretsManagerClient({
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000, throwOnRequestTimeout: true },
  });

/** A bad WEBHOOK_FIELD_MAPS fails the cold start with the key's name, like any other setting. */
const loadFieldMaps = (json: string): ResolvedFieldMaps => {
  try {
    return parseFieldMaps(json);
  } catch (error) {
    if (error instanceof FieldMapsError) throw new ConfigError(`WEBHOOK_FIELD_MAPS: ${error.message}`);
    throw error;
  }
};

const createWebhookDeps = (
  config: WebhookEnv,
  injected: { sqs?: SQSClient; secrets?: WebhookDeps['secrets'] } = {},
): WebhookDeps => ({
  sqs: injected.sqs ?? createSqsClient(),
  queueUrl: config[QUEUES.outcomes.envKey],
  secrets:
    injected.secrets ??
    createWebhookSecrets({
      client: createSecretsManagerClient(),
      secretId: config.WEBHOOK_SECRET_ID,
      maxAgeSeconds: config.WEBHOOK_SECRET_CACHE_SECONDS,
    }),
  fieldMaps: loadFieldMaps(config.WEBHOOK_FIELD_MAPS),
  maxBodyBytes: config.WEBHOOK_MAX_BODY_BYTES,
  toleranceSeconds: config.WEBHOOK_TOLERANCE_SECONDS,
});

export type { WebhookDeps };
export { createWebhookDeps };
