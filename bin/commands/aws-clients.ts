import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { createDynamoClient, createSqsClient } from '../../lib/wiring/aws-clients.js';
import type { EndpointsFile } from '../../tools/local/endpoints-file.js';
import { EndpointsFileError, endpointsEnv, readEndpointsFile } from '../../tools/local/endpoints-file.js';
import { awsClientConfig, requireRegion } from '../../tools/queues/aws-config.js';
import type { CliIo } from './command.js';
import { UsageError } from './command.js';
import { checkReadable } from './file-args.js';
import { option } from './options.js';

/**
 * SDK clients from the CLI's environment, or from a `triage serve` endpoints file (--endpoints),
 * whose region, endpoints and local credentials then replace the environment's; a missing region
 * stops the command before any request.
 */

const endpointsOption = option.optionalFile(
  'a "triage serve" endpoints file: its region, endpoints, local credentials and queue and table names',
);

/** The endpoints file a flag names; what is wrong with it is a usage error naming the flag. */
const readEndpoints = (path: string | undefined): EndpointsFile | undefined => {
  if (path === undefined) return undefined;
  checkReadable('endpoints', path);
  try {
    return readEndpointsFile(path);
  } catch (error) {
    if (error instanceof EndpointsFileError) throw new UsageError(`--endpoints: ${error.message}`);
    throw error;
  }
};

/** The environment a client reads: the caller's, with the served stack's settings over it. */
const clientEnv = (io: CliIo, endpoints: EndpointsFile | undefined): CliIo['env'] =>
  endpoints
    ? { ...io.env, AWS_ENDPOINT_URL: undefined, AWS_SESSION_TOKEN: undefined, ...endpointsEnv(endpoints) }
    : io.env;

const sqsClient = async (io: CliIo, endpoints?: EndpointsFile): Promise<SQSClient> => {
  const client = createSqsClient(awsClientConfig(clientEnv(io, endpoints), 'SQS'));
  await requireRegion(client);
  return client;
};

const dynamoClient = async (io: CliIo, endpoints?: EndpointsFile): Promise<DynamoDBClient> => {
  const client = createDynamoClient(awsClientConfig(clientEnv(io, endpoints), 'DYNAMODB'));
  await requireRegion(client);
  return client;
};

export { dynamoClient, endpointsOption, readEndpoints, sqsClient };
