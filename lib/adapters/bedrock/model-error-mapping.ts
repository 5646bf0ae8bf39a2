import {
  AccessDeniedException,
  InternalServerException,
  ModelNotReadyException,
  ModelTimeoutException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ServiceUnavailableException,
  ThrottlingException,
} from '@aws-sdk/client-bedrock-runtime';
import {
  ModelAccessDeniedError,
  ModelNotFoundError,
  ModelRequestError,
  ModelThrottledError,
  ModelUnavailableError,
} from '../../domain/classification/errors.js';

interface SdkErrorShape {
  name?: string;
  $metadata?: { httpStatusCode?: number };
}

/**
 * Maps an SDK failure to our typed errors, by exception class and HTTP status, never by message.
 * Transport faults and unreadable responses are worth a retry later; other 4xx are configuration.
 * Every mapped error keeps the SDK error as its `cause`; our message names only the exception
 * class and status, since the SDK's own text could echo the request.
 */
const toModelError = (error: unknown): Error => {
  const shape = (error ?? {}) as SdkErrorShape;
  const name = shape.name ?? 'unknown error';
  const status = shape.$metadata?.httpStatusCode;
  const cause = { cause: error };
  // A quota (tokens per minute or day) recovers on its own: capacity, like throttling.
  if (
    error instanceof ThrottlingException ||
    error instanceof ServiceQuotaExceededException ||
    status === 429
  ) {
    return new ModelThrottledError(`Bedrock throttled the request (${name})`, cause);
  }
  if (
    error instanceof ServiceUnavailableException ||
    error instanceof InternalServerException ||
    error instanceof ModelTimeoutException ||
    error instanceof ModelNotReadyException
  ) {
    return new ModelUnavailableError(`Bedrock is unavailable (${name})`, cause);
  }
  if (error instanceof AccessDeniedException || status === 403) {
    return new ModelAccessDeniedError(`Bedrock denied access to the model (${name})`, cause);
  }
  if (error instanceof ResourceNotFoundException || status === 404) {
    return new ModelNotFoundError(`Bedrock does not know the model id (${name})`, cause);
  }
  // The remaining modelled 4xx exceptions carry $fault 'client' even without a status.
  const clientFault = (error as { $fault?: unknown } | undefined)?.$fault === 'client';
  // No status is a transport fault; a 2xx here means the body could not be read. Both are transient.
  if (!clientFault && (status === undefined || status >= 500 || status < 300)) {
    return new ModelUnavailableError(`Bedrock call failed (${name})`, cause);
  }
  return new ModelRequestError(`Bedrock rejected the request (${name}, HTTP ${status ?? 'unknown'})`, cause);
};

export { toModelError };
