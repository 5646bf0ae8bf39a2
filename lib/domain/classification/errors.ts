import { RetryableRecordError } from '../retryable-record-error.js';

/**
 * Model errors, by what the caller must do with them. A retryable error fails the SQS record so it
 * comes back after the visibility timeout; it is never dropped and never auto-resolved. A request
 * error is configuration (model access, model id): no retry of the ticket fixes it, so the ticket
 * goes to a person at once and an alarm tells the operator.
 */

class RetryableModelError extends RetryableRecordError {
  override name = 'RetryableModelError';
}

/** Bedrock said 429 / ThrottlingException: capacity, not content. */
class ModelThrottledError extends RetryableModelError {
  override name = 'ModelThrottledError';
}

/** 5xx, a timeout or a dropped connection. */
class ModelUnavailableError extends RetryableModelError {
  override name = 'ModelUnavailableError';
}

/** A 4xx other than throttling: configuration (model access, model id), not the ticket. */
class ModelRequestError extends Error {
  override name = 'ModelRequestError';
}

/** 403 / AccessDeniedException: model access not granted (Marketplace subscription) or IAM denies it. */
class ModelAccessDeniedError extends ModelRequestError {
  override name = 'ModelAccessDeniedError';
}

/** 404 / ResourceNotFoundException: the model or inference-profile id does not exist in this region. */
class ModelNotFoundError extends ModelRequestError {
  override name = 'ModelNotFoundError';
}

export {
  ModelAccessDeniedError,
  ModelNotFoundError,
  ModelRequestError,
  ModelThrottledError,
  ModelUnavailableError,
  RetryableModelError,
};
