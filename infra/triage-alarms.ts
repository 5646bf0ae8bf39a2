import { Annotations, Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRIC } from '../lib/adapters/metrics/metric-names.js';
import { QUEUES } from '../lib/config/resources.js';
import type { PromptCacheCheck } from '../lib/domain/classification/prompt-cache.js';
import { promptCacheWarning } from '../lib/domain/classification/prompt-cache.js';
import { failedDeliveries } from './outcome-events.js';
import type { QueueWithDlq } from './queue-with-dlq.js';
import type { QueueKey } from './triage-data.js';
import {
  CACHE_ALARM_MIN_TICKETS,
  cacheReadsStopped,
  type TriageFunctions,
  triageMetric,
  type WebhookEndpoint,
} from './triage-metrics.js';

/**
 * The alarm topic and the alarms. Each alarm's description says what to do; docs/deploy.md has
 * the longer runbook. Missing data is "not breaching": an idle system is a healthy one.
 */

interface TriageAlarmsProps {
  readonly encryptionKey: IKey;
  readonly queues: Record<QueueKey, QueueWithDlq>;
  readonly functions: TriageFunctions;
  readonly alarmEmail?: string;
  readonly humanQueueMaxAge: Duration;
  readonly ingestQueueMaxAge: Duration;
  /** Quarantined messages per 5 minutes above which the upstream is probably broken. */
  readonly quarantineThreshold: number;
  /** Whether the deployed prompt reaches the model's cacheable minimum (checked at synth). */
  readonly promptCache: PromptCacheCheck;
  /** The outcomes webhook, when deployed. */
  readonly webhook?: WebhookEndpoint;
  /** The Salesforce rule into the outcomes queue, when configured. */
  readonly salesforceRule?: { readonly eventBusName: string; readonly ruleName: string };
  /** The active scorer's age past which it is stale: its retrain age plus three schedule periods. */
  readonly scorerMaxAgeHours: number;
}

interface AlarmSpec {
  readonly metric: IMetric;
  readonly threshold: number;
  readonly description: string;
  readonly evaluationPeriods?: number;
  readonly datapointsToAlarm?: number;
}

const RUNBOOK = 'Runbook: docs/deploy.md#alarms.';

class TriageAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Record<string, Alarm> = {};

  constructor(scope: Construct, id: string, props: TriageAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', {
      displayName: 'Ticket triage alarms',
      masterKey: props.encryptionKey,
      enforceSSL: true,
    });
    // enforceSSL creates a topic policy, and a topic policy replaces SNS's default one (which lets
    // the account's services publish). Without this statement CloudWatch cannot publish and no
    // alarm reaches anyone. Scoped to this account's alarms against the confused deputy.
    const { account, region, partition } = Stack.of(this);
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': account },
          ArnLike: { 'aws:SourceArn': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*` },
        },
      }),
    );
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    for (const key of Object.keys(QUEUES) as QueueKey[]) {
      const { id: queueId } = QUEUES[key];
      this.add(`${queueId}DlqNotEmpty`, {
        metric: props.queues[key].deadLetterQueue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(1),
          statistic: Stats.MAXIMUM,
        }),
        threshold: 0,
        description: `Messages of the ${queueId} queue failed ${QUEUES[key].maxReceiveCount} deliveries and wait in its DLQ. Find the cause in the consumer's logs, fix it, then redrive the DLQ.`,
      });
    }
    this.add('HumanQueueAge', {
      metric: props.queues.human.queue.metricApproximateAgeOfOldestMessage({ statistic: Stats.MAXIMUM }),
      threshold: props.humanQueueMaxAge.toSeconds(),
      description: `A ticket has waited more than ${props.humanQueueMaxAge.toMinutes()} minutes for a human. Add agents, or check the consumer of the human work queue.`,
    });
    this.add('IngestQueueAge', {
      metric: props.queues.ingest.queue.metricApproximateAgeOfOldestMessage({ statistic: Stats.MAXIMUM }),
      threshold: props.ingestQueueMaxAge.toSeconds(),
      description: `Tickets have waited more than ${props.ingestQueueMaxAge.toMinutes()} minutes for classification. Check classify errors and Bedrock throttling; raise maxConcurrency only within the Bedrock quota.`,
    });
    this.add('Quarantined', {
      metric: triageMetric(METRIC.quarantined),
      threshold: props.quarantineThreshold,
      description: `More than ${props.quarantineThreshold} messages quarantined in 5 minutes: an upstream sends invalid tickets or outcomes. Query the quarantine table by reason.`,
    });
    this.add('QualityBreaches', {
      metric: triageMetric(METRIC.qualityBreaches),
      threshold: 0,
      description:
        "A route's audited or customer-reported quality fell past the floor; the route was dropped to shadow mode. Read its audit trail (triage thresholds history ROUTE) and QA verdicts, fix the answer or the taxonomy, and let the retune re-certify it on fresh labels.",
    });
    const { classify, outcome, retune } = props.functions;
    this.add('ClassifyFunctionErrors', {
      metric: classify.metricErrors({ statistic: Stats.SUM }),
      threshold: 0,
      description:
        'The classify function failed whole invocations (not single records): the batch is retried. Check its logs for the error class.',
    });
    this.add('ClassifyFunctionThrottles', {
      metric: classify.metricThrottles({ statistic: Stats.SUM }),
      threshold: 0,
      description:
        'Lambda throttled the classify function: reserved concurrency is below maxConcurrency, or the account concurrency is exhausted.',
    });
    this.add('OutcomeFunctionErrors', {
      metric: outcome.metricErrors({ statistic: Stats.SUM }),
      threshold: 0,
      description:
        'The outcome function failed whole invocations: the batch is retried, and outcomes reach the outcomes DLQ after 5 attempts. Check its logs for the error class.',
    });
    this.add('RetuneFunctionErrors', {
      metric: retune.metricErrors({ statistic: Stats.SUM }),
      threshold: 0,
      description:
        'A scheduled retune run failed: thresholds are not re-certified until a run succeeds. Check its logs, then invoke it with {"dryRun":true} to check the fix.',
    });
    this.add('ClassifyRecordErrors', {
      metric: triageMetric(METRIC.classifyErrors),
      threshold: 0,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      description:
        'Records keep failing (not throttling, not a busy duplicate) and are being retried. Check the function logs for errorName, errorMessage and causeName.',
    });
    this.add('BedrockThrottles', {
      metric: triageMetric(METRIC.bedrockThrottles),
      threshold: 0,
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
      description:
        'Bedrock has throttled classification for 15 minutes. Lower maxConcurrency or recordConcurrency, or request a higher Bedrock quota.',
    });
    this.addScorerAlarms(props.functions.train, props.scorerMaxAgeHours);
    this.addModelAlarms(props.promptCache);
    if (props.webhook) this.addWebhookAlarms(props.webhook);
    if (props.salesforceRule) {
      this.add('SalesforceDeliveryFailures', {
        metric: failedDeliveries(props.salesforceRule.eventBusName, props.salesforceRule.ruleName),
        threshold: 0,
        description:
          'EventBridge gave up delivering Salesforce resolutions to the outcomes queue (after its retries): those outcomes are lost. Check the queue policy and the data key policy statements for the rule, and that the key is enabled.',
      });
    }
  }

  /** A 5xx is the webhook's fault, never the sender's: the helpdesk retries, or drops the outcome. */
  private addWebhookAlarms(webhook: WebhookEndpoint): void {
    this.add('WebhookServerErrors', {
      metric: webhook.api.metricServerError({ statistic: Stats.SUM, period: Duration.minutes(5) }),
      threshold: 0,
      description:
        'The outcomes webhook answered 5xx: the function failed, timed out or could not send to the outcomes queue or read its secret. Helpdesks retry for a while, then drop the outcome. Check the webhook function logs and the access log (integrationError).',
    });
    this.add('WebhookFunctionErrors', {
      metric: webhook.fn.metricErrors({ statistic: Stats.SUM }),
      threshold: 0,
      description:
        'The webhook function failed whole invocations (a crash or a failed init, for example a bad WEBHOOK_FIELD_MAPS or a missing secret). Check its logs for the error class.',
    });
  }

  /** The route scorer's training: a failed run, and an active scorer nobody retrained for long. */
  private addScorerAlarms(train: TriageFunctions['train'], maxAgeHours: number): void {
    this.add('ScorerTrainingFailed', {
      metric: triageMetric(METRIC.scorerTrainingFailed, { period: Duration.hours(1) }),
      threshold: 0,
      description:
        'A route scorer training run failed: the active scorer stays in use and ages. Check the train function logs for the error class, fix it, then invoke the function once.',
    });
    this.add('TrainFunctionErrors', {
      metric: train.metricErrors({ statistic: Stats.SUM, period: Duration.hours(1) }),
      threshold: 0,
      description:
        'The train function failed whole invocations (a crash, a timeout or a failed init such as a missing SCORER_BUCKET). Check its logs; raise trainMemoryMb if it ran out of time or memory.',
    });
    this.add('ScorerStale', {
      metric: triageMetric(METRIC.scorerAgeHours, { statistic: Stats.MAXIMUM, period: Duration.hours(1) }),
      threshold: maxAgeHours,
      description: `The active route scorer was trained more than ${maxAgeHours} hours ago (its retrain age and three training periods): runs fail or are skipped (too few labelled examples). Check the train function's logs and its ScorerExamples metric.`,
    });
  }

  /** Model access, busy retries and prompt caching: the alarms on how the model is reached. */
  private addModelAlarms(promptCache: PromptCacheCheck): void {
    this.add('ModelAccessDenied', {
      metric: triageMetric(METRIC.modelAccessDenied, { period: Duration.minutes(1) }),
      threshold: 0,
      description:
        'Bedrock refused the classify model for configuration: model access not granted (AccessDeniedException), a wrong model id (ResourceNotFoundException) or an invalid request. Every ticket now goes to a person with reason model_unavailable. Enable model access (docs/deploy.md#model-access) and check with `triage smoke --region R --model-id ID`.',
    });
    const warning = promptCacheWarning(promptCache);
    if (warning) {
      // An alarm on cache reads would fire whenever tickets flow: warn once at synth instead.
      Annotations.of(this).addWarningV2('@ticket-triage/prompt-cache-minimum', warning);
      return;
    }
    this.add('CacheReadsStopped', {
      metric: cacheReadsStopped(),
      threshold: 0,
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
      description: `For 15 minutes, with at least ${CACHE_ALARM_MIN_TICKETS} tickets classified per 5 minutes, no prompt-cache read came back: every ticket pays full input price. Check that the system prompt is static (the taxonomy file did not change per call), still above the model's cacheable minimum, and that the model supports prompt caching.`,
    });
  }

  private add(id: string, spec: AlarmSpec): void {
    const alarm = new Alarm(this, id, {
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: spec.evaluationPeriods ?? 1,
      datapointsToAlarm: spec.datapointsToAlarm,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `${spec.description} ${RUNBOOK}`,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms[id] = alarm;
  }
}

export type { TriageAlarmsProps };
export { TriageAlarms };
