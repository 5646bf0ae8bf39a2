import { describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy } from '../../../lib/config/load-taxonomy.js';
import { SAMPLE } from '../../../tools/local/sample-data.js';

const route = (id: string, policy: 'auto' | 'human', answer?: string) => ({
  id,
  description: `${id} things`,
  policy,
  team: 'care',
  priority: 'normal',
  ...(answer ? { answer } : {}),
});

describe('taxonomy', () => {
  const taxonomy = loadTaxonomy(SAMPLE.taxonomy);

  it('ships a default taxonomy with at least 20 routes', () => {
    expect(taxonomy.routes.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    'fraud_unrecognised',
    'dispute',
    'financial_hardship',
    'complaint',
    'legal_data_request',
    'request_human',
  ])('makes %s a human-only route', (id) => {
    expect(taxonomy.routes.find((r) => r.id === id)?.policy).toBe('human');
  });

  it('gives every auto-eligible route an approved answer', () => {
    for (const r of taxonomy.routes.filter((r) => r.policy === 'auto'))
      expect(r.answer?.length).toBeGreaterThan(40);
  });

  it('rejects an auto route without an approved answer', () => {
    const bad = { name: 't', version: '1', routes: [route('a', 'auto'), route('b', 'human')] };
    expect(() => parseTaxonomy(bad)).toThrow(/approved answer/);
  });

  it('rejects duplicate route ids', () => {
    const bad = { name: 't', version: '1', routes: [route('a', 'human'), route('a', 'human')] };
    expect(() => parseTaxonomy(bad)).toThrow(/duplicate route id "a"/);
  });

  it('rejects a taxonomy that defines the reserved out_of_scope label as a route', () => {
    const bad = { name: 't', version: '1', routes: [route('out_of_scope', 'human'), route('b', 'human')] };
    expect(() => parseTaxonomy(bad)).toThrow(/routes\.0\.id.*reserved/s);
  });

  it('rejects a route id that cannot be a metric dimension', () => {
    const bad = { name: 't', version: '1', routes: [route('Has Spaces', 'human'), route('b', 'human')] };
    expect(() => parseTaxonomy(bad)).toThrow(/routes\.0\.id/);
  });

  it('applies the default threshold when a taxonomy sets none', () => {
    const t = parseTaxonomy({
      name: 't',
      version: '1',
      routes: [route('a', 'human'), route('b', 'auto', 'Hi.')],
    });
    expect(t.defaultThreshold).toBe(0.9);
  });
});
