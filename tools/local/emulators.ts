import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import dynalite from 'dynalite';
import { createSqsServer } from 'local-aws-sqs';
import S3rver from 's3rver';
import S3rverAccount from 's3rver/lib/models/account.js';
import type { QueueSpec, TableSpec } from '../../lib/config/resources.js';
import { BUCKETS, dlqId, MAX_MESSAGE_BYTES, QUEUES, TABLES } from '../../lib/config/resources.js';
import { createS3Client } from '../../lib/wiring/s3-client.js';

/**
 * The embedded AWS default: dynalite for DynamoDB, local-aws-sqs for SQS and s3rver for S3, in this
 * process, on 127.0.0.1 with ports chosen at run time. Tables, queues and buckets come from the same
 * specs as infra/.
 */

const LOCAL_REGION = 'us-east-1';
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

type QueueName = keyof typeof QUEUES;
type BucketName = keyof typeof BUCKETS;

interface LocalQueue {
  url: string;
  /** The queue's ARN, as the emulator reports it (an event source names its queue by ARN). */
  arn: string;
  dlqUrl: string;
}

interface Emulators {
  dynamoEndpoint: string;
  sqsEndpoint: string;
  s3Endpoint: string;
  tables: Record<keyof typeof TABLES, string>;
  queues: Record<QueueName, LocalQueue>;
  buckets: Record<BucketName, string>;
  dynamo: DynamoDBClient;
  sqs: SQSClient;
  s3: S3Client;
  /**
   * Calls `listener` after each SQS request but a receive has been answered: a send (or a
   * visibility change) may have made a message visible. Idle pollers wait on it instead of polling.
   * Returns the function that stops the calls.
   */
  onSqsWrite(listener: () => void): () => void;
  /**
   * How many requests that may change state both emulators have answered so far (SQS: all but
   * receives; DynamoDB: writes): what did not change since, a reader need not read again.
   */
  writes(): number;
  stop(): Promise<void>;
}

interface EmulatorOptions {
  /** Visibility timeout of every queue, in seconds: short locally so retries are quick. */
  visibilityTimeoutSeconds?: number;
}

const listen = (server: Server): Promise<string> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });

const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

const createTable = async (client: DynamoDBClient, spec: TableSpec): Promise<void> => {
  const keys: { name: string; type: 'HASH' | 'RANGE' }[] = [{ name: spec.partitionKey, type: 'HASH' }];
  if (spec.sortKey) keys.push({ name: spec.sortKey, type: 'RANGE' });
  await client.send(
    new CreateTableCommand({
      TableName: spec.id,
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: keys.map((k) => ({ AttributeName: k.name, KeyType: k.type })),
      AttributeDefinitions: keys.map((k) => ({ AttributeName: k.name, AttributeType: 'S' })),
    }),
  );
};

const createQueue = async (client: SQSClient, spec: QueueSpec, visibility: number): Promise<LocalQueue> => {
  const dlq = await client.send(new CreateQueueCommand({ QueueName: dlqId(spec) }));
  const dlqUrl = dlq.QueueUrl as string;
  const attrs = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] }),
  );
  const queue = await client.send(
    new CreateQueueCommand({
      QueueName: spec.id,
      Attributes: {
        VisibilityTimeout: String(visibility),
        MaximumMessageSize: String(MAX_MESSAGE_BYTES),
        RedrivePolicy: JSON.stringify({
          maxReceiveCount: spec.maxReceiveCount,
          deadLetterTargetArn: attrs.Attributes?.QueueArn,
        }),
      },
    }),
  );
  const url = queue.QueueUrl as string;
  const own = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
  );
  return { url, arn: own.Attributes?.QueueArn as string, dlqUrl };
};

/** DynamoDB actions that write; the rest only read. */
const DYNAMO_WRITE = /\.(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWriteItems)$/;

/** Counts the answered requests of `server` that `writes` says may change state. */
const writeCounter = (server: Server, writes: (target: string) => boolean) => {
  let count = 0;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (writes(String(req.headers['x-amz-target'] ?? ''))) res.once('finish', () => (count += 1));
  });
  return () => count;
};

/** JSON protocol names the action in a header; a query-protocol request (none) may be a send. */
const sqsMayWrite = (target: string) => !target.endsWith('.ReceiveMessage');

interface LocalS3 {
  endpoint: string;
  close(): Promise<void>;
}

/** s3rver keeps objects in a directory: a fresh one per start, removed at stop. */
const startS3 = async (): Promise<LocalS3> => {
  // s3rver knows one key pair (S3RVER); the local stack's clients sign with LOCAL_CREDENTIALS.
  S3rverAccount.DUMMY_ACCOUNT.createKeyPair(LOCAL_CREDENTIALS.accessKeyId, LOCAL_CREDENTIALS.secretAccessKey);
  const directory = mkdtempSync(join(tmpdir(), 'triage-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: Object.values(BUCKETS).map((spec) => ({ name: spec.localName })),
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
};

const startEmulators = async (options: EmulatorOptions = {}): Promise<Emulators> => {
  const dynamoServer = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const dynamoEndpoint = await listen(dynamoServer);
  const sqsServer = await createSqsServer({
    port: 0,
    hostname: '127.0.0.1',
    emulateQueueCreationLifecycle: false,
  } as never);
  const sqsEndpoint = `http://127.0.0.1:${(sqsServer.address() as AddressInfo).port}`;
  const sqsWrites = writeCounter(sqsServer, sqsMayWrite);
  const dynamoWrites = writeCounter(dynamoServer, (target) => DYNAMO_WRITE.test(target));
  const clientConfig = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const dynamo = new DynamoDBClient({ ...clientConfig, endpoint: dynamoEndpoint });
  const sqs = new SQSClient({ ...clientConfig, endpoint: sqsEndpoint });
  const localS3 = await startS3();
  const s3 = createS3Client({ ...clientConfig, endpoint: localS3.endpoint });

  await Promise.all(Object.values(TABLES).map((spec) => createTable(dynamo, spec)));
  const visibility = options.visibilityTimeoutSeconds ?? 5;
  const entries = await Promise.all(
    (Object.keys(QUEUES) as QueueName[]).map(async (name) => [
      name,
      await createQueue(sqs, QUEUES[name], visibility),
    ]),
  );

  return {
    dynamoEndpoint,
    sqsEndpoint,
    s3Endpoint: localS3.endpoint,
    tables: Object.fromEntries(
      Object.entries(TABLES).map(([k, spec]) => [k, spec.id]),
    ) as Emulators['tables'],
    queues: Object.fromEntries(entries) as Emulators['queues'],
    buckets: Object.fromEntries(
      Object.entries(BUCKETS).map(([k, spec]) => [k, spec.localName]),
    ) as Emulators['buckets'],
    dynamo,
    sqs,
    s3,
    onSqsWrite: (listener) => {
      const onRequest = (req: IncomingMessage, res: ServerResponse) => {
        if (sqsMayWrite(String(req.headers['x-amz-target'] ?? ''))) res.once('finish', listener);
      };
      sqsServer.on('request', onRequest);
      return () => {
        sqsServer.off('request', onRequest);
      };
    },
    writes: () => sqsWrites() + dynamoWrites(),
    stop: async () => {
      dynamo.destroy();
      sqs.destroy();
      s3.destroy();
      await Promise.all([close(dynamoServer), close(sqsServer), localS3.close()]);
    },
  };
};

/**
 * Every table's, queue's and bucket's environment variable (TICKETS_TABLE, INGEST_QUEUE_URL,
 * SCORER_BUCKET, ...) set to the emulators' name or URL: what a function's environment holds in AWS,
 * for the same resource specs.
 */
const resourceEnv = (
  emulators: Pick<Emulators, 'tables' | 'queues' | 'buckets'>,
): Record<string, string> => ({
  ...Object.fromEntries(
    Object.entries(TABLES).map(([key, spec]) => [spec.envKey, emulators.tables[key as keyof typeof TABLES]]),
  ),
  ...Object.fromEntries(
    Object.entries(QUEUES).map(([key, spec]) => [spec.envKey, emulators.queues[key as QueueName].url]),
  ),
  ...Object.fromEntries(
    Object.entries(BUCKETS).map(([key, spec]) => [spec.envKey, emulators.buckets[key as BucketName]]),
  ),
});

export type { BucketName, Emulators, LocalQueue, QueueName };
export { LOCAL_CREDENTIALS, LOCAL_REGION, resourceEnv, startEmulators };
