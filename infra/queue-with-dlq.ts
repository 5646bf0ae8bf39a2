import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { dlqId, MAX_MESSAGE_BYTES, type QueueSpec } from '../lib/config/resources.js';

/**
 * A queue built from its spec in lib/config/resources.ts, with its dead-letter queue: both
 * encrypted with the data key, TLS-only and sized for the largest message the app accepts.
 */

interface QueueWithDlqProps {
  readonly spec: QueueSpec;
  readonly encryptionKey: IKey;
  /** Queues hold tickets in flight: they follow the tables' removal policy. */
  readonly removalPolicy: RemovalPolicy;
  readonly visibilityTimeout?: Duration;
}

/** Redrive keeps the original enqueue time, so the DLQ must hold messages longer than the source. */
const SOURCE_RETENTION = Duration.days(4);
const DLQ_RETENTION = Duration.days(14);
/** Below this, a brief downstream outage dead-letters messages that would have succeeded. */
const MIN_RECEIVE_COUNT = 5;

class QueueWithDlq extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: QueueWithDlqProps) {
    super(scope, id);
    if (props.spec.maxReceiveCount < MIN_RECEIVE_COUNT) {
      throw new Error(`queue ${props.spec.id}: maxReceiveCount must be at least ${MIN_RECEIVE_COUNT}`);
    }
    const common = {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: true,
      maxMessageSizeBytes: MAX_MESSAGE_BYTES,
      removalPolicy: props.removalPolicy,
    };
    this.deadLetterQueue = new Queue(this, dlqId(props.spec), {
      ...common,
      retentionPeriod: DLQ_RETENTION,
    });
    this.queue = new Queue(this, props.spec.id, {
      ...common,
      retentionPeriod: SOURCE_RETENTION,
      visibilityTimeout: props.visibilityTimeout,
      deadLetterQueue: {
        queue: this.deadLetterQueue,
        maxReceiveCount: props.spec.maxReceiveCount,
      },
    });
  }
}

export type { QueueWithDlqProps };
export { DLQ_RETENTION, MIN_RECEIVE_COUNT, QueueWithDlq };
