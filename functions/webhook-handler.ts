import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { DIMENSIONS, METRIC } from '../lib/adapters/metrics/metric-names.js';
import type { WebhookEnv } from '../lib/config/env.schema.js';
import type { WebhookRequest } from '../lib/domain/ingress/evaluate-webhook.js';
import type { WebhookResult } from '../lib/use-cases/queue-webhook-outcome.js';
import { createQueueWebhookOutcome } from '../lib/use-cases/queue-webhook-outcome.js';
import type { HandlerOptions } from '../lib/wiring/telemetry.js';
import { createTelemetry } from '../lib/wiring/telemetry.js';
import { createWebhookDeps } from '../lib/wiring/webhook-deps.js';

/** Signing secrets by adapter name (`generic`, `zendesk`, `freshdesk`). */
type WebhookSecrets = Readonly<Record<string, string>>;

interface WebhookHandlerOptions extends HandlerOptions<{ sqs: SQSClient }> {
  /** Where the signing secrets come from; in Lambda, Secrets Manager (WEBHOOK_SECRET_ID), cached. */
  secrets?: () => Promise<WebhookSecrets>;
  /** The clock the replay window is measured against (tests); Date.now otherwise. */
  now?: () => number;
}

type Result = APIGatewayProxyStructuredResultV2;

/** The classes along an error's cause chain, outermost first (never their messages). */
const causeNames = (error: unknown): string[] => {
  const names: string[] = [];
  for (let e = (error as Error | undefined)?.cause; e instanceof Error && names.length < 5; e = e.cause) {
    names.push(e.name);
  }
  return names;
};

/** The HTTP API event as the webhook's rules read it. */
const toRequest = (event: APIGatewayProxyEventV2): WebhookRequest => ({
  method: event.requestContext?.http?.method ?? 'GET',
  rawPath: event.rawPath ?? '',
  headers: event.headers ?? {},
  body: event.body,
  isBase64Encoded: event.isBase64Encoded ?? false,
});

const json = (
  statusCode: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** Builds the outcomes webhook (API Gateway HTTP API, payload format 2.0) from validated config. */
const createWebhookHandler = (config: WebhookEnv, options: WebhookHandlerOptions = {}) => {
  const queueOutcome = createQueueWebhookOutcome(
    createWebhookDeps(config, { sqs: options.clients?.sqs, secrets: options.secrets, now: options.now }),
  );
  const { logger, metrics } = createTelemetry(options);

  const count = (name: string, adapter: string | undefined, reason?: string) => {
    metrics.addDimensions({
      [DIMENSIONS.adapter]: adapter ?? 'none',
      ...(reason ? { [DIMENSIONS.reason]: reason } : {}),
    });
    metrics.addMetric(name, MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
  };

  const rejected = (evaluation: Extract<WebhookResult, { kind: 'rejected' }>): Result => {
    // The error text is built from headers and sizes only; a problem's text can quote payload
    // values, so of those only the field names are logged.
    logger.warn('webhook request rejected', {
      adapter: evaluation.adapter,
      status: evaluation.status,
      reason: evaluation.reason,
      error: evaluation.error,
      fields: evaluation.problems?.map((p) => p.field),
    });
    count(METRIC.webhookRejected, evaluation.adapter, evaluation.reason);
    return json(
      evaluation.status,
      {
        accepted: false,
        error: evaluation.error,
        ...(evaluation.problems ? { problems: evaluation.problems } : {}),
      },
      evaluation.status === 405 ? { allow: 'POST' } : {},
    );
  };

  const failed = ({ adapter, reason, error }: Extract<WebhookResult, { kind: 'failed' }>): Result => {
    logger.error('webhook request failed; nothing was sent', {
      adapter,
      reason,
      errorName: (error as Error)?.name,
      // The secret reader keeps the SDK's error as its cause: its class says what went wrong.
      causes: causeNames(error),
    });
    count(METRIC.webhookErrors, adapter, reason);
    return json(500, { accepted: false, error: 'the outcome could not be queued; send it again' });
  };

  const queued = ({ adapter, outcome }: Extract<WebhookResult, { kind: 'queued' }>): Result => {
    logger.info('outcome queued', { adapter, ticketId: outcome.ticketId, type: outcome.type });
    count(METRIC.webhookAccepted, adapter);
    return json(202, { accepted: true, ticketId: outcome.ticketId, type: outcome.type });
  };

  /** The raw handler: one HTTP request in, one status out. */
  const webhookHandler = async (event: APIGatewayProxyEventV2, _context: Context): Promise<Result> => {
    const result = await queueOutcome(toRequest(event));
    switch (result.kind) {
      case 'rejected':
        return rejected(result);
      case 'ignored':
        count(METRIC.webhookIgnored, result.adapter);
        return json(200, {
          accepted: false,
          ignored: true,
          reason: 'no field-map rule matches this payload',
        });
      case 'failed':
        return failed(result);
      case 'queued':
        return queued(result);
    }
  };

  return { webhookHandler, handler: middy(webhookHandler).use(injectLambdaContext(logger)) };
};

export type { WebhookHandlerOptions, WebhookSecrets };
export { createWebhookHandler };
