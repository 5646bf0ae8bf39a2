import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { createWebhookSecrets } from '../adapters/secrets/webhook-secrets.js';
import { createOutcomeQueue } from '../adapters/sqs/outcome-queue.js';
import type { WebhookEnv } from '../config/env.schema.js';
import { ConfigError } from '../config/env.schema.js';
import { QUEUES } from '../config/resources.js';
import type { ResolvedFieldMaps } from '../domain/ingress/default-field-maps.js';
import { FieldMapsError, parseFieldMaps } from '../domain/ingress/default-field-maps.js';
import type { WebhookSecretSource } from '../domain/ports.js';
import type { QueueWebhookOutcomeDeps } from '../use-cases/queue-webhook-outcome.js';
import { createSqsClient } from './aws-clients.js';

/** The outcomes webhook's adapters and settings, built once per container from validated config. */

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
  injected: { sqs?: SQSClient; secrets?: WebhookSecretSource; now?: () => number } = {},
): QueueWebhookOutcomeDeps => ({
  outcomeQueue: createOutcomeQueue(injected.sqs ?? createSqsClient(), config[QUEUES.outcomes.envKey]),
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
  now: injected.now ?? Date.now,
});

export { createWebhookDeps };
