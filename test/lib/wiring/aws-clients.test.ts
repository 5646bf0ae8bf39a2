import type { AddressInfo } from 'node:net';
import { createServer, type Server, type Socket } from 'node:net';
import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dynamoClient as cliDynamoClient,
  sqsClient as cliSqsClient,
} from '../../../bin/commands/aws-clients.js';
import { CLIENT_LIMITS } from '../../../lib/config/time-budget.js';
import { createBedrockClient, createDynamoClient, createSqsClient } from '../../../lib/wiring/aws-clients.js';
import { createAwsClients } from '../../../lib/wiring/classify-deps.js';
import { createS3Client } from '../../../lib/wiring/s3-client.js';

/** The options a built client's request handler really holds (resolved from its config provider). */
const handlerConfig = async (client: { config: { requestHandler: unknown } }) => {
  const handler = client.config.requestHandler as {
    constructor: { name: string };
    configProvider: Promise<object>;
  };
  return {
    kind: handler.constructor.name,
    options: (await handler.configProvider) as Record<string, unknown>,
  };
};

const maxAttempts = (client: { config: { maxAttempts: () => Promise<number> } }) =>
  client.config.maxAttempts();

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

describe('AWS clients', () => {
  it('builds DynamoDB, SQS and S3 clients whose HTTP/1.1 handler aborts a request at its timeout', async () => {
    for (const [client, limits] of [
      [createDynamoClient(), CLIENT_LIMITS.dynamo],
      [createSqsClient(), CLIENT_LIMITS.sqs],
      [createS3Client(), CLIENT_LIMITS.s3],
    ] as const) {
      const { kind, options } = await handlerConfig(client);
      expect(kind).toBe('NodeHttpHandler');
      expect(options).toMatchObject({
        connectionTimeout: limits.connectionTimeoutMs,
        requestTimeout: limits.timeoutMs,
        throwOnRequestTimeout: true,
      });
      expect(await maxAttempts(client)).toBe(limits.maxAttempts);
      client.destroy();
    }
  });

  it('addresses S3 path-style only when an endpoint (the emulator) is given', async () => {
    const local = createS3Client({ endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', credentials });
    const aws = createS3Client({ region: 'us-east-1', credentials });
    expect(local.config.forcePathStyle).toBe(true);
    expect(aws.config.forcePathStyle ?? false).toBe(false);
    local.destroy();
    aws.destroy();
  });

  it('builds the Bedrock client on HTTP/2 with the model timeout as its stream timeout', async () => {
    const client = createBedrockClient({ modelTimeoutMs: 12_345, region: 'us-east-1' });
    const { kind, options } = await handlerConfig(client);
    expect(kind).toBe('NodeHttp2Handler');
    expect(options.requestTimeout).toBe(12_345);
    expect(await maxAttempts(client)).toBe(CLIENT_LIMITS.bedrock.maxAttempts);
    client.destroy();
  });

  it('gives the classify function default clients with those timeouts', async () => {
    const clients = createAwsClients({ MODEL_TIMEOUT_MS: 9_000, BEDROCK_REGION: 'us-east-1' } as never);
    expect((await handlerConfig(clients.bedrock)).options.requestTimeout).toBe(9_000);
    expect((await handlerConfig(clients.dynamo)).options.requestTimeout).toBe(CLIENT_LIMITS.dynamo.timeoutMs);
    expect((await handlerConfig(clients.sqs)).options.requestTimeout).toBe(CLIENT_LIMITS.sqs.timeoutMs);
    for (const client of Object.values(clients)) client.destroy();
  });

  it('gives the CLI (publish, dlq, thresholds) the same limits', async () => {
    const io = {
      stdout: { write: () => true },
      stderr: { write: () => true },
      env: { AWS_REGION: 'eu-west-1' },
    };
    for (const [client, limits] of [
      [await cliSqsClient(io), CLIENT_LIMITS.sqs],
      [await cliDynamoClient(io), CLIENT_LIMITS.dynamo],
    ] as const) {
      expect((await handlerConfig(client)).options).toMatchObject({
        connectionTimeout: limits.connectionTimeoutMs,
        requestTimeout: limits.timeoutMs,
        throwOnRequestTimeout: true,
      });
      expect(await maxAttempts(client)).toBe(limits.maxAttempts);
      client.destroy();
    }
  });

  describe('against an endpoint that accepts the connection and never answers', () => {
    let server: Server;
    const sockets: Socket[] = [];
    beforeAll(async () => {
      server = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('ends a Bedrock call after its attempts time out, not never', async () => {
      const client = createBedrockClient(
        { modelTimeoutMs: 200, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
        { region: 'us-east-1', credentials },
      );
      const started = performance.now();
      await expect(
        client.send(
          new ConverseCommand({ modelId: 'm', messages: [{ role: 'user', content: [{ text: 'hi' }] }] }),
        ),
      ).rejects.toMatchObject({ name: 'TimeoutError' });
      // 2 attempts x 200 ms plus at most 500 ms of backoff, with room for a loaded machine.
      expect(performance.now() - started).toBeLessThan(3_000);
      client.destroy();
    });
  });
});
