import { SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { createWebhookHandler } from '../../functions/webhook-handler.js';
import { ConfigError, loadEnv, WebhookEnvSchema } from '../../lib/config/env.schema.js';

/** The webhook's configuration fails at cold start, naming the key, as every function's does. */

const env = (over: Record<string, string> = {}) =>
  loadEnv(WebhookEnvSchema, {
    OUTCOMES_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/Outcomes',
    WEBHOOK_SECRET_ID: 'webhook',
    ...over,
  });

const build = (over: Record<string, string> = {}) =>
  createWebhookHandler(env(over), {
    clients: { sqs: new SQSClient({ region: 'us-east-1' }) },
    secrets: async () => ({}),
    logLevel: 'SILENT',
  });

describe('webhook configuration', () => {
  it('builds with the defaults: empty field maps, 64 KiB bodies, a 300 s window', () => {
    expect(env()).toMatchObject({
      WEBHOOK_FIELD_MAPS: '{}',
      WEBHOOK_MAX_BODY_BYTES: 65_536,
      WEBHOOK_TOLERANCE_SECONDS: 300,
    });
    expect(typeof build().handler).toBe('function');
  });

  it('fails the cold start on field maps that do not parse, naming WEBHOOK_FIELD_MAPS and the path', () => {
    expect(() => build({ WEBHOOK_FIELD_MAPS: '{"zendesk":' })).toThrow(ConfigError);
    expect(() => build({ WEBHOOK_FIELD_MAPS: '{"zendesk":{"rules":[]}}' })).toThrow(
      /WEBHOOK_FIELD_MAPS: invalid field maps \(zendesk\.rules/,
    );
  });
});
