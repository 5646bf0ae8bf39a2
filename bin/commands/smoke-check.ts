import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { createBedrockClassifier } from '../../lib/adapters/bedrock/bedrock-classifier.js';
import {
  ModelAccessDeniedError,
  ModelNotFoundError,
  ModelThrottledError,
  ModelUnavailableError,
} from '../../lib/domain/classification/errors.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';

/**
 * One real Converse call through the product's classifier, to check that a deployment can reach
 * its model: region, credentials, model access, model id and quota, in that order. Each failure
 * names what is missing and how to fix it; decisions are made on error types, never on messages.
 */

type SmokeCheck =
  | 'ok'
  | 'no_region'
  | 'no_credentials'
  | 'model_access'
  | 'model_id'
  | 'request_rejected'
  | 'throttled'
  | 'unavailable'
  | 'invalid_output';

interface SmokeResult {
  check: SmokeCheck;
  /** One plain sentence or two: what happened, and what to do. */
  message: string;
}

interface SmokeOptions {
  modelId: string;
  taxonomy: Taxonomy;
  region?: string;
  /** A Bedrock-compatible endpoint (the local stand-in); unset for AWS. */
  endpoint?: string;
  /** Injected by tests; built from region and endpoint otherwise. */
  client?: BedrockRuntimeClient;
}

const SAMPLE_TICKET = { body: 'Hello, when is my next payment due? I cannot find the date in the app.' };
const ACCESS_DOC = 'docs/deploy.md#model-access';

const resolves = async (provider: () => Promise<unknown>): Promise<boolean> => {
  try {
    await provider();
    return true;
  } catch {
    return false;
  }
};

const runSmoke = async (options: SmokeOptions): Promise<SmokeResult> => {
  const { modelId } = options;
  const client =
    options.client ??
    new BedrockRuntimeClient({
      ...(options.region ? { region: options.region } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      // One attempt: the smoke test reports what Bedrock says, it does not wait a throttle out.
      maxAttempts: 1,
      requestHandler: { requestTimeout: 30_000 },
    });
  try {
    if (!(await resolves(() => client.config.region()))) {
      return {
        check: 'no_region',
        message:
          'no AWS region: pass --region (a source region of the inference profile, e.g. us-east-1) or set AWS_REGION.',
      };
    }
    const region = await client.config.region();
    if (!(await resolves(() => client.config.credentials()))) {
      return {
        check: 'no_credentials',
        message:
          'no AWS credentials: set AWS_PROFILE (after `aws sso login`) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for a principal allowed bedrock:InvokeModel on the model.',
      };
    }
    const classifier = createBedrockClassifier({ client, modelId, taxonomy: options.taxonomy });
    const result = await classifier.classify(SAMPLE_TICKET);
    if (result.ok) {
      const u = result.usage;
      return {
        check: 'ok',
        message: `ok: ${modelId} in ${region} answered with route "${result.classification.route}" (confidence ${result.classification.confidence}) in ${Math.round(result.latencyMs)} ms; tokens: ${u.inputTokens} input, ${u.outputTokens} output, ${u.cacheReadTokens ?? 0} cache read, ${u.cacheWriteTokens ?? 0} cache write.`,
      };
    }
    if (result.error === 'invalid_model_output') {
      return {
        check: 'invalid_output',
        message: `${modelId} in ${region} answered, but its tool call stayed invalid after one repair (${result.detail}): the model is reachable, yet it may be unfit for this prompt.`,
      };
    }
    if (result.failure instanceof ModelAccessDeniedError) {
      return {
        check: 'model_access',
        message: `access denied to ${modelId} in ${region}: model access is not granted for this account (Bedrock console > Model access; Anthropic models need a Marketplace subscription), or IAM denies bedrock:InvokeModel on the model or its inference profile. See ${ACCESS_DOC}.`,
      };
    }
    if (result.failure instanceof ModelNotFoundError) {
      return {
        check: 'model_id',
        message: `wrong model id: ${region} does not know "${modelId}". List ids with \`aws bedrock list-inference-profiles --region ${region}\` or \`aws bedrock list-foundation-models --region ${region}\`.`,
      };
    }
    return {
      check: 'request_rejected',
      message: `Bedrock rejected the request to ${modelId} in ${region} (${result.detail}): often a foundation model id that cannot be called on demand; use its inference-profile id (us., eu., apac. or global. prefix).`,
    };
  } catch (error) {
    if (error instanceof ModelThrottledError) {
      return {
        check: 'throttled',
        message: `throttled: Bedrock refused the call for quota (${error.message}). Access works; check the account's Bedrock quotas (Service Quotas > Amazon Bedrock) before raising concurrency.`,
      };
    }
    if (error instanceof ModelUnavailableError) {
      return {
        check: 'unavailable',
        message: `Bedrock did not answer (${error.message}${error.cause instanceof Error ? `, ${error.cause.name}` : ''}): check the network, the endpoint and the region.`,
      };
    }
    throw error;
  } finally {
    if (!options.client) client.destroy();
  }
};

export type { SmokeCheck, SmokeOptions, SmokeResult };
export { runSmoke };
