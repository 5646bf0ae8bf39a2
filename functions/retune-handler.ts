import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import middy from '@middy/core';
import { publishRetuneMetrics } from '../lib/adapters/metrics/retune-metrics.js';
import type { RetuneEnv } from '../lib/config/env.schema.js';
import type { RetuneReport } from '../lib/use-cases/retune-routes.js';
import { retuneRoutes } from '../lib/use-cases/retune-routes.js';
import { createRetuneDeps } from '../lib/wiring/feedback-deps.js';
import type { HandlerOptions } from '../lib/wiring/telemetry.js';
import { createTelemetry } from '../lib/wiring/telemetry.js';

type RetuneEvent = { dryRun?: boolean };

/** Builds the retune function from validated config. */
const createRetuneHandler = (
  config: RetuneEnv,
  options: HandlerOptions<{ dynamo: DynamoDBClient; s3?: S3Client }> = {},
) => {
  const deps = createRetuneDeps(config, options.clients?.dynamo, options.clients?.s3);
  const { logger, metrics } = createTelemetry(options);

  /** The raw handler: the EventBridge schedule (or `{ "dryRun": true }`) in, the report out. */
  const retuneHandler = async (event: RetuneEvent = {}): Promise<RetuneReport> => {
    const report = await retuneRoutes(deps, { dryRun: event.dryRun === true || config.DRY_RUN === 'true' });
    publishRetuneMetrics(metrics, report);
    for (const change of report.changes) {
      logger.info('route config changed', {
        routeId: change.routeId,
        from: { mode: change.before.mode, threshold: change.before.threshold },
        to: { mode: change.after.mode, threshold: change.after.threshold },
        reason: change.plan.reason,
        dryRun: report.dryRun,
      });
    }
    const refuted = report.plans.filter((p) => p.history === 'refuted').map((p) => p.routeId);
    if (refuted.length > 0)
      logger.warn('live labels refuted these routes’ history; planned from live labels alone', {
        routes: refuted,
      });
    if (report.conflicts.length > 0)
      logger.warn('version conflicts; routes left for the next run', { routes: report.conflicts });
    return report;
  };

  return { retuneHandler, handler: middy(retuneHandler).use(injectLambdaContext(logger)) };
};

export type { RetuneEvent };
export { createRetuneHandler };
