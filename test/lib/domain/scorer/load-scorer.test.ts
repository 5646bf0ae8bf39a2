import { describe, expect, it } from 'vitest';
import { loadScorer } from '../../../../lib/domain/scorer/load-scorer.js';
import type { ScorerArtifact } from '../../../../lib/domain/scorer/scorer-artifact.schema.js';
import { trainScorer } from '../../../../lib/domain/scorer/train-scorer.js';
import { scorerTickets } from '../../../support/scorer-tickets.js';

const trainedAt = '2026-12-07T03:00:00.000Z';
const tickets = scorerTickets(20);
const artifact = trainScorer(tickets, { trainedAt });
const probes = [
  ...scorerTickets(5, 99).map((t) => t.text),
  'my pin is locked',
  'where is my refund',
  '',
  'zzzz qqqq',
  'Bitcoin! WALLET?',
];

describe('loadScorer', () => {
  it('scores alike after a JSON round trip', () => {
    const direct = loadScorer(artifact);
    const stored = loadScorer(JSON.parse(JSON.stringify(artifact)) as ScorerArtifact);
    expect(stored.version).toBe(artifact.version);
    expect(probes.map(stored.score)).toEqual(probes.map(direct.score));
  });

  it('returns a probability in (0, 1] and only routes it was trained on, even for unknown text', () => {
    const scorer = loadScorer(artifact);
    const routes = new Set(tickets.map((t) => t.route));
    expect(scorer.routes).toEqual([...routes].sort());
    for (const text of probes) {
      const { route, probability } = scorer.score(text);
      expect(routes.has(route)).toBe(true);
      expect(probability).toBeGreaterThan(0);
      expect(probability).toBeLessThanOrEqual(1);
    }
  });

  it('scores unseen tickets of distinct routes right', () => {
    const scorer = loadScorer(artifact);
    const fresh = scorerTickets(10, 7);
    const right = fresh.filter((t) => scorer.score(t.text).route === t.route).length;
    expect(right / fresh.length).toBeGreaterThanOrEqual(0.9);
  });

  it('scores int8-stored weights as float32-stored ones, to within a hundredth', () => {
    const exact = loadScorer(trainScorer(tickets, { trainedAt, weightEncoding: 'float32' }));
    const quantised = loadScorer(artifact);
    for (const text of probes) {
      expect(quantised.score(text).route).toBe(exact.score(text).route);
      expect(quantised.score(text).probability).toBeCloseTo(exact.score(text).probability, 2);
    }
  });

  it('rejects an artifact that fails the schema', () => {
    expect(() => loadScorer({ ...artifact, format: 'route-scorer/2' } as unknown as ScorerArtifact)).toThrow(
      /route-scorer\/1/,
    );
  });
});
