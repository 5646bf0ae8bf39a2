import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../../lib/config/load-taxonomy.js';
import { buildSystemPrompt, TICKET_OPEN } from '../../../lib/domain/classification/prompt.js';
import { createRequestRecorder, typicalOutput } from '../../../tools/eval/classifier-request.js';
import type { ModelTokenRules, RequestTokens } from '../../../tools/eval/prompt-cost.js';
import {
  cacheablePrefix,
  countRequest,
  HAIKU_4_5,
  MODEL_RULES,
  promptCost,
} from '../../../tools/eval/prompt-cost.js';

const taxonomy = parseTaxonomy({
  name: 't',
  version: '1',
  routes: [
    {
      id: 'payment_schedule',
      description: 'Due dates.',
      policy: 'auto',
      team: 'p',
      priority: 'low',
      answer: 'A.',
    },
    { id: 'request_human', description: 'Wants a person.', policy: 'human', team: 'c', priority: 'normal' },
  ],
});

const haiku = MODEL_RULES.find((r) => r.modelId === HAIKU_4_5)!;

const tokens = (overrides: Partial<RequestTokens> = {}): RequestTokens => ({
  system: 1000,
  tools: 400,
  user: 50,
  output: 60,
  staticSystem: true,
  staticTools: true,
  ...overrides,
});

describe('createRequestRecorder', () => {
  it('captures the system prompt, tool schema and user turn the real classifier sends', async () => {
    const record = createRequestRecorder(taxonomy);
    const parts = await record({ body: 'When is my next payment?' }, typicalOutput('payment_schedule'));
    expect(parts.system).toBe(buildSystemPrompt(taxonomy));
    expect(parts.user.startsWith(TICKET_OPEN)).toBe(true);
    expect(JSON.parse(parts.toolSpec).inputSchema.json.properties.route.enum).toEqual([
      'payment_schedule',
      'request_human',
    ]);
  });

  it('refuses a typical output that the real schema would reject', async () => {
    const record = createRequestRecorder(taxonomy);
    await expect(record({ body: 'hi' }, typicalOutput('not_a_route'))).rejects.toThrow(/rejects/);
  });
});

describe('countRequest', () => {
  it('counts about four characters a token and adds the tool-call framing to the output', () => {
    const counted = countRequest({
      system: 'x'.repeat(400),
      toolSpec: 'y'.repeat(41),
      user: 'z'.repeat(8),
      output: 'o'.repeat(80),
      staticSystem: true,
      staticTools: true,
    });
    expect(counted).toMatchObject({ system: 100, tools: 11, user: 2, output: 20 + 12 });
  });
});

describe('promptCost', () => {
  it('prices input and output at the model’s per-million rates', () => {
    const cost = promptCost([tokens()], haiku);
    // Input 1000 + 400 + 50 + 313 tool-use tokens at $1/M, output 60 at $5/M, times 1,000 tickets.
    expect(cost.inputTokens).toBe(1763);
    expect(cost.usdPer1k).toBeCloseTo(1.763 + 0.3, 10);
  });

  it('charges full price with caching when the static prefix is under the model’s minimum', () => {
    const cost = promptCost([tokens()], haiku);
    expect(cost.cacheEligible).toBe(false);
    expect(cost.usdPer1kCached).toBe(cost.usdPer1k);
  });

  it('reads the static prefix from cache once it reaches the minimum', () => {
    const cost = promptCost([tokens({ system: 4000 })], haiku);
    expect(cost.cacheablePrefixTokens).toBe(4000 + 400 + 313);
    expect(cost.cacheEligible).toBe(true);
    // 4,713 cached tokens at $0.10/M, 50 fresh at $1/M, 60 out at $5/M.
    expect(cost.usdPer1kCached).toBeCloseTo(0.4713 + 0.05 + 0.3, 10);
  });

  it('has no Claude prefix to cache when the tool schema changes per ticket', () => {
    expect(cacheablePrefix(tokens({ staticTools: false }), haiku)).toBe(0);
  });

  it('caches only the system prompt on a model that cannot cache tools', () => {
    const systemOnly: ModelTokenRules = { ...haiku, cachePrefix: ['system'] };
    expect(cacheablePrefix(tokens({ staticTools: false }), systemOnly)).toBe(1000);
  });
});

describe('padding to the cache minimum', () => {
  it('is priced when the static prefix is short but padding it would still save money', () => {
    const cost = promptCost([tokens({ user: 50, output: 60 })], haiku);
    // 4,096 cached tokens at $0.10/M, 50 fresh at $1/M, 60 out at $5/M.
    expect(cost.usdPer1kPaddedToCacheMinimum).toBeCloseTo(0.4096 + 0.05 + 0.3, 10);
  });

  it('is not offered when padding would cost more than sending the short prefix', () => {
    const cost = promptCost([tokens({ system: 100, tools: 0 })], { ...haiku, toolUseSystemTokens: 0 });
    expect(cost.usdPer1kPaddedToCacheMinimum).toBeNull();
  });
});
