import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

type SqsRecordHandler<T> = (record: SQSRecord, context: Context) => Promise<T>;

interface BatchHooks<T> {
  onOutcome: (outcome: T) => void;
  onFailure: (record: SQSRecord, error: unknown) => void;
}

/**
 * Runs every record of an SQS batch concurrently and reports the failed ones as
 * `batchItemFailures`, so only they come back after the visibility timeout. A processor per
 * invocation: the local runner invokes one handler concurrently, as Lambda would in many containers.
 */
const processSqsBatch = async <T>(
  event: SQSEvent,
  context: Context,
  handleRecord: SqsRecordHandler<T>,
  hooks: BatchHooks<T>,
): Promise<SQSBatchResponse> => {
  const processor = new BatchProcessor(EventType.SQS);
  return processPartialResponse(
    event,
    async (record: SQSRecord) => {
      try {
        const outcome = await handleRecord(record, context);
        hooks.onOutcome(outcome);
        return outcome;
      } catch (error) {
        hooks.onFailure(record, error);
        throw error;
      }
    },
    processor,
    // Report a fully failed batch as failures too, rather than throwing: the effect is the same and
    // the function's error metric keeps meaning "the code broke".
    { context, processInParallel: true, throwOnFullBatchFailure: false },
  );
};

export type { SqsRecordHandler };
export { processSqsBatch };
