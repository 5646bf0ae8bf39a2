import { describe, expect, it } from 'vitest';
import { SendFailedError } from '../../../lib/adapters/sqs/batching-sender.js';
import {
  ModelRequestError,
  ModelThrottledError,
  ModelUnavailableError,
} from '../../../lib/domain/classification/errors.js';
import {
  BreakerConflictError,
  OutcomeBusyError,
  UndecidedTicketError,
} from '../../../lib/domain/outcomes/outcome-errors.js';
import { RecordBusyError, RetryableRecordError } from '../../../lib/domain/retryable-record-error.js';
import { QuarantineError } from '../../../lib/domain/tickets/parse-message.js';
import {
  LeaseLostError,
  OutOfTimeError,
  TicketBusyError,
} from '../../../lib/domain/tickets/ticket-errors.js';

describe('RetryableRecordError', () => {
  it('is the base of every error that sends a record back to its queue', () => {
    const retryable = [
      new TicketBusyError('t'),
      new LeaseLostError('t'),
      new OutOfTimeError('t'),
      new OutcomeBusyError('t'),
      new UndecidedTicketError('t'),
      new BreakerConflictError('t'),
      new SendFailedError('t'),
      new ModelThrottledError('t'),
      new ModelUnavailableError('t'),
    ];
    for (const error of retryable) expect(error, error.name).toBeInstanceOf(RetryableRecordError);
  });

  it('marks only a record another delivery holds as busy', () => {
    expect(new TicketBusyError('t')).toBeInstanceOf(RecordBusyError);
    expect(new OutcomeBusyError('t')).toBeInstanceOf(RecordBusyError);
    for (const error of [new LeaseLostError('t'), new OutOfTimeError('t'), new UndecidedTicketError('t')])
      expect(error, error.name).not.toBeInstanceOf(RecordBusyError);
  });

  it('leaves out what no retry fixes: configuration and invalid messages', () => {
    expect(new ModelRequestError('t')).not.toBeInstanceOf(RetryableRecordError);
    expect(new QuarantineError('invalid_json', 't')).not.toBeInstanceOf(RetryableRecordError);
  });

  it('keeps each error its own name for the logs', () => {
    expect(new LeaseLostError('t').name).toBe('LeaseLostError');
    expect(new OutcomeBusyError('t').name).toBe('OutcomeBusyError');
  });
});
