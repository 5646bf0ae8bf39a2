import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { QUEUES, TABLES, type TableSpec } from '../lib/config/resources.js';
import { QueueWithDlq } from './queue-with-dlq.js';
import { ScorerBucket } from './scorer-bucket.js';

/**
 * The stateful resources: the data key, the tables and the queues, all named from
 * lib/config/resources.ts. Tickets hold customer text (PII), so everything at rest is encrypted
 * with one customer-managed key that rotates yearly.
 */

type TableKey = keyof typeof TABLES;
type QueueKey = keyof typeof QUEUES;

interface TriageDataProps {
  readonly removalPolicy: RemovalPolicy;
  /**
   * Visibility timeouts of the queues a function consumes (at least 6x that function's timeout, so
   * a batch in flight is not delivered twice) and of the human queue (the helpdesk consumer's
   * handoff time). The other queues keep the SQS default.
   */
  readonly visibilityTimeouts: Partial<Record<QueueKey, Duration>>;
  /** Days a labelled example (redacted ticket text) stays in the scorer bucket. */
  readonly exampleRetentionDays: number;
  /** Names the scorer bucket. */
  readonly stackPrefix: string;
}

const TABLE_KEYS = Object.keys(TABLES) as TableKey[];
const QUEUE_KEYS = Object.keys(QUEUES) as QueueKey[];

/**
 * Tables and queues share this construct's scope, and the outcomes table and queue share a spec id.
 * A queue whose id is taken by a table gets a "Queue" suffix; the others keep the spec id, so the
 * logical ids (and the deployed resources) of existing queues and tables never change.
 */
const queueConstructId = (key: QueueKey): string => {
  const { id } = QUEUES[key];
  return TABLE_KEYS.some((t) => TABLES[t].id === id) ? `${id}Queue` : id;
};

/** Builds one value per key, typed as a full record. */
const byKey = <K extends string, V>(keys: readonly K[], build: (key: K) => V): Record<K, V> =>
  Object.fromEntries(keys.map((key) => [key, build(key)])) as Record<K, V>;

class TriageData extends Construct {
  readonly key: Key;
  readonly tables: Record<TableKey, Table>;
  readonly queues: Record<QueueKey, QueueWithDlq>;
  /** The route scorer's labelled examples and trained versions. */
  readonly scorerBucket: ScorerBucket;

  constructor(scope: Construct, id: string, props: TriageDataProps) {
    super(scope, id);
    this.key = new Key(this, 'DataKey', {
      description:
        'Encrypts ticket tables, queues, the scorer bucket and the alarm topic of the ticket triage app',
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
    this.tables = byKey(TABLE_KEYS, (key) => table(TABLES[key]));

    this.queues = byKey(
      QUEUE_KEYS,
      (key) =>
        new QueueWithDlq(this, queueConstructId(key), {
          spec: QUEUES[key],
          encryptionKey: this.key,
          removalPolicy: props.removalPolicy,
          visibilityTimeout: props.visibilityTimeouts[key],
        }),
    );
    this.scorerBucket = new ScorerBucket(this, 'Scorer', {
      encryptionKey: this.key,
      removalPolicy: props.removalPolicy,
      exampleRetentionDays: props.exampleRetentionDays,
      stackPrefix: props.stackPrefix,
    });
  }
}

export type { QueueKey, TableKey, TriageDataProps };
export { QUEUE_KEYS, TABLE_KEYS, TriageData };
