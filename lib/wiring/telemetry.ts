import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../adapters/metrics/metric-names.js';

/** What a handler factory takes besides its config: injected clients and telemetry settings. */
interface HandlerOptions<Clients> {
  /** AWS clients; the defaults are built once from config, as in Lambda. */
  clients?: Clients;
  /** Powertools log level; Lambda takes POWERTOOLS_LOG_LEVEL, the local stack passes WARN. */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
}

/** One logger and one metrics buffer per handler instance, so two stacks in a process stay apart. */
const createTelemetry = (options: { logLevel?: HandlerOptions<unknown>['logLevel'] } = {}) => ({
  logger: new Logger({
    serviceName: SERVICE_NAME,
    ...(options.logLevel ? { logLevel: options.logLevel } : {}),
  }),
  metrics: new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }),
});

export type { HandlerOptions };
export { createTelemetry };
