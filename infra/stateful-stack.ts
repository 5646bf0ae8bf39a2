import { CfnOutput, type Duration, type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { type QueueKey, TriageData } from './triage-data.js';

/**
 * Tables, queues and the data key: the resources with a lifecycle longer than any deploy. The
 * stateless stack can be destroyed and redeployed without touching them.
 */

interface StatefulStackProps extends StackProps {
  readonly removalPolicy: RemovalPolicy;
  /** Visibility timeouts of the consumed queues (see TriageDataProps). */
  readonly visibilityTimeouts: Partial<Record<QueueKey, Duration>>;
}

class StatefulStack extends Stack {
  readonly data: TriageData;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.data = new TriageData(this, 'Data', {
      removalPolicy: props.removalPolicy,
      visibilityTimeouts: props.visibilityTimeouts,
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
        'Human resolutions, customer feedback and QA verdicts go here (message contract: README "Outcomes contract")',
    });
    new CfnOutput(this, 'RouteConfigTableName', {
      value: tables.routeConfig.tableName,
      description: 'Live route configs: ROUTE_CONFIG_TABLE of `triage thresholds`',
    });
    new CfnOutput(this, 'RouteAuditTableName', {
      value: tables.routeAudit.tableName,
      description: 'Audit trail of route config changes: ROUTE_AUDIT_TABLE of `triage thresholds`',
    });
    new CfnOutput(this, 'DataKeyArn', {
      value: key.keyArn,
      description: 'KMS key of the queues and tables: producers need kms:GenerateDataKey and kms:Decrypt',
    });
  }
}

export type { StatefulStackProps };
export { StatefulStack };
