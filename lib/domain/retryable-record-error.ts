/**
 * The one base of every "retry this record" failure. A record that fails with one is not lost and
 * not decided on a guess: the handler reports it as a batch item failure, SQS brings it back after
 * the visibility timeout, and after the last attempt it goes to the dead-letter queue. Batch
 * processing asks `instanceof` of these two classes, never a list of error names.
 */
class RetryableRecordError extends Error {
  override name = 'RetryableRecordError';
}

/**
 * Another delivery of the same record holds it right now. A retry, not a fault: the classify
 * function counts it as `TicketBusyRetries`, which alarms nowhere, instead of `ClassifyErrors`.
 */
class RecordBusyError extends RetryableRecordError {
  override name = 'RecordBusyError';
}

export { RecordBusyError, RetryableRecordError };
