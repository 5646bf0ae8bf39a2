import {
  AccessDeniedException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { describe, expect, it } from 'vitest';
import { toModelError } from '../../../../lib/adapters/bedrock/model-error-mapping.js';
import {
  ModelAccessDeniedError,
  ModelNotFoundError,
  ModelRequestError,
  ModelThrottledError,
  ModelUnavailableError,
  RetryableModelError,
} from '../../../../lib/domain/classification/errors.js';

const sdkError = (name: string, httpStatusCode?: number) =>
  Object.assign(new Error('raw SDK message'), { name, $metadata: { httpStatusCode } });

describe('toModelError', () => {
  it.each([
    ['ThrottlingException', new ThrottlingException({ message: 'm', $metadata: {} }), ModelThrottledError],
    ['an HTTP 429', sdkError('TooManyRequests', 429), ModelThrottledError],
    [
      'ServiceUnavailableException',
      new ServiceUnavailableException({ message: 'm', $metadata: {} }),
      ModelUnavailableError,
    ],
    ['an HTTP 503', sdkError('InternalFailure', 503), ModelUnavailableError],
    ['a dropped connection', sdkError('TimeoutError'), ModelUnavailableError],
    [
      'AccessDeniedException',
      new AccessDeniedException({ message: 'm', $metadata: {} }),
      ModelAccessDeniedError,
    ],
    ['an HTTP 403', sdkError('Forbidden', 403), ModelAccessDeniedError],
    [
      'ResourceNotFoundException',
      new ResourceNotFoundException({ message: 'm', $metadata: {} }),
      ModelNotFoundError,
    ],
    ['ValidationException', new ValidationException({ message: 'm', $metadata: {} }), ModelRequestError],
    ['an HTTP 400', sdkError('BadRequest', 400), ModelRequestError],
  ])('maps %s to its typed error and keeps the SDK error as the cause', (_case, error, errorClass) => {
    const mapped = toModelError(error);
    expect(mapped).toBeInstanceOf(errorClass);
    expect(mapped.cause).toBe(error);
  });

  it('treats configuration errors as not retryable', () => {
    for (const error of [
      new AccessDeniedException({ message: 'm', $metadata: {} }),
      new ResourceNotFoundException({ message: 'm', $metadata: {} }),
      new ValidationException({ message: 'm', $metadata: {} }),
    ]) {
      const mapped = toModelError(error);
      expect(mapped).toBeInstanceOf(ModelRequestError);
      expect(mapped).not.toBeInstanceOf(RetryableModelError);
    }
  });

  it('names the SDK exception in the message, not its raw text', () => {
    const mapped = toModelError(new AccessDeniedException({ message: 'secret detail', $metadata: {} }));
    expect(mapped.message).toContain('AccessDeniedException');
    expect(mapped.message).not.toContain('secret detail');
  });
});
