import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { DIMENSIONS, METRIC } from '../lib/adapters/metrics/metric-names.js';
import { processSqsBatch } from '../lib/adapters/sqs/sqs-batch.js';
import type { OutcomeEnv } from '../lib/config/env.schema.js';
import { OutcomeSchema } from '../lib/domain/outcomes/outcome.schema.js';
import { parseJsonMessage, QuarantineError } from '../lib/domain/tickets/parse-message.js';
import type { OutcomeResult } from '../lib/use-cases/record-outcome.js';
import { createRecordOutcome } from '../lib/use-cases/record-outcome.js';
import { createOutcomeDeps } from '../lib/wiring/feedback-deps.js';
import type { HandlerOptions } from '../lib/wiring/telemetry.js';
import { createTelemetry } from '../lib/wiring/telemetry.js';

type Handled = OutcomeResult | { kind: 'quarantined' };

/** Builds the outcome function from validated config. */
const createOutcomeHandler = (
  config: OutcomeEnv,
  options: HandlerOptions<{ dynamo: DynamoDBClient; sqs: SQSClient; s3?: S3Client }> = {},
) => {
  const { deps, quarantine } = createOutcomeDeps(
    config,
    options.clients?.dynamo,
    options.clients?.sqs,
    options.clients?.s3,
  );
  const recordOutcome = createRecordOutcome(deps);
  const { logger, metrics } = createTelemetry(options);

  /** Parses, quarantines what can never be valid, and records the rest. */
  const handleRecord = async (record: SQSRecord): Promise<Handled> => {
    try {
      return await recordOutcome(parseJsonMessage(record.body, OutcomeSchema));
    } catch (error) {
      if (!(error instanceof QuarantineError)) throw error;
      await quarantine.put({
        quarantineId: record.messageId,
        reason: error.reason,
        detail: `outcome: ${error.detail}`,
        ticketId: error.ticketId,
        body: record.body,
        receivedAt: new Date().toISOString(),
      });
      return { kind: 'quarantined' };
    }
  };

  /** The raw handler: outcomes batch in, partial batch response out. */
  const outcomeHandler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    const results: Handled[] = [];
    const response = await processSqsBatch(event, context, handleRecord, {
      onOutcome: (result) => results.push(result),
      onFailure: (record, error) =>
        logger.warn('outcome failed; it will be retried', {
          messageId: record.messageId,
          errorName: (error as Error)?.name,
        }),
    });
    const count = (keep: (r: Handled) => boolean) => results.filter(keep).length;
    // Only the delivery that wrote a trip counts it: a redelivery finds the route already off.
    const tripped = (r: Handled) => r.kind === 'recorded' && r.trip === 'written';
    // A redelivery of a conflict or unmatched outcome already kept is not a second one.
    const firstOf = (kind: 'conflict' | 'unmatched') => (r: Handled) => r.kind === kind && r.firstReport;
    for (const result of results) {
      if (result.kind === 'conflict' && result.firstReport) {
        logger.warn('conflicting outcome kept aside', { ticketId: result.ticketId, type: result.type });
      }
      if (result.kind === 'recorded' && result.adjudicationRequested) {
        logger.info('disputed label sent to QA for adjudication', {
          ticketId: result.ticketId,
          routeId: result.routeId,
        });
      }
      if (result.kind !== 'recorded' || !tripped(result)) continue;
      logger.warn('circuit breaker tripped', {
        routeId: result.routeId,
        signal: result.breaker?.tripped ? result.breaker.signal : undefined,
      });
      metrics.addDimension(DIMENSIONS.route, result.routeId ?? 'none');
      metrics.addMetric(METRIC.qualityBreaches, MetricUnit.Count, 1);
      metrics.publishStoredMetrics();
    }
    metrics.addMetric(
      METRIC.outcomesRecorded,
      MetricUnit.Count,
      count((r) => r.kind === 'recorded'),
    );
    metrics.addMetric(
      METRIC.duplicateOutcomes,
      MetricUnit.Count,
      count((r) => r.kind === 'duplicate'),
    );
    metrics.addMetric(METRIC.conflictingOutcomes, MetricUnit.Count, count(firstOf('conflict')));
    metrics.addMetric(METRIC.unmatchedOutcomes, MetricUnit.Count, count(firstOf('unmatched')));
    metrics.addMetric(
      METRIC.quarantined,
      MetricUnit.Count,
      count((r) => r.kind === 'quarantined'),
    );
    metrics.addMetric(METRIC.qualityBreaches, MetricUnit.Count, count(tripped));
    metrics.publishStoredMetrics();
    return response;
  };

  return { outcomeHandler, handler: middy(outcomeHandler).use(injectLambdaContext(logger)) };
};

export { createOutcomeHandler };
