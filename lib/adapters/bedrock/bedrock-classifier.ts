import type {
  BedrockRuntimeClient,
  ContentBlock,
  ConverseCommandInput,
  ConverseCommandOutput,
  Message,
} from '@aws-sdk/client-bedrock-runtime';
import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import type { Classification } from '../../domain/classification/classification.schema.js';
import {
  makeClassificationSchema,
  toToolInputSchema,
} from '../../domain/classification/classification.schema.js';
import type { CallStats, ClassifyResult } from '../../domain/classification/classify-result.js';
import { ModelRequestError } from '../../domain/classification/errors.js';
import type { TokenUsage } from '../../domain/classification/pricing.js';
import { costUsd } from '../../domain/classification/pricing.js';
import type { PromptTicket } from '../../domain/classification/prompt.js';
import { buildSystemPrompt, buildUserMessage, TOOL_NAME } from '../../domain/classification/prompt.js';
import type { TicketClassifier } from '../../domain/ports.js';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy.schema.js';
import { toModelError } from './model-error-mapping.js';

interface ClassifierOptions {
  client: BedrockRuntimeClient;
  modelId: string;
  taxonomy: Taxonomy;
  maxOutputTokens?: number;
}

type ValidationResult =
  | { ok: true; value: Classification }
  | { ok: false; detail: string; toolUseId?: string };

/**
 * Classifies tickets with the Converse API and a forced tool call.
 * 1. build the cacheable system prompt and the tool schema once, from the taxonomy;
 * 2. call Converse with the ticket as delimited, untrusted data;
 * 3. validate the tool input with the zod schema;
 * 4. on invalid output, send the validation errors back as a tool result and ask once more;
 * 5. still invalid: report it, so the policy escalates the ticket;
 * 6. refused for configuration (model access, model id): report it, so the ticket goes to a person
 *    now instead of retrying into the DLQ; transient failures still throw, so the record is retried.
 */
const createBedrockClassifier = (options: ClassifierOptions): TicketClassifier => {
  const { client, modelId, taxonomy } = options;
  const schema = makeClassificationSchema(taxonomy.routes.map((r) => r.id));
  const system = buildSystemPrompt(taxonomy);
  const toolConfig: ConverseCommandInput['toolConfig'] = {
    tools: [
      {
        toolSpec: {
          name: TOOL_NAME,
          description: 'Record the classification of one support ticket.',
          inputSchema: { json: toToolInputSchema(schema) as never },
        },
      },
    ],
    toolChoice: { tool: { name: TOOL_NAME } },
  };

  const converse = async (messages: Message[]): Promise<ConverseCommandOutput> => {
    try {
      return await client.send(
        new ConverseCommand({
          modelId,
          // The cache point covers tools and system prompt. Below the model's minimum prefix (Haiku
          // 4.5: 4,096 tokens) Bedrock still answers; it just does not cache.
          system: [{ text: system }, { cachePoint: { type: 'default' } }],
          messages,
          toolConfig,
          inferenceConfig: { maxTokens: options.maxOutputTokens ?? 400, temperature: 0 },
        }),
      );
    } catch (error) {
      throw toModelError(error);
    }
  };

  const validate = (content: ContentBlock[] | undefined): ValidationResult => {
    const toolUse = content?.find((b) => b.toolUse !== undefined)?.toolUse;
    if (!toolUse) return { ok: false, detail: 'the response has no tool call' };
    if (toolUse.name !== TOOL_NAME) {
      return { ok: false, detail: `called tool "${toolUse.name}"`, toolUseId: toolUse.toolUseId };
    }
    const parsed = schema.safeParse(toolUse.input);
    if (parsed.success) return { ok: true, value: parsed.data };
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, detail: issues.join('; '), toolUseId: toolUse.toolUseId };
  };

  const repairTurn = (invalid: ValidationResult & { ok: false }): Message => {
    const text = `The tool input was invalid (${invalid.detail}). Call ${TOOL_NAME} again with valid input.`;
    return invalid.toolUseId
      ? {
          role: 'user',
          content: [{ toolResult: { toolUseId: invalid.toolUseId, status: 'error', content: [{ text }] } }],
        }
      : { role: 'user', content: [{ text }] };
  };

  const classify = async (ticket: PromptTicket): Promise<ClassifyResult> => {
    const started = performance.now();
    const usage: TokenUsage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
    const messages: Message[] = [{ role: 'user', content: [{ text: buildUserMessage(ticket) }] }];
    let last: ValidationResult = { ok: false, detail: 'no call made' };
    let calls = 0;
    const stats = (): CallStats => ({
      usage,
      costUsd: costUsd(modelId, usage),
      modelCalls: calls,
      latencyMs: performance.now() - started,
    });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      let response: ConverseCommandOutput;
      calls += 1;
      try {
        response = await converse(messages);
      } catch (error) {
        if (!(error instanceof ModelRequestError)) throw error;
        return { ok: false, error: 'model_unavailable', detail: error.message, failure: error, ...stats() };
      }
      addUsage(usage, response);
      last = validate(response.output?.message?.content);
      if (last.ok) break;
      messages.push(response.output?.message ?? { role: 'assistant', content: [{ text: '(empty)' }] });
      messages.push(repairTurn(last));
    }
    return last.ok
      ? { ok: true, classification: last.value, ...stats() }
      : { ok: false, error: 'invalid_model_output', detail: last.detail, ...stats() };
  };

  return { classify };
};

const addUsage = (total: TokenUsage, response: ConverseCommandOutput): void => {
  total.inputTokens += response.usage?.inputTokens ?? 0;
  total.outputTokens += response.usage?.outputTokens ?? 0;
  total.cacheReadTokens = (total.cacheReadTokens ?? 0) + (response.usage?.cacheReadInputTokens ?? 0);
  total.cacheWriteTokens = (total.cacheWriteTokens ?? 0) + (response.usage?.cacheWriteInputTokens ?? 0);
};

export type { ClassifierOptions };
export { createBedrockClassifier };
