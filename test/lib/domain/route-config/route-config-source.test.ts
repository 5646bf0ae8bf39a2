import { describe, expect, it } from 'vitest';
import type { RouteConfigRepository } from '../../../../lib/domain/ports.js';
import { createRouteConfigSource } from '../../../../lib/domain/route-config/route-config-source.js';
import { createMemoryRouteConfigs } from '../../../../tools/simulate/memory-repositories.js';
import { config, taxonomy } from '../../../support/outcome-fixtures.js';

/** The configs the classifier decides with: stored, else initial; cached per container for a TTL. */

/** A memory repository that counts its list calls and can hold them until released. */
const counted = () => {
  const repo = createMemoryRouteConfigs();
  let lists = 0;
  const counting: RouteConfigRepository = {
    ...repo,
    list: async () => {
      lists += 1;
      return repo.list();
    },
  };
  return { repo, counting, lists: () => lists };
};

describe('createRouteConfigSource', () => {
  it('gives every taxonomy route a config: the stored one, else shadow for auto routes and human for human ones', async () => {
    const { repo, counting } = counted();
    await repo.save(config('pay_early', { mode: 'auto', threshold: 0.97, version: 1 }));
    const configs = await createRouteConfigSource(counting, taxonomy, { ttlMs: 1_000 })();
    expect([...configs.keys()]).toEqual(['pay_early', 'late_fee', 'login_help', 'dispute']);
    expect(configs.get('pay_early')).toMatchObject({ mode: 'auto', threshold: 0.97, version: 1 });
    expect(configs.get('late_fee')).toMatchObject({ mode: 'shadow', version: 0, reason: 'new_route' });
    expect(configs.get('dispute')).toMatchObject({ mode: 'human', reason: 'human_only_route' });
  });

  it('keeps a human-only route human even when a stored config says auto', async () => {
    const { repo, counting } = counted();
    await repo.save(config('dispute', { mode: 'auto', version: 1 }));
    const configs = await createRouteConfigSource(counting, taxonomy, { ttlMs: 1_000 })();
    expect(configs.get('dispute')?.mode).toBe('human');
  });

  it('gives initial configs the sampling rates it is given', async () => {
    const { counting } = counted();
    const source = createRouteConfigSource(counting, taxonomy, {
      ttlMs: 1_000,
      sampling: { explorationRate: 0.2, auditRate: 0.1 },
    });
    expect((await source()).get('late_fee')).toMatchObject({ explorationRate: 0.2, auditRate: 0.1 });
  });

  it('reads once per TTL, and again once it has passed, so a change arrives within the TTL', async () => {
    const { repo, counting, lists } = counted();
    let now = 0;
    const source = createRouteConfigSource(counting, taxonomy, { ttlMs: 1_000, now: () => now });
    await source();
    await repo.save(config('late_fee', { mode: 'auto', version: 1 }));
    now = 999;
    expect((await source()).get('late_fee')?.mode).toBe('shadow');
    expect(lists()).toBe(1);
    now = 1_000;
    expect((await source()).get('late_fee')?.mode).toBe('auto');
    expect(lists()).toBe(2);
  });

  it('shares one read among calls made while it is under way', async () => {
    const { counting, lists } = counted();
    const source = createRouteConfigSource(counting, taxonomy, { ttlMs: 0 });
    const [a, b, c] = await Promise.all([source(), source(), source()]);
    expect(lists()).toBe(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
  });

  it('reads again after a failed read instead of keeping the failure', async () => {
    const { counting, lists } = counted();
    let fail = true;
    const flaky: RouteConfigRepository = {
      ...counting,
      list: async () => {
        const listed = await counting.list();
        if (fail) throw new Error('throttled');
        return listed;
      },
    };
    const source = createRouteConfigSource(flaky, taxonomy, { ttlMs: 1_000 });
    await expect(source()).rejects.toThrow('throttled');
    fail = false;
    expect((await source()).size).toBe(4);
    expect(lists()).toBe(2);
  });
});
