import { describe, expect, it } from 'vitest';
import {
  createScorerEvidenceSource,
  scorerEvidenceObservation,
} from '../../../../lib/domain/outcomes/scorer-evidence.js';

const teams = (routeId: string) => (routeId === 'unknown' ? undefined : 'payments');
const row = {
  ticketId: 'T-1',
  route: 'pay_early',
  scorerRoute: 'pay_early',
  probability: 0.97,
  llmRoute: 'pay_early',
  source: 'history' as const,
  weight: 1,
  decidedAt: '2026-03-01T10:00:00.000Z',
};

describe('scorerEvidenceObservation', () => {
  it("is a label of the scorer's route at its probability when the LLM agreed, tagged with the version", () => {
    expect(scorerEvidenceObservation(row, 'v3', teams)).toMatchObject({
      routeId: 'pay_early',
      observationId: '2026-03-01T10:00:00.000Z#T-1#label',
      source: 'history',
      score: 0.97,
      correct: true,
      scorerVersion: 'v3',
    });
  });

  it("keeps a live label's source and weight, so the history check can test history against it", () => {
    expect(scorerEvidenceObservation({ ...row, source: 'human', weight: 4 }, 'v3', teams)).toMatchObject({
      source: 'human',
      weight: 4,
    });
  });

  it('scores 0 when the LLM named another route or none', () => {
    expect(scorerEvidenceObservation({ ...row, llmRoute: 'refunds' }, 'v3', teams)?.score).toBe(0);
    const { llmRoute: _none, ...noLlm } = row;
    expect(scorerEvidenceObservation(noLlm, 'v3', teams)?.score).toBe(0);
  });

  it('counts a wrong route, and a ticket that needed a person, as an error', () => {
    expect(scorerEvidenceObservation({ ...row, route: 'refunds' }, 'v3', teams)?.correct).toBe(false);
    expect(scorerEvidenceObservation({ ...row, neededPerson: true }, 'v3', teams)?.correct).toBe(false);
  });

  it('gives nothing for a route the taxonomy has no team for', () => {
    expect(scorerEvidenceObservation({ ...row, scorerRoute: 'unknown' }, 'v3', teams)).toBeUndefined();
  });
});

describe('createScorerEvidenceSource', () => {
  const pointer = {
    version: 'v3',
    trainedAt: '2026-03-01T00:00:00.000Z',
    examples: 1,
    routes: 1,
    activatedAt: '2026-03-01T00:00:00.000Z',
  };
  const evidenceRow = row;

  it('has no evidence before a first scorer', async () => {
    const source = createScorerEvidenceSource(
      { get: async () => undefined },
      { getEvidence: async () => [] },
      teams,
    );
    expect(await source.active()).toBeUndefined();
  });

  it("reads the active version's evidence as its label observations", async () => {
    const source = createScorerEvidenceSource(
      { get: async () => pointer },
      { getEvidence: async (v) => (v === 'v3' ? [evidenceRow] : undefined) },
      teams,
    );
    expect(await source.active()).toEqual({
      version: 'v3',
      observations: [expect.objectContaining({ routeId: 'pay_early', scorerVersion: 'v3', score: 0.97 })],
    });
  });

  it('fails, rather than certify on nothing, when the active version has no evidence', async () => {
    const source = createScorerEvidenceSource(
      { get: async () => pointer },
      { getEvidence: async () => undefined },
      teams,
    );
    await expect(source.active()).rejects.toThrow(/evidence is missing/);
  });
});
