import { CfnOutput, type Duration, type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { OutcomeEvents, type OutcomeEventsProps } from './outcome-events.js';
import { type QueueKey, TriageData } from './triage-data.js';
import { WebhookSecret } from './webhook-secret.js';

/**
 * Tables, queues and the data key: the resources with a lifecycle longer than any deploy. The
 * stateless stack can be destroyed and redeployed without touching them. With the webhook, also
 * its signing secret (operators put vendor-issued values in it); with a Salesforce source, the
 * partner event bus and the rule into the outcomes queue, whose policy must name the rule.
 */

interface StatefulStackProps extends StackProps {
  readonly removalPolicy: RemovalPolicy;
  /** Visibility timeouts of the consumed queues (see TriageDataProps). */
  readonly visibilityTimeouts: Partial<Record<QueueKey, Duration>>;
  /** Days a labelled example stays in the scorer bucket (see TriageDataProps). */
  readonly exampleRetentionDays: number;
  /** Names the scorer bucket. */
  readonly stackPrefix: string;
  /** Create the webhook's signing secret: set when the webhook is deployed. */
  readonly webhookSecret?: boolean;
  /** A Salesforce Event Relay source: outcomes also arrive through EventBridge. */
  readonly salesforce?: Omit<OutcomeEventsProps, 'queue' | 'encryptionKey'>;
}

class StatefulStack extends Stack {
  readonly data: TriageData;
  readonly webhookSecret?: WebhookSecret;
  readonly outcomeEvents?: OutcomeEvents;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.data = new TriageData(this, 'Data', {
      removalPolicy: props.removalPolicy,
      visibilityTimeouts: props.visibilityTimeouts,
      exampleRetentionDays: props.exampleRetentionDays,
      stackPrefix: props.stackPrefix,
    });
    const { queues, tables, key } = this.data;
    new CfnOutput(this, 'IngestQueueUrl', {
      value: queues.ingest.queue.queueUrl,
      description: 'Upstream systems send tickets here (SendMessage; the key below must allow them)',
    });
    new CfnOutput(this, 'ResolutionsQueueUrl', {
      value: queues.resolutions.queue.queueUrl,
      description: 'Auto-resolved tickets with the approved reply, for the upstream to deliver',
    });
    new CfnOutput(this, 'HumanQueueUrl', {
      value: queues.human.queue.queueUrl,
      description: 'Tickets for a human, with AI assistance',
    });
    new CfnOutput(this, 'QaQueueUrl', {
      value: queues.qa.queue.queueUrl,
      description:
        'Auto-resolutions drawn for QA audit; QA tooling consumes them and sends its verdicts as outcomes',
    });
    new CfnOutput(this, 'OutcomesQueueUrl', {
      value: queues.outcomes.queue.queueUrl,
      description:
        'Human resolutions, customer feedback and QA verdicts go here (message contract: docs/contracts.md "Outcomes")',
    });
    new CfnOutput(this, 'TicketsTableName', {
      value: tables.tickets.tableName,
      description:
        'Tickets and their decisions: --tickets-table of `triage backfill`, which reads the scores there',
    });
    new CfnOutput(this, 'RouteConfigTableName', {
      value: tables.routeConfig.tableName,
      description: 'Live route configs: ROUTE_CONFIG_TABLE of `triage thresholds`',
    });
    new CfnOutput(this, 'RouteAuditTableName', {
      value: tables.routeAudit.tableName,
      description: 'Audit trail of route config changes: ROUTE_AUDIT_TABLE of `triage thresholds`',
    });
    new CfnOutput(this, 'ScorerBucketName', {
      value: this.data.scorerBucket.bucket.bucketName,
      description:
        'Route scorer data: labelled examples (examples/, redacted) and trained versions (scorers/<version>/)',
    });
    new CfnOutput(this, 'DataKeyArn', {
      value: key.keyArn,
      description: 'KMS key of the queues and tables: producers need kms:GenerateDataKey and kms:Decrypt',
    });

    if (props.webhookSecret) {
      this.webhookSecret = new WebhookSecret(this, 'WebhookSecret', {
        encryptionKey: key,
        removalPolicy: props.removalPolicy,
      });
      new CfnOutput(this, 'WebhookSecretArn', {
        value: this.webhookSecret.secret.secretArn,
        description:
          'Signing secrets of the outcomes webhook, JSON by adapter: put the zendesk and freshdesk values here (docs/deploy.md)',
      });
    }
    if (props.salesforce) {
      this.outcomeEvents = new OutcomeEvents(this, 'SalesforceOutcomes', {
        ...props.salesforce,
        queue: queues.outcomes.queue,
        encryptionKey: key,
      });
      new CfnOutput(this, 'SalesforceEventBusName', {
        value: this.outcomeEvents.bus.eventBusName,
        description:
          'Partner event bus of the Salesforce Event Relay; its rule sends resolutions to the outcomes queue',
      });
    }
  }
}

export type { StatefulStackProps };
export { StatefulStack };
