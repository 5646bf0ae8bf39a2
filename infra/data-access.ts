import { Stack, Validations } from 'aws-cdk-lib';
import { type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { EXAMPLES_PREFIX, SCORERS_PREFIX } from '../lib/adapters/s3/object-keys.js';
import { TABLES } from '../lib/config/resources.js';
import { scorerBucketName } from './scorer-bucket.js';
import type { QueueKey, TableKey, TriageData } from './triage-data.js';

/**
 * Least-privilege access of one function to the stateful resources, stated as data: the exact
 * DynamoDB actions per table (the calls its stores in lib/adapters/dynamodb make; conditional writes need no
 * extra action), and the queues it sends to. Each table gets its own statement on the table ARN
 * only (no index or stream ARN, no wildcard), so a policy reads as the list of calls it allows.
 */

type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:Query'
  | 'dynamodb:Scan';

/** The scorer bucket's prefixes (lib/adapters/s3/object-keys.ts). */
type ObjectPrefix = 'examples' | 'scorers';

type ObjectAction = 's3:GetObject' | 's3:PutObject';

const OBJECT_PREFIXES: Record<ObjectPrefix, string> = { examples: EXAMPLES_PREFIX, scorers: SCORERS_PREFIX };

interface DataAccess {
  readonly tables: Partial<Record<TableKey, readonly TableAction[]>>;
  /** Tables the function may touch only the items of these partition keys in (dynamodb:LeadingKeys). */
  readonly onlyKeys?: Partial<Record<TableKey, readonly string[]>>;
  /** Queues the function sends to (sqs:SendMessage, which also covers SendMessageBatch). */
  readonly sendTo?: readonly QueueKey[];
  /** Object actions in the scorer bucket, each on one prefix's objects only. */
  readonly objects?: Partial<Record<ObjectPrefix, readonly ObjectAction[]>>;
  /** Prefixes of the scorer bucket the function lists (s3:ListBucket, conditioned on the prefix). */
  readonly list?: readonly ObjectPrefix[];
}

const capitalized = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/**
 * A resource as cdk-nag names it in a finding (its flattenCfnReference): literals as they are, a
 * pseudo parameter or other Ref as `<Name>`, joined.
 */
const nagResourceName = (resolved: unknown): string => {
  if (typeof resolved === 'string') return resolved;
  const node = resolved as { Ref?: string; 'Fn::Join'?: [string, unknown[]] };
  if (node.Ref !== undefined) return `<${node.Ref}>`;
  if (node['Fn::Join']) return node['Fn::Join'][1].map(nagResourceName).join(node['Fn::Join'][0]);
  return JSON.stringify(resolved);
};

/** The scorer bucket statements; true when there were any (S3 then uses the data key for the role). */
const grantObjectAccess = (role: IRole, data: TriageData, access: DataAccess): boolean => {
  const stack = Stack.of(role);
  const bucketArn = `arn:${stack.partition}:s3:::${scorerBucketName(data.scorerBucket.namePrefix, stack)}`;
  const objects = Object.entries(access.objects ?? {}) as [ObjectPrefix, readonly ObjectAction[]][];
  for (const [prefix, actions] of objects) {
    const objectsArn = `${bucketArn}/${OBJECT_PREFIXES[prefix]}*`;
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: `Scorer${capitalized(prefix)}Objects`,
        actions: [...actions].sort(),
        resources: [objectsArn],
      }),
    );
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagResourceName(stack.resolve(objectsArn))}]`,
      reason: `Objects of one prefix of the scorer bucket (${OBJECT_PREFIXES[prefix]}): one object per ticket or per scorer version, named at run time`,
    });
  }
  const list = access.list ?? [];
  if (list.length > 0) {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'ListScorerPrefixes',
        actions: ['s3:ListBucket'],
        resources: [bucketArn],
        conditions: { StringLike: { 's3:prefix': list.map((p) => `${OBJECT_PREFIXES[p]}*`) } },
      }),
    );
  }
  return objects.length > 0 || list.length > 0;
};

/** What SQS (send) and DynamoDB need from the caller to use the data key on its behalf. */
const DATA_KEY_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'];

const grantDataAccess = (role: IRole, data: TriageData, access: DataAccess): void => {
  const region = Stack.of(role).region;
  const viaServices: string[] = [];

  for (const [key, actions] of Object.entries(access.tables) as [TableKey, readonly TableAction[]][]) {
    const onlyKeys = access.onlyKeys?.[key];
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: `${TABLES[key].id}Table`,
        actions: [...actions].sort(),
        resources: [data.tables[key].tableArn],
        ...(onlyKeys
          ? { conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [...onlyKeys] } } }
          : {}),
      }),
    );
  }
  if (Object.keys(access.tables).length > 0) viaServices.push(`dynamodb.${region}.amazonaws.com`);

  const sendTo = access.sendTo ?? [];
  if (sendTo.length > 0) {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'SendToQueues',
        actions: ['sqs:SendMessage'],
        resources: sendTo.map((key) => data.queues[key].queue.queueArn),
      }),
    );
    viaServices.push(`sqs.${region}.amazonaws.com`);
  }

  if (grantObjectAccess(role, data, access)) viaServices.push(`s3.${region}.amazonaws.com`);

  if (viaServices.length > 0) {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'UseDataKeyThroughServices',
        actions: DATA_KEY_ACTIONS,
        resources: [data.key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': viaServices } },
      }),
    );
  }
};

export type { DataAccess, ObjectAction, ObjectPrefix, TableAction };
export { DATA_KEY_ACTIONS, grantDataAccess, OBJECT_PREFIXES };
