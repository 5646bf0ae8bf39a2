import { describe, expect, it } from 'vitest';
import type { ScorerArtifact } from '../../../../lib/domain/scorer/scorer-artifact.schema.js';
import { ScorerArtifactSchema } from '../../../../lib/domain/scorer/scorer-artifact.schema.js';
import { trainScorer } from '../../../../lib/domain/scorer/train-scorer.js';
import { scorerTickets } from '../../../support/scorer-tickets.js';

const artifact = trainScorer(scorerTickets(20), { trainedAt: '2026-12-07T03:00:00Z', model: 'linear' });
const linear = artifact.members[0]!;
if (linear.kind !== 'linear') throw new Error('expected the linear member first');

const issues = (candidate: unknown): string[] => {
  const result = ScorerArtifactSchema.safeParse(candidate);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

const withLinear = (change: Partial<typeof linear>): ScorerArtifact => ({
  ...artifact,
  members: [{ ...linear, ...change }],
});

describe('ScorerArtifactSchema', () => {
  it('accepts a trained artifact, also after a JSON round trip', () => {
    expect(issues(artifact)).toEqual([]);
    expect(issues(JSON.parse(JSON.stringify(artifact)))).toEqual([]);
  });

  it('rejects a version that is not time and content hash', () => {
    expect(issues({ ...artifact, version: 'latest' })).not.toEqual([]);
  });

  it('rejects fewer than two routes and repeated routes', () => {
    expect(issues({ ...artifact, routes: ['crypto'] })).not.toEqual([]);
    expect(issues({ ...artifact, routes: artifact.routes.map(() => 'crypto') })).toContain('routes repeat');
  });

  it('rejects a member whose biases or matrix do not fit the routes and the vocabulary', () => {
    expect(issues(withLinear({ bias: linear.bias.slice(1) })).join()).toMatch(/biases for 6 routes/);
    const shorter = { ...linear.weights, rows: linear.weights.rows - 1 };
    expect(issues(withLinear({ weights: shorter })).join()).toMatch(/matrix where/);
  });

  it('rejects a weight block truncated in storage', () => {
    const truncated = { ...linear.weights, data: linear.weights.data.slice(0, -8) };
    expect(issues(withLinear({ weights: truncated })).join()).toMatch(/data is not \d+ bytes/);
  });

  it('rejects shares that do not sum to one', () => {
    expect(issues(withLinear({ share: 0.5 }))).toContain('member shares do not sum to 1');
  });

  it('rejects an idf block that does not match the terms', () => {
    const features = {
      ...artifact.features,
      terms: [artifact.features.terms[0]!.slice(1), artifact.features.terms[1]!],
    };
    expect(issues({ ...artifact, features }).join()).toMatch(/idf is not/);
  });
});
