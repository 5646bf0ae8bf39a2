import { describe, expect, it } from 'vitest';
import {
  deriveTaxonomy,
  isOutOfScopeLabel,
  parsePolicyCsv,
  toRouteId,
} from '../../../tools/taxonomy/derive-taxonomy.js';

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
