import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { CLIENT_LIMITS } from '../config/time-budget.js';

/**
 * Every AWS client the functions and the CLI use, with explicit timeouts and attempts taken from
 * CLIENT_LIMITS, the same numbers the time budget (lib/config/time-budget.ts) adds up. Without
 * them an SDK call has no upper bound at all, and a stuck connection eats the whole invocation.
 */

/** Settings every client shares; the local stack and tests pass a region, credentials, an endpoint. */
interface ClientBase {
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  endpoint?: string;
}

/**
 * DynamoDB and SQS use the HTTP/1.1 handler (NodeHttpHandler). Its requestTimeout is a wall-clock
 * bound on one attempt, connection included, but it only aborts the request when
 * throwOnRequestTimeout is set (without it the SDK logs a warning and keeps waiting).
 */
const http1Handler = (limits: { connectionTimeoutMs: number; timeoutMs: number }) => ({
  connectionTimeout: limits.connectionTimeoutMs,
  requestTimeout: limits.timeoutMs,
  throwOnRequestTimeout: true,
});

const createDynamoClient = (base: ClientBase = {}): DynamoDBClient =>
  new DynamoDBClient({
    ...base,
    maxAttempts: CLIENT_LIMITS.dynamo.maxAttempts,
    requestHandler: http1Handler(CLIENT_LIMITS.dynamo),
  });

const createSqsClient = (base: ClientBase = {}): SQSClient =>
  new SQSClient({
    ...base,
    maxAttempts: CLIENT_LIMITS.sqs.maxAttempts,
    requestHandler: http1Handler(CLIENT_LIMITS.sqs),
  });

interface BedrockSettings {
  /** One Converse attempt, in ms (MODEL_TIMEOUT_MS). */
  modelTimeoutMs: number;
  region?: string;
  /** The local stand-in only; unset in AWS. */
  endpoint?: string;
}

/**
 * The Bedrock runtime client speaks HTTP/2 (NodeHttp2Handler), which has no connectionTimeout:
 * that option is silently ignored there. Its requestTimeout is an idle timeout on the request's
 * stream, which exists from the moment the call starts: a connect that hangs, a server that never
 * answers and a Converse call that is still computing (it sends nothing until its answer is
 * complete) all leave the stream idle, so it bounds the whole attempt. sessionTimeout, the other
 * HTTP/2 option, only closes an idle shared session between calls and bounds no call, so it is
 * left at its default.
 *
 * Throttling is retried by SQS redelivery with the visibility timeout as backoff; the one SDK retry
 * is for a transient network or 5xx error, and the time budget counts it.
 */
const createBedrockClient = (settings: BedrockSettings, base: ClientBase = {}): BedrockRuntimeClient =>
  new BedrockRuntimeClient({
    ...base,
    ...(settings.region ? { region: settings.region } : {}),
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    maxAttempts: CLIENT_LIMITS.bedrock.maxAttempts,
    requestHandler: { requestTimeout: settings.modelTimeoutMs },
  });

export type { BedrockSettings, ClientBase };
export { createBedrockClient, createDynamoClient, createSqsClient, http1Handler };
