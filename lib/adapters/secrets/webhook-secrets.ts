import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { z } from 'zod';

/**
 * The webhook's signing secrets: one Secrets Manager secret holding a JSON object by adapter,
 * `{"generic": "...", "zendesk": "...", "freshdesk": "..."}`. Powertools Parameters keeps the
 * parsed value for `maxAgeSeconds`, then reads it again, so a rotated value is in use within that
 * time without a deploy. A value that cannot be read or parsed is an error, never "no secrets"
 * (that would answer every helpdesk 401 and hide the fault).
 */

class WebhookSecretsError extends Error {
  override name = 'WebhookSecretsError';
}

/** Adapter → secret; values that are not text are dropped rather than trusted. */
const SecretsJsonSchema = z
  .record(z.string(), z.unknown())
  .transform((record) =>
    Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => typeof e[1] === 'string')),
  );

interface WebhookSecretsSettings {
  client: SecretsManagerClient;
  secretId: string;
  maxAgeSeconds: number;
}

const createWebhookSecrets = (settings: WebhookSecretsSettings): (() => Promise<Record<string, string>>) => {
  const provider = new SecretsProvider({ awsSdkV3Client: settings.client });
  return async () => {
    let value: unknown;
    try {
      value = await provider.get(settings.secretId, { maxAge: settings.maxAgeSeconds, transform: 'json' });
    } catch (error) {
      // Powertools wraps the SDK's error (GetParameterError); the chain keeps its class for the log.
      throw new WebhookSecretsError('cannot read the webhook secret', { cause: error });
    }
    const parsed = SecretsJsonSchema.safeParse(value);
    if (!parsed.success) throw new WebhookSecretsError('the webhook secret is not a JSON object');
    return parsed.data;
  };
};

export type { WebhookSecretsSettings };
export { createWebhookSecrets, WebhookSecretsError };
