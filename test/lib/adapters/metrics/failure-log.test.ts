import { describe, expect, it } from 'vitest';
import { failureLogFields } from '../../../../lib/adapters/metrics/failure-log.js';
import { ModelAccessDeniedError } from '../../../../lib/domain/classification/errors.js';

describe('failureLogFields', () => {
  it("logs the error's name and message and its cause's name, never the cause's message", () => {
    const cause = Object.assign(new Error('User: arn:aws:sts::1:assumed-role/x is not authorized'), {
      name: 'AccessDeniedException',
    });
    const error = new ModelAccessDeniedError('Bedrock denied access to the model (AccessDeniedException)', {
      cause,
    });
    const fields = failureLogFields(error);
    expect(fields).toEqual({
      errorName: 'ModelAccessDeniedError',
      errorMessage: 'Bedrock denied access to the model (AccessDeniedException)',
      causeName: 'AccessDeniedException',
    });
    expect(JSON.stringify(fields)).not.toContain('not authorized');
  });

  it('logs only the type of a thrown value that is not an Error', () => {
    expect(failureLogFields('a string with ticket text')).toEqual({ errorName: 'string' });
  });
});
