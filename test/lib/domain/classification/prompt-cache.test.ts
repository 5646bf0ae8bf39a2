import { describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy } from '../../../../lib/config/load-taxonomy.js';
import { checkPromptCache, promptCacheWarning } from '../../../../lib/domain/classification/prompt-cache.js';
import { SAMPLE } from '../../../../tools/local/sample-data.js';

describe('prompt cache minimum', () => {
  it('finds the sample taxonomy prompt long enough to cache on Claude Haiku 4.5', () => {
    const check = checkPromptCache(
      'us.anthropic.claude-haiku-4-5-20251001-v1:0',
      loadTaxonomy(SAMPLE.taxonomy),
    );
    expect(check).toMatchObject({ minimumTokens: 4096, cacheable: true });
    expect(promptCacheWarning(check)).toBeUndefined();
  });

  it('warns, with the estimate and the minimum, when the prompt is under the model minimum', () => {
    const small = parseTaxonomy({
      name: 't',
      version: '1',
      routes: [
        { id: 'a', description: 'one route', policy: 'human', team: 't', priority: 'normal' },
        { id: 'b', description: 'another', policy: 'human', team: 't', priority: 'normal' },
      ],
    });
    const check = checkPromptCache('anthropic.claude-haiku-4-5-20251001-v1:0', small);
    expect(check.cacheable).toBe(false);
    expect(promptCacheWarning(check)).toMatch(/about \d+ tokens, under the 4096-token cacheable minimum/);
  });
});
