import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createBatchMetrics } from '../lib/adapters/metrics/batch-metrics.js';
import { failureLogFields } from '../lib/adapters/metrics/failure-log.js';
import { processSqsBatch } from '../lib/adapters/sqs/sqs-batch.js';
import type { ClassifyEnv } from '../lib/config/env.schema.js';
import { checkPromptCache, promptCacheWarning } from '../lib/domain/classification/prompt-cache.js';
import { createTriageRecord } from '../lib/use-cases/triage-record.js';
import type { AwsClients } from '../lib/wiring/classify-deps.js';
import { createClassifyDeps } from '../lib/wiring/classify-deps.js';
import type { HandlerOptions } from '../lib/wiring/telemetry.js';
import { createTelemetry } from '../lib/wiring/telemetry.js';

/** Builds the classify function from validated config: clients and adapters once, per container. */
const createClassifyHandler = (config: ClassifyEnv, options: HandlerOptions<AwsClients> = {}) => {
  const deps = createClassifyDeps(config, options.clients);
  const triageRecord = createTriageRecord(deps);
  const { logger, metrics } = createTelemetry(options);
  // Synth warns too, but a taxonomy can change after deploy: say it where the function runs.
  const cacheWarning = promptCacheWarning(checkPromptCache(config.MODEL_ID, deps.taxonomy));
  if (cacheWarning) logger.warn('the prompt will not be cached', { warning: cacheWarning });

  /** The raw handler: SQS batch in, partial batch response out. */
  const classifyHandler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    const batchMetrics = createBatchMetrics();
    const response = await processSqsBatch(
      event,
      context,
      (record, ctx) => triageRecord({ messageId: record.messageId, body: record.body }, ctx),
      {
        onOutcome: batchMetrics.add,
        onFailure: (record, error) => {
          batchMetrics.addFailure(error);
          logger.warn('record failed; it will be retried', {
            messageId: record.messageId,
            ...failureLogFields(error),
          });
        },
      },
    );
    batchMetrics.publish(metrics);
    logger.info('batch done', { records: event.Records.length, failed: response.batchItemFailures.length });
    return response;
  };

  return { classifyHandler, handler: middy(classifyHandler).use(injectLambdaContext(logger)) };
};

export { createClassifyHandler };
