import { type App, Duration, type Environment, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { minVisibilityTimeoutSeconds } from '../lib/config/time-budget.js';
import { type InfraConfig, loadInfraConfig, SALESFORCE_FIELD_PATHS } from './config.js';
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

/** The Salesforce rule, when a partner event source is configured; its name is fixed per stack prefix. */
const salesforceOutcomes = (config: InfraConfig) =>
  config.salesforceEventSource === undefined
    ? undefined
    : {
        eventSource: config.salesforceEventSource,
        detailType: config.salesforceDetailType,
        fieldPaths: config.salesforceFieldPaths ?? SALESFORCE_FIELD_PATHS,
        ruleName: `${config.stackPrefix}-salesforce-outcomes`,
      };

const buildTriageApp = (app: App, env?: Environment): TriageApp => {
  const config = loadInfraConfig(app);
  const salesforce = salesforceOutcomes(config);
  const stateful = new StatefulStack(app, `${config.stackPrefix}Stateful`, {
    env,
    description: 'Ticket triage: tables, queues and the data key',
    removalPolicy: config.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    visibilityTimeouts: {
      ingest: ingestVisibilityTimeout(config),
      outcomes: outcomesVisibilityTimeout(),
      human: humanVisibilityTimeout(config),
    },
    exampleRetentionDays: config.ticketRetentionDays,
    stackPrefix: config.stackPrefix,
    webhookSecret: config.webhook,
    salesforce,
  });
  const stateless = new StatelessStack(app, `${config.stackPrefix}Stateless`, {
    env,
    description: config.webhook
      ? 'Ticket triage: classify, outcome, retune and webhook functions, the webhook API, alarms and dashboard'
      : 'Ticket triage: classify, outcome and retune functions, alarms and dashboard',
    config,
    data: stateful.data,
    webhookSecret: stateful.webhookSecret?.secret,
    salesforceRule: salesforce && { eventBusName: salesforce.eventSource, ruleName: salesforce.ruleName },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { config, stateful, stateless };
};

export type { TriageApp };
export { buildTriageApp, humanVisibilityTimeout, ingestVisibilityTimeout, outcomesVisibilityTimeout };
