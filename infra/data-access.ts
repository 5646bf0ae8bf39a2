import { Stack } from 'aws-cdk-lib';
import { type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { TABLES } from '../lib/config/resources.js';
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

interface DataAccess {
  readonly tables: Partial<Record<TableKey, readonly TableAction[]>>;
  /** Queues the function sends to (sqs:SendMessage, which also covers SendMessageBatch). */
  readonly sendTo?: readonly QueueKey[];
}

/** What SQS (send) and DynamoDB need from the caller to use the data key on its behalf. */
const DATA_KEY_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'];

const grantDataAccess = (role: IRole, data: TriageData, access: DataAccess): void => {
  const region = Stack.of(role).region;
  const viaServices: string[] = [];

  for (const [key, actions] of Object.entries(access.tables) as [TableKey, readonly TableAction[]][]) {
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: `${TABLES[key].id}Table`,
        actions: [...actions].sort(),
        resources: [data.tables[key].tableArn],
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

export type { DataAccess, TableAction };
export { DATA_KEY_ACTIONS, grantDataAccess };
