import { CfnOutput, type Duration, type RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { TriageData } from './triage-data.js';

/**
 * Tables, queues and the data key: the resources with a lifecycle longer than any deploy. The
 * stateless stack can be destroyed and redeployed without touching them.
 */

interface StatefulStackProps extends StackProps {
  readonly removalPolicy: RemovalPolicy;
  readonly ingestVisibilityTimeout: Duration;
}

class StatefulStack extends Stack {
  readonly data: TriageData;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.data = new TriageData(this, 'Data', {
      removalPolicy: props.removalPolicy,
      ingestVisibilityTimeout: props.ingestVisibilityTimeout,
    });
    const { queues, key } = this.data;
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
    new CfnOutput(this, 'DataKeyArn', {
      value: key.keyArn,
      description: 'KMS key of the queues and tables: producers need kms:GenerateDataKey and kms:Decrypt',
    });
  }
}

export type { StatefulStackProps };
export { StatefulStack };
