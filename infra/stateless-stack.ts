import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { loadTaxonomy } from '../lib/config/load-taxonomy.js';
import { checkPromptCache } from '../lib/domain/classification/prompt-cache.js';
import { ClassifyService } from './classify-service.js';
import type { InfraConfig } from './config.js';
import { OutcomeService } from './outcome-service.js';
import { fromProjectRoot } from './project-paths.js';
import { RetuneService } from './retune-service.js';
import { schedulePeriodHours, TrainService } from './train-service.js';
import { TriageAlarms } from './triage-alarms.js';
import { TriageDashboard } from './triage-dashboard.js';
import type { TriageData } from './triage-data.js';
import { WebhookService } from './webhook-service.js';

/**
 * Functions, the webhook's HTTP API, alarms and the dashboard: everything that can be destroyed
 * and rebuilt from code. It reads the stateful stack's resources through typed props.
 */

interface StatelessStackProps extends StackProps {
  readonly config: InfraConfig;
  readonly data: TriageData;
  /** The webhook's signing secret (stateful stack); the webhook is deployed when config.webhook is set. */
  readonly webhookSecret?: ISecret;
  /** Names of the Salesforce rule in the stateful stack, for its delivery alarm. */
  readonly salesforceRule?: { readonly eventBusName: string; readonly ruleName: string };
}

class StatelessStack extends Stack {
  readonly classify: ClassifyService;
  readonly outcome: OutcomeService;
  readonly retune: RetuneService;
  readonly train: TrainService;
  readonly webhook?: WebhookService;
  readonly alarms: TriageAlarms;
  readonly dashboard: TriageDashboard;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, data } = props;
    // The same file is bundled with the functions; reading it here also fails synth on a bad taxonomy.
    const taxonomy = loadTaxonomy(fromProjectRoot(config.taxonomyFile));
    const common = {
      data,
      settings: config,
      logRetention: config.logRetentionDays,
      removalPolicy: config.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    };

    this.classify = new ClassifyService(this, 'ClassifyService', common);
    this.outcome = new OutcomeService(this, 'OutcomeService', common);
    this.retune = new RetuneService(this, 'RetuneService', common);
    this.train = new TrainService(this, 'TrainService', common);
    const functions = {
      classify: this.classify.fn.function,
      outcome: this.outcome.fn.function,
      retune: this.retune.fn.function,
      train: this.train.fn.function,
    };
    if (config.webhook) {
      if (!props.webhookSecret)
        throw new Error('the webhook needs its signing secret from the stateful stack');
      this.webhook = new WebhookService(this, 'WebhookService', { ...common, secret: props.webhookSecret });
    }
    const webhook = this.webhook && { api: this.webhook.api, fn: this.webhook.fn.function };

    this.alarms = new TriageAlarms(this, 'Alarms', {
      encryptionKey: data.key,
      queues: data.queues,
      functions,
      alarmEmail: config.alarmEmail,
      humanQueueMaxAge: Duration.minutes(config.humanQueueMaxAgeMinutes),
      ingestQueueMaxAge: Duration.minutes(config.ingestQueueMaxAgeMinutes),
      quarantineThreshold: config.quarantineAlarmThreshold,
      promptCache: checkPromptCache(config.modelId, taxonomy),
      webhook,
      salesforceRule: props.salesforceRule,
      scorerMaxAgeHours: config.scorerRetrainAfterHours + 3 * schedulePeriodHours(config.trainSchedule),
    });
    this.dashboard = new TriageDashboard(this, 'Dashboard', {
      dashboardName: `${config.stackPrefix}-triage`,
      routes: taxonomy.routes.map((r) => r.id),
      queues: data.queues,
      functions,
      targetError: config.targetError,
      routeCap: config.routeCap,
      webhook,
    });

    new CfnOutput(this, 'DashboardUrl', {
      value: `https://${Aws.REGION}.console.aws.amazon.com/cloudwatch/home?region=${Aws.REGION}#dashboards/dashboard/${this.dashboard.dashboard.dashboardName}`,
      description: 'CloudWatch dashboard of the triage pipeline',
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: this.alarms.topic.topicArn,
      description: 'SNS topic the alarms publish to; subscribe on-call here',
    });
    if (this.webhook) {
      new CfnOutput(this, 'WebhookUrl', {
        // The $default stage serves the API's root: no stage segment, no trailing slash.
        value: this.webhook.api.apiEndpoint,
        description:
          'Outcomes webhook: helpdesks POST signed outcomes to <url>/generic, <url>/zendesk or <url>/freshdesk',
      });
    }
    new CfnOutput(this, 'TrainFunctionName', {
      value: functions.train.functionName,
      description: 'Trains and activates a new route scorer version; invoke with {} to train now',
    });
    new CfnOutput(this, 'RetuneFunctionName', {
      value: functions.retune.functionName,
      description: 'Invoke with {"dryRun":true} to see what the retune would change, without writing',
    });
  }
}

export type { StatelessStackProps };
export { StatelessStack };
