import { describe, expect, it } from 'vitest';
import { createRouteScorerSource } from '../../../../lib/domain/scorer/route-scorer-source.js';
import type { ScorerArtifact } from '../../../../lib/domain/scorer/scorer-artifact.schema.js';
import { trainScorer } from '../../../../lib/domain/scorer/train-scorer.js';
import { scorerTickets } from '../../../support/scorer-tickets.js';

const artifactA = trainScorer(scorerTickets(12, 1), {
  trainedAt: '2026-01-01T00:00:00.000Z',
  model: 'linear',
});
const artifactB = trainScorer(scorerTickets(12, 2), {
  trainedAt: '2026-01-02T00:00:00.000Z',
  model: 'linear',
});
const byVersion = new Map([artifactA, artifactB].map((a) => [a.version, a]));

const setup = (active: { version?: string }, options: { failLoad?: () => boolean } = {}) => {
  let clock = 5_000;
  const loads: string[] = [];
  const source = createRouteScorerSource({
    activeVersion: async () => active.version,
    artifact: async (version): Promise<ScorerArtifact> => {
      loads.push(version);
      if (options.failLoad?.()) throw new Error('bucket unreachable');
      return byVersion.get(version) as ScorerArtifact;
    },
    ttlMs: 1000,
    now: () => clock,
  });
  return { source, loads, tick: (ms: number) => (clock += ms) };
};

describe('createRouteScorerSource', () => {
  it('scores with no scorer before a first one is trained', async () => {
    const { source } = setup({});
    expect(await source.score('bitcoin wallet')).toBeUndefined();
  });

  it('loads the active version once, on first use, and tags each score with it', async () => {
    const { source, loads } = setup({ version: artifactA.version });
    expect(loads).toEqual([]);
    const [a, b] = await Promise.all([source.score('bitcoin wallet'), source.score('pin reset')]);
    expect(a).toMatchObject({ version: artifactA.version, route: 'crypto' });
    expect(b?.version).toBe(artifactA.version);
    expect(loads).toEqual([artifactA.version]);
  });

  it('moves to a newly activated version after the TTL, not before', async () => {
    const active = { version: artifactA.version };
    const { source, loads, tick } = setup(active);
    await source.score('x');
    active.version = artifactB.version;
    expect((await source.score('x'))?.version).toBe(artifactA.version);
    tick(1001);
    expect((await source.score('x'))?.version).toBe(artifactB.version);
    expect(loads).toEqual([artifactA.version, artifactB.version]);
  });

  it('keeps scoring with the loaded version when a refresh fails, and fails with none loaded', async () => {
    let failing = false;
    const active = { version: artifactA.version };
    const { source, tick } = setup(active, { failLoad: () => failing });
    await source.score('x');
    failing = true;
    active.version = artifactB.version;
    tick(1001);
    expect((await source.score('x'))?.version).toBe(artifactA.version);
    const cold = setup({ version: artifactA.version }, { failLoad: () => true });
    await expect(cold.source.score('x')).rejects.toThrow(/bucket unreachable/);
  });

  it('re-checks the pointer at exactly the TTL, and reloads nothing while the version stays', async () => {
    const active = { version: artifactA.version } as { version?: string };
    const { source, loads, tick } = setup(active);
    await source.score('x');
    tick(1000);
    expect((await source.score('x'))?.version).toBe(artifactA.version);
    expect(loads).toEqual([artifactA.version]);
    active.version = artifactB.version;
    tick(1000);
    expect((await source.score('x'))?.version).toBe(artifactB.version);
  });

  it('stops scoring once the pointer is gone', async () => {
    const active = { version: artifactA.version } as { version?: string };
    const { source, tick } = setup(active);
    await source.score('x');
    delete active.version;
    tick(1000);
    expect(await source.score('x')).toBeUndefined();
  });
});
