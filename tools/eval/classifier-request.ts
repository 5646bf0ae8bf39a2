import type {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseCommandOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { createBedrockClassifier } from '../../lib/adapters/bedrock/bedrock-classifier.js';
import type { Classification } from '../../lib/domain/classification/classification.schema.js';
import type { PromptTicket } from '../../lib/domain/classification/prompt.js';
import { TOOL_NAME } from '../../lib/domain/classification/prompt.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';

/**
 * The request the real classifier sends, captured rather than rebuilt: the production classifier
 * (lib/adapters/bedrock/bedrock-classifier.ts) runs against a client that records each Converse call and
 * answers it with a given tool input. So the counted system prompt, tool schema and user turn are
 * byte for byte what Bedrock would receive, and the "typical" answer is checked by the real schema.
 */

interface RequestParts {
  system: string;
  /** The tool specification as sent: name, description and JSON input schema. */
  toolSpec: string;
  user: string;
  /** The tool input the model writes back. */
  output: string;
  /** Whether the part is the same for every ticket, so a cache checkpoint could hold it. */
  staticSystem: boolean;
  staticTools: boolean;
}

class UntypicalOutputError extends Error {
  override name = 'UntypicalOutputError';
}

/** A plausible answer for a ticket on this route: what a forced tool call usually returns. */
const typicalOutput = (routeId: string): Classification => ({
  route: routeId,
  confidence: 0.93,
  sentiment: 'neutral',
  urgency: 'normal',
  wantsHuman: false,
  vulnerable: false,
  language: 'en',
  summary: `The customer asks about ${routeId.replace(/[_-]+/g, ' ')} and wants to know what happens next.`,
});

const createRequestRecorder = (taxonomy: Taxonomy) => {
  let answer: Classification | undefined;
  let sent: ConverseCommand['input'] | undefined;
  const client = {
    send: async (command: ConverseCommand): Promise<ConverseCommandOutput> => {
      sent = command.input;
      return {
        output: {
          message: {
            role: 'assistant',
            content: [{ toolUse: { toolUseId: 'recorded', name: TOOL_NAME, input: answer as never } }],
          },
        },
        stopReason: 'tool_use',
        usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
        metrics: { latencyMs: 0 },
        $metadata: {},
      };
    },
  } as unknown as BedrockRuntimeClient;
  const classifier = createBedrockClassifier({ client, modelId: 'local.stand-in', taxonomy });

  /** Classifies one ticket through the recorder; calls must not overlap. */
  return async (ticket: PromptTicket, output: Classification): Promise<RequestParts> => {
    answer = output;
    const result = await classifier.classify(ticket);
    if (!result.ok || result.modelCalls !== 1 || !sent) {
      throw new UntypicalOutputError(
        `the real schema rejects the typical output for route "${output.route}"`,
      );
    }
    const firstUser = sent.messages?.[0]?.content?.find((b) => b.text !== undefined)?.text ?? '';
    return {
      system: (sent.system ?? []).flatMap((b) => (b.text === undefined ? [] : [b.text])).join('\n'),
      toolSpec: JSON.stringify(sent.toolConfig?.tools?.[0]?.toolSpec ?? {}),
      user: firstUser,
      output: JSON.stringify(output),
      staticSystem: true,
      staticTools: true,
    };
  };
};

type RequestRecorder = ReturnType<typeof createRequestRecorder>;

export type { RequestParts, RequestRecorder };
export { createRequestRecorder, typicalOutput, UntypicalOutputError };
