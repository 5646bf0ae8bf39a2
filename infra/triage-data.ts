import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { QUEUES, TABLES, type TableSpec } from '../lib/config/resources.js';
import { QueueWithDlq } from './queue-with-dlq.js';

/**
 * The stateful resources: the data key, the tables and the queues, all named from
 * lib/config/resources.ts. Tickets hold customer text (PII), so everything at rest is encrypted
 * with one customer-managed key that rotates yearly.
 */

interface TriageDataProps {
  readonly removalPolicy: RemovalPolicy;
  /** At least 6x the classify function timeout, so a batch in flight is not delivered twice. */
  readonly ingestVisibilityTimeout: Duration;
}

type TableKey = keyof typeof TABLES;
type QueueKey = keyof typeof QUEUES;

class TriageData extends Construct {
  readonly key: Key;
  readonly tables: Record<TableKey, Table>;
  readonly queues: Record<QueueKey, QueueWithDlq>;

  constructor(scope: Construct, id: string, props: TriageDataProps) {
    super(scope, id);
    this.key = new Key(this, 'DataKey', {
      description: 'Encrypts ticket tables, queues and the alarm topic of the ticket triage app',
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy,
    });
    // CloudWatch alarms publish to the encrypted alarm topic; they need the key to do it.
    this.key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

    const table = (spec: TableSpec) =>
      new Table(this, spec.id, {
        partitionKey: { name: spec.partitionKey, type: AttributeType.STRING },
        sortKey: spec.sortKey ? { name: spec.sortKey, type: AttributeType.STRING } : undefined,
        timeToLiveAttribute: spec.ttlAttribute,
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        encryption: TableEncryption.CUSTOMER_MANAGED,
        encryptionKey: this.key,
        removalPolicy: props.removalPolicy,
        deletionProtection: props.removalPolicy === RemovalPolicy.RETAIN,
      });
    this.tables = { tickets: table(TABLES.tickets), quarantine: table(TABLES.quarantine) };

    const queue = (key: QueueKey, visibilityTimeout?: Duration) =>
      new QueueWithDlq(this, QUEUES[key].id, {
        spec: QUEUES[key],
        encryptionKey: this.key,
        removalPolicy: props.removalPolicy,
        visibilityTimeout,
      });
    this.queues = {
      ingest: queue('ingest', props.ingestVisibilityTimeout),
      resolutions: queue('resolutions'),
      human: queue('human'),
    };
  }
}

export type { QueueKey, TableKey, TriageDataProps };
export { TriageData };
