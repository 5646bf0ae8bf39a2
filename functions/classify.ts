import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createBatchMetrics } from '../lib/adapters/metrics/batch-metrics.js';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../lib/adapters/metrics/metric-names.js';
import type { SqsRecordHandler } from '../lib/adapters/sqs/sqs-batch.js';
import { processSqsBatch } from '../lib/adapters/sqs/sqs-batch.js';
import { ClassifyEnvSchema, loadEnv } from '../lib/config/env.schema.js';
import { createTriageRecord } from '../lib/use-cases/triage-record.js';
import { createClassifyDeps } from '../lib/wiring/classify-deps.js';

// Cold start: config is validated once (a missing key fails here, by name) and clients are built once.
const config = loadEnv(ClassifyEnvSchema, process.env);
const triageRecord = createTriageRecord(createClassifyDeps(config));
const logger = new Logger({ serviceName: SERVICE_NAME });
const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

const handleRecord: SqsRecordHandler = (record, context) =>
  triageRecord({ messageId: record.messageId, body: record.body }, context);

/** The raw handler: SQS batch in, partial batch response out. */
const classifyHandler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
  const batchMetrics = createBatchMetrics();
  const response = await processSqsBatch(event, context, handleRecord, {
    onOutcome: batchMetrics.add,
    onFailure: (record, error) => {
      batchMetrics.addFailure(error);
      logger.warn('record failed; it will be retried', {
        messageId: record.messageId,
        errorName: (error as Error)?.name,
      });
    },
  });
  batchMetrics.publish(metrics);
  logger.info('batch done', { records: event.Records.length, failed: response.batchItemFailures.length });
  return response;
};

const handler = middy(classifyHandler).use(injectLambdaContext(logger));

export { classifyHandler, handler };
