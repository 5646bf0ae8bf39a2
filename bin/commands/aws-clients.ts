import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { createDynamoClient, createSqsClient } from '../../lib/wiring/aws-clients.js';
import { awsClientConfig, requireRegion } from '../../tools/queues/aws-config.js';
import type { CliIo } from './command.js';

/** SDK clients from the CLI's environment; a missing region stops the command before any request. */

const sqsClient = async (io: CliIo): Promise<SQSClient> => {
  const client = createSqsClient(awsClientConfig(io.env, 'SQS'));
  await requireRegion(client);
  return client;
};

const dynamoClient = async (io: CliIo): Promise<DynamoDBClient> => {
  const client = createDynamoClient(awsClientConfig(io.env, 'DYNAMODB'));
  await requireRegion(client);
  return client;
};

export { dynamoClient, sqsClient };
