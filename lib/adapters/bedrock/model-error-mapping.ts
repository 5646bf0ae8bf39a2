import {
  InternalServerException,
  ModelNotReadyException,
  ModelTimeoutException,
  ServiceUnavailableException,
  ThrottlingException,
} from '@aws-sdk/client-bedrock-runtime';
import {
  ModelRequestError,
  ModelThrottledError,
  ModelUnavailableError,
} from '../../domain/classification/errors.js';

interface SdkErrorShape {
  name?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

/**
 * Maps an SDK failure to our typed errors, by exception class and HTTP status, never by message.
 * Transport faults and unreadable responses are worth a retry later; other 4xx are configuration.
 */
const toModelError = (error: unknown): Error => {
  if (error instanceof ThrottlingException) return new ModelThrottledError('Bedrock throttled the request');
  if (
    error instanceof ServiceUnavailableException ||
    error instanceof InternalServerException ||
    error instanceof ModelTimeoutException ||
    error instanceof ModelNotReadyException
  ) {
    return new ModelUnavailableError(`Bedrock is unavailable (${error.name})`);
  }
  const shape = (error ?? {}) as SdkErrorShape;
  const status = shape.$metadata?.httpStatusCode;
  if (status === 429) return new ModelThrottledError('Bedrock throttled the request (429)');
  // No status is a transport fault; a 2xx here means the body could not be read. Both are transient.
  if (status === undefined || status >= 500 || status < 300) {
    return new ModelUnavailableError(`Bedrock call failed (${shape.name ?? 'unknown error'})`, {
      cause: error,
    });
  }
  return new ModelRequestError(`Bedrock rejected the request (${shape.name ?? 'error'}, HTTP ${status})`);
};

export { toModelError };
