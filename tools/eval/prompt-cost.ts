import { costUsd } from '../../lib/domain/classification/pricing.js';
import type { RequestParts } from './classifier-request.js';
import { estimateTokens, TOOL_CALL_FRAMING_TOKENS } from './token-estimate.js';

/**
 * Tokens and USD per ticket of a prompt design on a model, with and without prompt caching. Prices
 * come from lib/domain/classification/pricing.ts, the table the classifier bills with.
 */

interface ModelTokenRules {
  modelId: string;
  name: string;
  /**
   * Tokens the provider adds for tool use. Anthropic documents a tool-use system prompt of 313
   * tokens for Claude 4-series models with tool_choice "any"/"tool" (the classifier forces its tool).
   * Amazon documents none for Nova, so 0 there, which flatters Nova slightly.
   */
  toolUseSystemTokens: number;
  /** Smallest prefix a cache checkpoint accepts. */
  cacheMinimumTokens: number;
  /**
   * The prompt parts a cache checkpoint can cover, in prompt order. Claude renders tools, then the
   * system prompt; Nova caches the system prompt and messages but not tools.
   */
  cachePrefix: readonly ('tools' | 'system')[];
}

const HAIKU_4_5 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const NOVA_MICRO = 'amazon.nova-micro-v1:0';

const MODEL_RULES: readonly ModelTokenRules[] = [
  {
    modelId: HAIKU_4_5,
    name: 'Claude Haiku 4.5',
    toolUseSystemTokens: 313,
    cacheMinimumTokens: 4096,
    cachePrefix: ['tools', 'system'],
  },
  {
    modelId: NOVA_MICRO,
    name: 'Amazon Nova Micro',
    toolUseSystemTokens: 0,
    cacheMinimumTokens: 1000,
    cachePrefix: ['system'],
  },
];

interface RequestTokens {
  system: number;
  tools: number;
  user: number;
  output: number;
  staticSystem: boolean;
  staticTools: boolean;
}

const countRequest = (parts: RequestParts): RequestTokens => ({
  system: estimateTokens(parts.system),
  tools: estimateTokens(parts.toolSpec),
  user: estimateTokens(parts.user),
  output: estimateTokens(parts.output) + TOOL_CALL_FRAMING_TOKENS,
  staticSystem: parts.staticSystem,
  staticTools: parts.staticTools,
});

/** The longest run of static parts at the front of the prompt that a checkpoint may cover. */
const cacheablePrefix = (t: RequestTokens, rules: ModelTokenRules): number => {
  let prefix = 0;
  for (const part of rules.cachePrefix) {
    if (part === 'tools') {
      if (!t.staticTools) break;
      prefix += t.tools + rules.toolUseSystemTokens;
    } else {
      if (!t.staticSystem) break;
      prefix += t.system;
    }
  }
  return prefix;
};

interface PromptCost {
  modelId: string;
  /** Means per ticket. */
  inputTokens: number;
  outputTokens: number;
  systemTokens: number;
  toolTokens: number;
  userTokens: number;
  cacheablePrefixTokens: number;
  cacheMinimumTokens: number;
  /** Whether the cacheable prefix reaches the model's minimum, so a checkpoint would be accepted. */
  cacheEligible: boolean;
  usdPer1k: number;
  /** Steady state with a warm cache: the prefix read from cache on every ticket, writes amortised away. */
  usdPer1kCached: number;
  /**
   * If the static prefix were padded (say with route examples) up to the cache minimum; only given
   * when the prefix is too short to cache and padding it would be cheaper than not caching.
   */
  usdPer1kPaddedToCacheMinimum: number | null;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

const usd = (modelId: string, usage: Parameters<typeof costUsd>[1]): number => {
  const cost = costUsd(modelId, usage);
  if (cost === undefined) throw new RangeError(`no price for model ${modelId}`);
  return cost;
};

const promptCost = (requests: readonly RequestTokens[], rules: ModelTokenRules): PromptCost => {
  const { modelId } = rules;
  const input = (t: RequestTokens) => t.system + t.tools + t.user + rules.toolUseSystemTokens;
  const prefixes = requests.map((t) => cacheablePrefix(t, rules));
  const eligible = prefixes.every((p) => p >= rules.cacheMinimumTokens);
  const plain = requests.map((t) => usd(modelId, { inputTokens: input(t), outputTokens: t.output }));
  const cached = requests.map((t, i) => {
    const prefix = prefixes[i]!;
    if (prefix < rules.cacheMinimumTokens) return plain[i]!;
    return usd(modelId, { inputTokens: input(t) - prefix, outputTokens: t.output, cacheReadTokens: prefix });
  });
  // Padding only makes sense for a prefix that is static but short; it changes what is cached, not
  // what varies, so the uncached rest stays the same.
  const canPad = !eligible && prefixes.every((p) => p > 0);
  const padded = requests.map((t, i) =>
    usd(modelId, {
      inputTokens: input(t) - prefixes[i]!,
      outputTokens: t.output,
      cacheReadTokens: Math.max(prefixes[i]!, rules.cacheMinimumTokens),
    }),
  );
  const paddedUsdPer1k = 1000 * mean(padded);
  return {
    modelId,
    inputTokens: mean(requests.map(input)),
    outputTokens: mean(requests.map((t) => t.output)),
    systemTokens: mean(requests.map((t) => t.system)),
    toolTokens: mean(requests.map((t) => t.tools)),
    userTokens: mean(requests.map((t) => t.user)),
    cacheablePrefixTokens: mean(prefixes),
    cacheMinimumTokens: rules.cacheMinimumTokens,
    cacheEligible: eligible,
    usdPer1k: 1000 * mean(plain),
    usdPer1kCached: 1000 * mean(cached),
    usdPer1kPaddedToCacheMinimum: canPad && paddedUsdPer1k < 1000 * mean(plain) ? paddedUsdPer1k : null,
  };
};

export type { ModelTokenRules, PromptCost, RequestTokens };
export { cacheablePrefix, countRequest, HAIKU_4_5, MODEL_RULES, NOVA_MICRO, promptCost };
