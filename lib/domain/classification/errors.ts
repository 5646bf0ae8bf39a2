/**
 * Model errors, by what the caller must do with them. A retryable error fails the SQS record so it
 * comes back after the visibility timeout; it is never dropped and never auto-resolved.
 */

class RetryableModelError extends Error {
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

export { ModelRequestError, ModelThrottledError, ModelUnavailableError, RetryableModelError };
