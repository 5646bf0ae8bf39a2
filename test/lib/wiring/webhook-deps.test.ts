import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadEnv, WebhookEnvSchema } from '../../../lib/config/env.schema.js';
import { parseFieldMaps } from '../../../lib/domain/ingress/default-field-maps.js';
import type { Outcome } from '../../../lib/domain/outcomes/outcome.schema.js';
import { createWebhookDeps } from '../../../lib/wiring/webhook-deps.js';

/** The outcomes webhook's wiring: its queue, secrets and field maps from validated config. */

const QUEUE = 'https://sqs.us-east-1.amazonaws.com/123456789012/Outcomes';
const env = (over: Record<string, string> = {}) =>
  loadEnv(WebhookEnvSchema, { OUTCOMES_QUEUE_URL: QUEUE, WEBHOOK_SECRET_ID: 'triage/webhook', ...over });

const outcome: Outcome = {
  type: 'human_resolution',
  ticketId: 'T-1',
  finalRoute: 'pay_early',
  handleSeconds: 120,
  resolvedAt: '2026-11-20T09:58:00Z',
};

const secretsManager = mockClient(SecretsManagerClient);
afterEach(() => secretsManager.reset());

/** Where the deps' outcome queue sent one outcome, through the given client mock. */
const sentTo = (sqs: AwsClientStub<SQSClient>): (string | undefined)[] =>
  sqs.commandCalls(SendMessageCommand).map((call) => call.args[0].input.QueueUrl);

describe('createWebhookDeps', () => {
  it('points at the outcomes queue with the configured limits and the injected clients', async () => {
    const sqs = new SQSClient({ region: 'us-east-1' });
    const injected = mockClient(sqs);
    const secrets = async () => ({ generic: 's3cret' });
    const deps = createWebhookDeps(env({ WEBHOOK_MAX_BODY_BYTES: '1024', WEBHOOK_TOLERANCE_SECONDS: '60' }), {
      sqs,
      secrets,
    });
    await deps.outcomeQueue.send(outcome);
    expect(sentTo(injected)).toEqual([QUEUE]);
    expect(JSON.parse(injected.commandCalls(SendMessageCommand)[0]?.args[0].input.MessageBody ?? '')).toEqual(
      outcome,
    );
    injected.restore();
    expect(deps.secrets).toBe(secrets);
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

  it('builds its own SQS client when none is injected', async () => {
    const anySqs = mockClient(SQSClient);
    try {
      await createWebhookDeps(env(), { secrets: async () => ({}) }).outcomeQueue.send(outcome);
      expect(sentTo(anySqs)).toEqual([QUEUE]);
    } finally {
      anySqs.restore();
    }
  });

  it('fails the cold start with a ConfigError naming WEBHOOK_FIELD_MAPS when the maps do not parse', () => {
    const build = (maps: string) => () =>
      createWebhookDeps(env({ WEBHOOK_FIELD_MAPS: maps }), { secrets: async () => ({}) });
    expect(build('{"zendesk":')).toThrow(ConfigError);
    expect(build('{"zendesk":')).toThrow('WEBHOOK_FIELD_MAPS: field maps are not valid JSON');
    expect(build('{"zendesk":{"rules":[]}}')).toThrow(/^WEBHOOK_FIELD_MAPS: invalid field maps/);
  });
});
