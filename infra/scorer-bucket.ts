import { Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { EXAMPLES_PREFIX, SCORERS_PREFIX } from '../lib/adapters/s3/object-keys.js';

/**
 * The route scorer's bucket: labelled examples (redacted ticket text and its confirmed route) under
 * `examples/`, and each trained scorer (artifact and out-of-fold evidence) under `scorers/<version>/`.
 * Encrypted with the stack's data key, private, TLS only, unversioned: an example is replaced by
 * the ticket's later label, and a scorer version is never rewritten.
 */

/** A scorer version older than this is deleted: daily training keeps the active one far younger. */
const SCORER_EXPIRY_DAYS = 90;

/**
 * The bucket's name, the same from either stack: the functions' policies name its ARN from the
 * stack's own account and region (pseudo parameters), not through a cross-stack reference, so a
 * policy reads, and is acknowledged, the same at every synth.
 */
const scorerBucketName = (namePrefix: string, stack: Stack): string =>
  `${namePrefix}-scorer-${stack.account}-${stack.region}`;

/** Lower-case and short enough that prefix, account and region fit S3's 63 characters. */
const bucketNamePrefix = (stackPrefix: string): string => stackPrefix.toLowerCase().slice(0, 20);

interface ScorerBucketProps {
  /** The stack prefix: the bucket is named from it (scorerBucketName). */
  readonly stackPrefix: string;
  readonly encryptionKey: IKey;
  readonly removalPolicy: RemovalPolicy;
  /** Days a labelled example is kept: as long as the ticket record it came from. */
  readonly exampleRetentionDays: number;
}

class ScorerBucket extends Construct {
  readonly bucket: Bucket;
  readonly namePrefix: string;

  constructor(scope: Construct, id: string, props: ScorerBucketProps) {
    super(scope, id);
    this.namePrefix = bucketNamePrefix(props.stackPrefix);
    this.bucket = new Bucket(this, 'Bucket', {
      bucketName: scorerBucketName(this.namePrefix, Stack.of(this)),
      encryption: BucketEncryption.KMS,
      encryptionKey: props.encryptionKey,
      // One data key per bucket instead of a KMS call per object: listing thousands of examples.
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      versioned: false,
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: false,
      lifecycleRules: [
        {
          id: 'ExpireExamples',
          prefix: EXAMPLES_PREFIX,
          expiration: Duration.days(props.exampleRetentionDays),
        },
        { id: 'ExpireScorers', prefix: SCORERS_PREFIX, expiration: Duration.days(SCORER_EXPIRY_DAYS) },
        { id: 'AbortIncompleteUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Only the stack’s own functions read or write it, each through a role limited to its prefix; object-level access is audited with CloudTrail data events where the account enables them, and an access-log bucket would hold the same ticket ids outside the data key',
    });
  }
}

export type { ScorerBucketProps };
export { SCORER_EXPIRY_DAYS, ScorerBucket, scorerBucketName };
