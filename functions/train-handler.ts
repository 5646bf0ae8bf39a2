import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import middy from '@middy/core';
import { z } from 'zod';
import { publishTrainFailure, publishTrainMetrics } from '../lib/adapters/metrics/scorer-metrics.js';
import type { TrainEnv } from '../lib/config/env.schema.js';
import type { TrainReport } from '../lib/use-cases/train-route-scorer.js';
import { createTrainRouteScorer } from '../lib/use-cases/train-route-scorer.js';
import type { HandlerOptions } from '../lib/wiring/telemetry.js';
import { createTelemetry } from '../lib/wiring/telemetry.js';
import { createTrainDeps } from '../lib/wiring/train-deps.js';

/** What a training run is asked: other keys (a console test event's) are ignored. */
const TrainEventSchema = z.object({ trigger: z.enum(['schedule', 'now']).default('now') });

/** Builds the train function from validated config. */
const createTrainHandler = (
  config: TrainEnv,
  options: HandlerOptions<{ dynamo?: DynamoDBClient; s3?: S3Client }> = {},
) => {
  const trainRouteScorer = createTrainRouteScorer(createTrainDeps(config, options.clients));
  const { logger, metrics } = createTelemetry(options);

  /**
   * The raw handler: the schedule's `{"trigger": "schedule"}` trains when the retrain rule says it
   * is due; a manual invoke (`{}`) trains now. The report comes out.
   */
  const trainHandler = async (event: unknown = {}): Promise<TrainReport> => {
    const { trigger } = TrainEventSchema.parse(event ?? {});
    let report: TrainReport;
    try {
      report = await trainRouteScorer(trigger);
    } catch (error) {
      publishTrainFailure(metrics);
      logger.error('route scorer training failed; the active scorer stays', error as Error);
      throw error;
    }
    publishTrainMetrics(metrics, report);
    if (report.kind === 'skipped' && report.reason === 'up_to_date') {
      logger.info('route scorer is up to date', {
        detail: report.detail,
        activeVersion: report.active?.version,
      });
    } else if (report.kind === 'skipped') {
      logger.warn('route scorer training skipped', {
        reason: report.reason,
        detail: report.detail,
        examples: report.examples,
        routes: report.routes,
        activeVersion: report.active?.version,
      });
    } else {
      logger.info('route scorer trained and activated', {
        version: report.version,
        previousVersion: report.previousVersion,
        examples: report.examples,
        routes: report.routes,
        outOfFoldAccuracy: report.outOfFoldAccuracy,
        detector: report.detector,
        trainMs: report.trainMs,
      });
    }
    return report;
  };

  return { trainHandler, handler: middy(trainHandler).use(injectLambdaContext(logger)) };
};

export { createTrainHandler };
