import type { SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { WebhookEnv } from '../lib/config/env.schema.js';
import type { HandlerOptions } from '../lib/wiring/telemetry.js';

/** Signing secrets by adapter name (`generic`, `zendesk`, `freshdesk`). */
type WebhookSecrets = Readonly<Record<string, string>>;

interface WebhookHandlerOptions extends HandlerOptions<{ sqs: SQSClient }> {
  /** Where the signing secrets come from; in Lambda, Secrets Manager (WEBHOOK_SECRET_ID), cached. */
  secrets?: () => Promise<WebhookSecrets>;
}

/** Builds the outcomes webhook (API Gateway HTTP API, payload format 2.0) from validated config. */
const createWebhookHandler = (
  _config: WebhookEnv,
  _options: WebhookHandlerOptions = {},
): {
  handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
} => {
  throw new Error('createWebhookHandler: being built');
};

export type { WebhookHandlerOptions, WebhookSecrets };
export { createWebhookHandler };
