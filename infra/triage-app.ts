import { type App, Duration, type Environment, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { minVisibilityTimeoutSeconds } from '../lib/config/time-budget.js';
import { type InfraConfig, loadInfraConfig } from './config.js';
import { OUTCOME_CONSUMER } from './outcome-service.js';
import { StatefulStack } from './stateful-stack.js';
import { StatelessStack } from './stateless-stack.js';

/**
 * Builds the app's two stacks from the context config and checks them with cdk-nag: a finding that
 * is not acknowledged (with a reason, at the construct it concerns) fails synth.
 */

interface TriageApp {
  readonly config: InfraConfig;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/** SQS advice for a Lambda event source (6x the function timeout plus the batching window), from the time budget. */
const ingestVisibilityTimeout = (config: InfraConfig): Duration =>
  Duration.seconds(config.classifyBudget.minVisibilityTimeoutSeconds);

const outcomesVisibilityTimeout = (): Duration =>
  Duration.seconds(
    minVisibilityTimeoutSeconds(
      OUTCOME_CONSUMER.timeout.toSeconds(),
      OUTCOME_CONSUMER.maxBatchingWindow.toSeconds(),
    ),
  );

/** The helpdesk consumer's time to hand an item over and delete it (docs/helpdesk-consumer.md). */
const humanVisibilityTimeout = (config: InfraConfig): Duration =>
  Duration.seconds(config.humanQueueVisibilitySeconds);

const buildTriageApp = (app: App, env?: Environment): TriageApp => {
  const config = loadInfraConfig(app);
  const stateful = new StatefulStack(app, `${config.stackPrefix}Stateful`, {
    env,
    description: 'Ticket triage: tables, queues and the data key',
    removalPolicy: config.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    visibilityTimeouts: {
      ingest: ingestVisibilityTimeout(config),
      outcomes: outcomesVisibilityTimeout(),
      human: humanVisibilityTimeout(config),
    },
  });
  const stateless = new StatelessStack(app, `${config.stackPrefix}Stateless`, {
    env,
    description: 'Ticket triage: classify, outcome and retune functions, alarms and dashboard',
    config,
    data: stateful.data,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { config, stateful, stateless };
};

export type { TriageApp };
export { buildTriageApp, humanVisibilityTimeout, ingestVisibilityTimeout, outcomesVisibilityTimeout };
