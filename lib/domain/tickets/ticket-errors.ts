import { RecordBusyError, RetryableRecordError } from '../retryable-record-error.js';

/** The classify use case's retryable failures, thrown by it and by the ticket repository. */

/** Another delivery of the same ticket is being processed right now; try again later. */
class TicketBusyError extends RecordBusyError {
  override name = 'TicketBusyError';
}

/** The claim was taken over (or the ticket moved on) under this attempt; the record must be retried. */
class LeaseLostError extends RetryableRecordError {
  override name = 'LeaseLostError';
}

/** Too little of the invocation is left to finish this record; it is returned for a retry. */
class OutOfTimeError extends RetryableRecordError {
  override name = 'OutOfTimeError';
}

export { LeaseLostError, OutOfTimeError, TicketBusyError };
