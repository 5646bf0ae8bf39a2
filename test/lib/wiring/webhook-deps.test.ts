import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadEnv, WebhookEnvSchema } from '../../../lib/config/env.schema.js';
import { parseFieldMaps } from '../../../lib/domain/ingress/default-field-maps.js';
import { createWebhookDeps } from '../../../lib/wiring/webhook-deps.js';

/** The outcomes webhook's wiring: its queue, secrets and field maps from validated config. */

const QUEUE = 'https://sqs.us-east-1.amazonaws.com/123456789012/Outcomes';
const env = (over: Record<string, string> = {}) =>
  loadEnv(WebhookEnvSchema, { OUTCOMES_QUEUE_URL: QUEUE, WEBHOOK_SECRET_ID: 'triage/webhook', ...over });

const secretsManager = mockClient(SecretsManagerClient);
afterEach(() => secretsManager.reset());

describe('createWebhookDeps', () => {
  it('points at the outcomes queue with the configured limits and the injected clients', () => {
    const sqs = new SQSClient({ region: 'us-east-1' });
    const secrets = async () => ({ generic: 's3cret' });
    const deps = createWebhookDeps(env({ WEBHOOK_MAX_BODY_BYTES: '1024', WEBHOOK_TOLERANCE_SECONDS: '60' }), {
      sqs,
      secrets,
    });
    expect(deps.sqs).toBe(sqs);
    expect(deps.secrets).toBe(secrets);
    expect(deps.queueUrl).toBe(QUEUE);
    expect(deps.maxBodyBytes).toBe(1024);
    expect(deps.toleranceSeconds).toBe(60);
    expect(deps.fieldMaps).toEqual(parseFieldMaps('{}'));
  });

  it('reads the signing secrets from the configured secret when none are injected', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: '{"zendesk":"zsecret"}' });
    const deps = createWebhookDeps(env(), { sqs: new SQSClient({ region: 'us-east-1' }) });
    expect(await deps.secrets()).toEqual({ zendesk: 'zsecret' });
    expect(secretsManager.commandCalls(GetSecretValueCommand)[0]?.args[0].input.SecretId).toBe(
      'triage/webhook',
    );
  });

  it('builds its own SQS client when none is injected', () => {
    expect(createWebhookDeps(env(), { secrets: async () => ({}) }).sqs).toBeInstanceOf(SQSClient);
  });

  it('fails the cold start with a ConfigError naming WEBHOOK_FIELD_MAPS when the maps do not parse', () => {
    const build = (maps: string) => () =>
      createWebhookDeps(env({ WEBHOOK_FIELD_MAPS: maps }), { secrets: async () => ({}) });
    expect(build('{"zendesk":')).toThrow(ConfigError);
    expect(build('{"zendesk":')).toThrow('WEBHOOK_FIELD_MAPS: field maps are not valid JSON');
    expect(build('{"zendesk":{"rules":[]}}')).toThrow(/^WEBHOOK_FIELD_MAPS: invalid field maps/);
  });
});
