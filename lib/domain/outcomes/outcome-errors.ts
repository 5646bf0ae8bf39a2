import { RecordBusyError, RetryableRecordError } from '../retryable-record-error.js';

/**
 * The outcome use case's retryable failures. Each leaves the record to SQS for a later delivery;
 * none of them is ever a reason to drop an outcome.
 */

/** Another delivery of the same outcome holds a live claim: retry once it has finished or expired. */
class OutcomeBusyError extends RecordBusyError {
  override name = 'OutcomeBusyError';
}

/** The ticket is known but not decided yet (classify holds it): retry once the decision is stored. */
class UndecidedTicketError extends RetryableRecordError {
  override name = 'UndecidedTicketError';
}

/** The breaker's trip lost every race for the route's config: retry rather than report a trip not made. */
class BreakerConflictError extends RetryableRecordError {
  override name = 'BreakerConflictError';
}

export { BreakerConflictError, OutcomeBusyError, UndecidedTicketError };
