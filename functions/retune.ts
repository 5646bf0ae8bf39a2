import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import middy from '@middy/core';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../lib/adapters/metrics/metric-names.js';
import { publishRetuneMetrics } from '../lib/adapters/metrics/retune-metrics.js';
import { loadEnv, RetuneEnvSchema } from '../lib/config/env.schema.js';
import type { RetuneReport } from '../lib/use-cases/retune-routes.js';
import { retuneRoutes } from '../lib/use-cases/retune-routes.js';
import { createRetuneDeps } from '../lib/wiring/feedback-deps.js';

const config = loadEnv(RetuneEnvSchema, process.env);
const deps = createRetuneDeps(config);
const logger = new Logger({ serviceName: SERVICE_NAME });
const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/** The raw handler: the EventBridge schedule (or `{ "dryRun": true }`) in, the report out. */
const retuneHandler = async (event: { dryRun?: boolean } = {}): Promise<RetuneReport> => {
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
  if (report.conflicts.length > 0)
    logger.warn('version conflicts; routes left for the next run', { routes: report.conflicts });
  return report;
};

const handler = middy(retuneHandler).use(injectLambdaContext(logger));

export { handler, retuneHandler };
