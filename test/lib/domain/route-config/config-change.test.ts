import { describe, expect, it } from 'vitest';
import { VersionConflictError } from '../../../../lib/domain/ports.js';
import { applyConfigChange } from '../../../../lib/domain/route-config/config-change.js';
import { createMemoryRouteConfigs } from '../../../../tools/simulate/memory-repositories.js';
import { config } from '../../../support/outcome-fixtures.js';

/** The one way a route's config changes: a versioned write, and an audit record of it. */

const stored = async () => {
  const repo = createMemoryRouteConfigs();
  const before = config('pay_early', { version: 1 });
  await repo.save(before);
  return { repo, before };
};

describe('applyConfigChange', () => {
  it('writes the new config and audits who changed what, from which mode and threshold to which', async () => {
    const { repo, before } = await stored();
    const after = {
      ...before,
      mode: 'auto' as const,
      threshold: 0.97,
      version: 2,
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    const result = await applyConfigChange(repo, { before, after, actor: 'retune', reason: 'certified' });
    expect(result).toEqual(after);
    expect(await repo.get('pay_early')).toMatchObject({ mode: 'auto', threshold: 0.97, version: 2 });
    expect(repo.audits).toEqual([
      {
        routeId: 'pay_early',
        changeId: '2026-02-01T00:00:00.000Z#v00000002',
        at: '2026-02-01T00:00:00.000Z',
        actor: 'retune',
        reason: 'certified',
        before: { mode: 'shadow', threshold: 0.9, version: 1 },
        after: { mode: 'auto', threshold: 0.97, version: 2 },
      },
    ]);
  });

  it('carries the evidence and statistics into the audit record', async () => {
    const { repo, before } = await stored();
    const evidence = {
      source: 'route' as const,
      n: 150,
      nEff: 150,
      errors: 0,
      upperBound: 0.0198,
      coverage: 0.4,
      costPerTicket: 1.2,
    };
    const after = { ...before, version: 2, updatedAt: '2026-02-01T00:00:00.000Z' };
    await applyConfigChange(repo, {
      before,
      after,
      actor: 'operator:ann',
      reason: 'pin',
      extra: { evidence, stats: { labels: 150 } },
    });
    expect(repo.audits[0]).toMatchObject({ actor: 'operator:ann', evidence, stats: { labels: 150 } });
  });

  it('stamps the audit with the current time when the config carries none', async () => {
    const { repo, before } = await stored();
    const start = Date.now();
    await applyConfigChange(repo, { before, after: { ...before, version: 2 }, actor: 'retune', reason: 'x' });
    const at = Date.parse(repo.audits[0]?.at ?? '');
    expect(at).toBeGreaterThanOrEqual(start - 1);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(repo.audits[0]?.changeId).toBe(`${repo.audits[0]?.at}#v00000002`);
  });

  it('fails with a version conflict, auditing nothing, when the route changed since it was read', async () => {
    const { repo, before } = await stored();
    await repo.save({ ...before, version: 2 });
    const change = applyConfigChange(repo, {
      before,
      after: { ...before, version: 2 },
      actor: 'retune',
      reason: 'x',
    });
    await expect(change).rejects.toBeInstanceOf(VersionConflictError);
    expect(repo.audits).toEqual([]);
  });
});
