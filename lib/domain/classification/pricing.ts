/**
 * On-demand Bedrock prices in USD per million tokens, by foundation model, with each model's
 * smallest cacheable prompt prefix. Inference-profile ids (`us.`, `eu.`, `apac.`, `global.`
 * prefixes) are priced as their model. Only a priced model may be configured: an unpriced one
 * would report every ticket as free.
 */

interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
  /** Reading a cached prompt prefix, where the model supports prompt caching. */
  cacheReadPerMTok?: number;
  cacheWritePerMTok?: number;
  /** Smallest prefix (tools + system, in tokens) Bedrock caches; a shorter one is never cached. */
  cacheMinimumTokens?: number;
}

const PRICES: Readonly<Record<string, ModelPrice>> = {
  'anthropic.claude-haiku-4-5-20251001-v1:0': {
    inputPerMTok: 1,
    outputPerMTok: 5,
    cacheReadPerMTok: 0.1,
    cacheWritePerMTok: 1.25,
    cacheMinimumTokens: 4096,
  },
  'anthropic.claude-sonnet-4-5-20250929-v1:0': {
    inputPerMTok: 3,
    outputPerMTok: 15,
    cacheReadPerMTok: 0.3,
    cacheWritePerMTok: 3.75,
    cacheMinimumTokens: 1024,
  },
  'amazon.nova-micro-v1:0': {
    inputPerMTok: 0.035,
    outputPerMTok: 0.14,
    cacheReadPerMTok: 0.00875,
    cacheMinimumTokens: 1000,
  },
  'amazon.nova-lite-v1:0': {
    inputPerMTok: 0.06,
    outputPerMTok: 0.24,
    cacheReadPerMTok: 0.015,
    cacheMinimumTokens: 1000,
  },
  /** The local stand-in costs nothing; its token counts are estimates, its cache minimum Haiku 4.5's. */
  'local.stand-in': { inputPerMTok: 0, outputPerMTok: 0, cacheMinimumTokens: 4096 },
};

interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
}

const PROFILE_PREFIX = /^(us|eu|apac|us-gov|jp|au|ca|global)\./;

const priceFor = (modelId: string): ModelPrice | undefined => PRICES[modelId.replace(PROFILE_PREFIX, '')];

/** The ids a deployment may configure: every priced model, bare or behind a geo inference profile. */
const PRICED_MODEL_IDS: readonly string[] = Object.keys(PRICES);

/** Why a model id cannot be configured, or undefined when it is priced. */
const unpricedModelProblem = (modelId: string): string | undefined =>
  priceFor(modelId)
    ? undefined
    : `model "${modelId}" has no price in lib/domain/classification/pricing.ts, so its cost would read 0; priced models (optionally behind a us., eu., apac., global. or other geo inference profile): ${PRICED_MODEL_IDS.join(', ')}`;

/** USD for one call's usage, or undefined when the model is not in the price table. */
const costUsd = (modelId: string, usage: TokenUsage): number | undefined => {
  const price = priceFor(modelId);
  if (!price) return undefined;
  const perToken = (perM: number | undefined, fallback: number) => (perM ?? fallback) / 1_000_000;
  return (
    usage.inputTokens * perToken(price.inputPerMTok, 0) +
    usage.outputTokens * perToken(price.outputPerMTok, 0) +
    (usage.cacheReadTokens ?? 0) * perToken(price.cacheReadPerMTok, price.inputPerMTok) +
    (usage.cacheWriteTokens ?? 0) * perToken(price.cacheWritePerMTok, price.inputPerMTok)
  );
};

export type { ModelPrice, TokenUsage };
export { costUsd, PRICED_MODEL_IDS, PRICES, priceFor, unpricedModelProblem };
