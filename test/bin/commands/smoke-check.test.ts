import {
  AccessDeniedException,
  BedrockRuntimeClient,
  ConverseCommand,
  ResourceNotFoundException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSmoke } from '../../../bin/commands/smoke-check.js';
import { loadTaxonomy } from '../../../lib/config/load-taxonomy.js';
import { TOOL_NAME } from '../../../lib/domain/classification/prompt.js';
import { SAMPLE } from '../../../tools/local/sample-data.js';

const taxonomy = loadTaxonomy(SAMPLE.taxonomy);
const MODEL = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const bedrock = mockClient(BedrockRuntimeClient);

let client: BedrockRuntimeClient;
beforeEach(() => {
  bedrock.reset();
  client = new BedrockRuntimeClient({ region: 'us-east-1', credentials });
});
afterEach(() => client.destroy());

const smoke = (c: BedrockRuntimeClient = client) => runSmoke({ modelId: MODEL, taxonomy, client: c });

describe('runSmoke', () => {
  it('says ok, with the route and the token counts, when the model answers', async () => {
    bedrock.on(ConverseCommand).resolves({
      output: {
        message: {
          role: 'assistant',
          content: [
            {
              toolUse: {
                toolUseId: 't',
                name: TOOL_NAME,
                input: {
                  route: taxonomy.routes[0]?.id,
                  confidence: 0.9,
                  sentiment: 'neutral',
                  urgency: 'normal',
                  wantsHuman: false,
                  vulnerable: false,
                  language: 'en',
                  summary: 'Asks for a date.',
                } as never,
              },
            },
          ],
        },
      },
      usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15, cacheReadInputTokens: 4100 },
      stopReason: 'tool_use',
      metrics: { latencyMs: 3 },
    });
    const result = await smoke();
    expect(result.check).toBe('ok');
    expect(result.message).toMatch(/^ok: .* in us-east-1 answered .* 4100 cache read/);
  });

  it.each([
    [
      'model_access',
      () =>
        new AccessDeniedException({ message: 'You do not have access', $metadata: { httpStatusCode: 403 } }),
      /access denied .*Model access.*Marketplace subscription.*bedrock:InvokeModel/,
    ],
    [
      'model_id',
      () => new ResourceNotFoundException({ message: 'not found', $metadata: { httpStatusCode: 404 } }),
      /wrong model id: us-east-1 does not know .*list-inference-profiles/,
    ],
    [
      'request_rejected',
      () =>
        new ValidationException({ message: 'on-demand not supported', $metadata: { httpStatusCode: 400 } }),
      /rejected the request .*ValidationException.*inference-profile id/,
    ],
    [
      'throttled',
      () => new ThrottlingException({ message: 'slow down', $metadata: { httpStatusCode: 429 } }),
      /^throttled: .*Service Quotas/,
    ],
  ])('reports %s, saying what to do', async (check, makeError, message) => {
    bedrock.on(ConverseCommand).rejects(makeError());
    const result = await smoke();
    expect(result.check).toBe(check);
    expect(result.message).toMatch(message);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1);
  });

  it('reports a missing region before calling the model', async () => {
    const noRegion = new BedrockRuntimeClient({
      region: async () => {
        throw new Error('Region is missing');
      },
      credentials,
    });
    const result = await smoke(noRegion);
    expect(result).toMatchObject({ check: 'no_region', message: expect.stringMatching(/--region/) });
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(0);
  });

  it('reports missing credentials before calling the model', async () => {
    const noCredentials = new BedrockRuntimeClient({
      region: 'us-east-1',
      credentials: async () => {
        throw Object.assign(new Error('Could not load credentials from any providers'), {
          name: 'CredentialsProviderError',
        });
      },
    });
    const result = await smoke(noCredentials);
    expect(result).toMatchObject({ check: 'no_credentials', message: expect.stringMatching(/AWS_PROFILE/) });
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(0);
  });
});
