import { describe, expect, it } from 'vitest';
import { ScorerArtifactSchema } from '../../../../lib/domain/scorer/scorer-artifact.schema.js';
import type { TrainingExample } from '../../../../lib/domain/scorer/train-scorer.js';
import { ScorerTrainingError, trainScorer } from '../../../../lib/domain/scorer/train-scorer.js';
import { scorerTickets } from '../../../support/scorer-tickets.js';

const trainedAt = '2026-12-07T03:00:00.000Z';
const tickets = scorerTickets(20);
const linear = { trainedAt, model: 'linear' } as const;
// Trained once and shared by the tests that only read it: training is most of this file's time.
const base = trainScorer(tickets, linear);

/** The tickets with `word` appended to the first `count` of them. */
const withWord = (word: string, count: number): TrainingExample[] =>
  tickets.map((t, i) => (i < count ? { ...t, text: `${t.text} ${word}` } : t));

const allTerms = (examples: readonly TrainingExample[], minTermTickets?: number): string[] =>
  trainScorer(examples, { ...linear, minTermTickets }).features.terms.flat();

describe('trainScorer', () => {
  it('returns an artifact the schema accepts, naming exactly the routes it was trained on', () => {
    expect(ScorerArtifactSchema.safeParse(base).success).toBe(true);
    expect(base.routes).toEqual([...new Set(tickets.map((t) => t.route))].sort());
    expect(base).toMatchObject({ format: 'route-scorer/1', examples: 120, minTermTickets: 3, trainedAt });
  });

  it('keeps out of the vocabulary a term fewer than k tickets contain, word and character grams alike', () => {
    const terms = allTerms(withWord('zelinski', 2));
    expect(terms.filter((t) => t.includes('zeli'))).toEqual([]);
    expect(allTerms(withWord('zelinski', 2), 2)).toContain('zelinski');
  });

  it('keeps a term that exactly k tickets contain', () => {
    expect(allTerms(withWord('quokka', 3))).toContain('quokka');
    expect(allTerms(withWord('quokka', 3), 4)).not.toContain('quokka');
  });

  it('stores each block of terms sorted, so their order replays no ticket', () => {
    for (const terms of base.features.terms) expect(terms).toEqual([...terms].sort());
  });

  it('gives the same artifact for the same seed and a different version for another seed', () => {
    expect(JSON.stringify(trainScorer(tickets, { ...linear, seed: 1 }))).toBe(JSON.stringify(base));
    expect(trainScorer(tickets, { ...linear, seed: 6 }).version).not.toBe(base.version);
  });

  it('derives the version from the training time and the content', () => {
    expect(base.version).toMatch(/^20261207T030000Z-[0-9a-f]{8}$/);
    const later = trainScorer(tickets, { ...linear, trainedAt: '2026-12-08T00:00:00Z' });
    expect(later.version.slice(-8)).toBe(base.version.slice(-8));
  });

  it('stores the slice-trained and full members, linear ones merged, and the slice-fitted temperature', () => {
    const artifact = trainScorer(scorerTickets(50), { trainedAt });
    expect(artifact.members.map((m) => [m.kind, m.share])).toEqual([
      ['linear', 0.5],
      ['network', 0.25],
      ['network', 0.25],
    ]);
    expect(artifact.temperature).not.toBe(1);
  });

  it('trains once, uncalibrated, with as many networks as asked, when too few tickets to hold out a slice', () => {
    const artifact = trainScorer(tickets, { trainedAt, networkCount: 2 });
    expect(artifact.members.map((m) => [m.kind, m.share])).toEqual([
      ['linear', 1 / 3],
      ['network', 1 / 3],
      ['network', 1 / 3],
    ]);
    expect(artifact.temperature).toBe(1);
  });

  it('throws a ScorerTrainingError for one route, too few tickets, a repeated ticketId or a bad k', () => {
    const oneRoute = tickets.filter((t) => t.route === 'crypto');
    expect(() => trainScorer(oneRoute, linear)).toThrow(/at least 2 routes/);
    expect(() => trainScorer(tickets.slice(0, 5), linear)).toThrow(/at least 20 labelled tickets/);
    expect(() => trainScorer([...tickets, tickets[0]!], linear)).toThrow(/repeat a ticketId/);
    expect(() => trainScorer(tickets, { ...linear, minTermTickets: 0 })).toThrow(ScorerTrainingError);
    expect(() => trainScorer(tickets, { ...linear, trainedAt: 'yesterday' })).toThrow(ScorerTrainingError);
  });

  it('throws a ScorerTrainingError when no term reaches k tickets', () => {
    const unique = tickets.map((t, i) => ({ ...t, text: `w${i}x` }));
    expect(() => trainScorer(unique, { ...linear, minTermTickets: 200 })).toThrow(/no term occurs in 200/);
  });
});
