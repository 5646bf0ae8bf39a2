import { describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy } from '../../../lib/config/load-taxonomy.js';
import { SAMPLE } from '../../../tools/local/sample-data.js';
import {
  deriveTaxonomy,
  isOutOfScopeLabel,
  parsePolicyCsv,
  toRouteId,
} from '../../../tools/taxonomy/derive-taxonomy.js';

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

describe('deriveTaxonomy', () => {
  const examples = [
    { text: 'where is my card', label: 'card_arrival' },
    { text: 'card not here yet', label: 'card_arrival' },
    { text: 'someone used my card', label: 'Card Fraud' },
  ];

  it('makes one route per label, human-only when no policy names it', () => {
    const t = deriveTaxonomy(examples);
    expect(t.routes.map((r) => [r.id, r.policy])).toEqual([
      ['card_arrival', 'human'],
      ['card_fraud', 'human'],
    ]);
    expect(t.routes[0]?.examples).toEqual(['where is my card', 'card not here yet']);
  });

  it('takes policy, team and priority from a policy CSV, with a generic answer for auto routes', () => {
    const policies = parsePolicyCsv(
      'intent,policy,team,priority\ncard_arrival,auto,cards,normal\nCard Fraud,human,security,urgent\n',
    );
    const t = deriveTaxonomy(examples, policies);
    expect(t.routes[0]).toMatchObject({
      policy: 'auto',
      team: 'cards',
      answer: expect.stringContaining('card arrival'),
    });
    expect(t.routes[1]).toMatchObject({ policy: 'human', team: 'security', priority: 'urgent' });
  });

  it.each(['out_of_scope', 'OOS', 'None', ' none '])(
    'reads the label %j as out of scope: no route of its own, folded to out_of_scope',
    (oos) => {
      const t = deriveTaxonomy([...examples, { text: 'what is the weather', label: oos }]);
      expect(t.routes.map((r) => r.id)).toEqual(['card_arrival', 'card_fraud']);
      expect(isOutOfScopeLabel(oos)).toBe(true);
      expect(toRouteId(oos)).toBe('out_of_scope');
    },
  );

  it('keeps a label that only contains "none" as a route of its own', () => {
    const t = deriveTaxonomy([...examples, { text: 'no card came', label: 'none_arrived' }]);
    expect(t.routes.map((r) => r.id)).toContain('none_arrived');
    expect(toRouteId('none_arrived')).toBe('none_arrived');
  });

  it('rejects a policy CSV with an unknown policy value', () => {
    expect(() => parsePolicyCsv('intent,policy,team,priority\na,maybe,x,normal\n')).toThrow(/line 2 policy/);
  });
});
