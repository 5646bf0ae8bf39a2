import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWebhookSecrets,
  WebhookSecretsError,
} from '../../../../lib/adapters/secrets/webhook-secrets.js';

/**
 * What the webhook's secret reader asks of Secrets Manager: one read per cache period, a fresh one
 * after it (so a rotated secret is picked up), and an error, not an empty set, when the secret
 * cannot be read or is not a JSON object.
 */

const client = new SecretsManagerClient({ region: 'us-east-1' });
const mock = mockClient(client);
const SECRET_ID = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:webhook-AbCdEf';

const reader = (maxAgeSeconds = 300) => createWebhookSecrets({ client, secretId: SECRET_ID, maxAgeSeconds });

beforeEach(() => {
  mock.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('webhook secrets', () => {
  it('reads the secret once and serves the cached copy until the cache period ends', async () => {
    mock.on(GetSecretValueCommand).resolves({ SecretString: '{"generic":"g1","zendesk":"z1"}' });
    const secrets = reader(300);
    expect(await secrets()).toEqual({ generic: 'g1', zendesk: 'z1' });
    vi.setSystemTime(new Date('2026-11-20T10:04:59Z'));
    expect(await secrets()).toEqual({ generic: 'g1', zendesk: 'z1' });
    expect(mock.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    expect(mock.commandCalls(GetSecretValueCommand)[0]?.args[0].input).toEqual({ SecretId: SECRET_ID });
  });

  it('reads it again after the cache period, so a rotated value is used', async () => {
    mock
      .on(GetSecretValueCommand)
      .resolvesOnce({ SecretString: '{"generic":"old"}' })
      .resolves({ SecretString: '{"generic":"new"}' });
    const secrets = reader(60);
    expect(await secrets()).toEqual({ generic: 'old' });
    vi.setSystemTime(new Date('2026-11-20T10:01:01Z'));
    expect(await secrets()).toEqual({ generic: 'new' });
    expect(mock.commandCalls(GetSecretValueCommand)).toHaveLength(2);
  });

  it('reads on every call when the cache period is zero', async () => {
    mock.on(GetSecretValueCommand).resolves({ SecretString: '{"freshdesk":"f"}' });
    const secrets = reader(0);
    await secrets();
    await secrets();
    expect(mock.commandCalls(GetSecretValueCommand)).toHaveLength(2);
  });

  it('drops values that are not text', async () => {
    mock
      .on(GetSecretValueCommand)
      .resolves({ SecretString: '{"generic":"g","zendesk":42,"freshdesk":null}' });
    expect(await reader()()).toEqual({ generic: 'g' });
  });

  it('fails with a typed error, keeping the SDK error as its cause, when the secret cannot be read', async () => {
    const denied = Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' });
    mock.on(GetSecretValueCommand).rejects(denied);
    const error = await reader()().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookSecretsError);
    expect((error as Error).message).not.toContain('authorized');
    const wrapped = (error as Error).cause as Error | undefined;
    expect([wrapped?.name, (wrapped?.cause as Error | undefined)?.name]).toEqual([
      'GetParameterError',
      'AccessDeniedException',
    ]);
  });

  it('fails when the secret is not a JSON object, rather than serving no secrets', async () => {
    for (const SecretString of ['not json', '["generic"]', '"generic"']) {
      mock.reset();
      mock.on(GetSecretValueCommand).resolves({ SecretString });
      await expect(reader(0)()).rejects.toBeInstanceOf(WebhookSecretsError);
    }
  });
});
