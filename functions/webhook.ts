import { loadEnv, WebhookEnvSchema } from '../lib/config/env.schema.js';
import { createWebhookHandler } from './webhook-handler.js';

const { handler } = createWebhookHandler(loadEnv(WebhookEnvSchema, process.env));

export { handler };
