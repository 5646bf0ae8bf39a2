import type { Taxonomy } from '../taxonomy/taxonomy.schema.js';
import { makeClassificationSchema, toToolInputSchema } from './classification.schema.js';
import { priceFor } from './pricing.js';
import { buildSystemPrompt } from './prompt.js';

/**
 * Whether the cacheable prefix (tool schema and system prompt, before the cache point) reaches the
 * model's minimum. Below it Bedrock answers as usual but never caches, so every ticket pays the
 * full input price and the cache-reads alarm has nothing to watch. The count is an estimate at
 * four characters a token, which undercounts Claude's tokens: a warning errs toward being raised.
 */

interface PromptCacheCheck {
  modelId: string;
  estimatedTokens: number;
  /** Undefined when the model does not cache prompts (or is unpriced). */
  minimumTokens: number | undefined;
  cacheable: boolean;
}

const CHARS_PER_TOKEN = 4;

const checkPromptCache = (modelId: string, taxonomy: Taxonomy): PromptCacheCheck => {
  const schema = makeClassificationSchema(taxonomy.routes.map((r) => r.id));
  const prefix = JSON.stringify(toToolInputSchema(schema)) + buildSystemPrompt(taxonomy);
  const estimatedTokens = Math.ceil(prefix.length / CHARS_PER_TOKEN);
  const minimumTokens = priceFor(modelId)?.cacheMinimumTokens;
  return {
    modelId,
    estimatedTokens,
    minimumTokens,
    cacheable: minimumTokens !== undefined && estimatedTokens >= minimumTokens,
  };
};

/** The operator-facing warning for a prefix that will not be cached, or undefined when it will. */
const promptCacheWarning = (check: PromptCacheCheck): string | undefined => {
  if (check.cacheable) return undefined;
  if (check.minimumTokens === undefined) {
    return `model "${check.modelId}" has no prompt-cache minimum in pricing.ts: prompt caching is not expected to work, and the CacheReadsStopped alarm is not created`;
  }
  return `the system prompt and tool schema are about ${check.estimatedTokens} tokens, under the ${check.minimumTokens}-token cacheable minimum of "${check.modelId}": Bedrock will not cache them, every ticket pays full input price, and the CacheReadsStopped alarm is not created. Add route examples or descriptions to the taxonomy, or pick a model with a lower minimum.`;
};

export type { PromptCacheCheck };
export { checkPromptCache, promptCacheWarning };
