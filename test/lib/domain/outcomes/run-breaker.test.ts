import { describe, expect, it } from 'vitest';
import { DEFAULT_BREAKER } from '../../../../lib/domain/outcomes/circuit-breaker.js';
import { BreakerConflictError } from '../../../../lib/domain/outcomes/outcome-errors.js';
import { runBreaker } from '../../../../lib/domain/outcomes/run-breaker.js';
import type { ObservationRepository, RouteConfigRepository } from '../../../../lib/domain/ports.js';
import { VersionConflictError } from '../../../../lib/domain/ports.js';
import {
  createMemoryObservations,
  createMemoryRouteConfigs,
} from '../../../../tools/simulate/memory-repositories.js';
import { audit, DAY, HOUR, iso, T0 } from '../../../support/breaker-labels.js';
import { config } from '../../../support/outcome-fixtures.js';

const tripping = () => [1, 2, 3, 4, 5, 6, 7, 8].map((m) => audit(`b${m}`, T0 + 6 * HOUR + m * 60_000, false));

const setup = async (
  routeConfig = config('pay_early', { mode: 'auto', version: 3, explorationRate: 0.05 }),
) => {
  const configs = createMemoryRouteConfigs();
  const observations = createMemoryObservations();
  // Saving at version N needs N - 1 stored: write the versions up to the one wanted.
  for (let v = 1; v <= routeConfig.version; v += 1) await configs.save({ ...routeConfig, version: v });
  configs.audits.length = 0;
  for (const o of tripping()) await observations.put(o);
  return { configs, observations };
};

const NOW = T0 + DAY;
const deps = (configs: RouteConfigRepository, observations: ObservationRepository) => ({
  configs,
  observations,
  breaker: DEFAULT_BREAKER,
  breakerWindowDays: 14,
  now: () => NOW,
});

describe('runBreaker', () => {
  it('switches the route off with a full audit entry and lifts a threshold pin', async () => {
    const { configs, observations } = await setup(
      config('pay_early', {
        mode: 'auto',
        version: 3,
        explorationRate: 0.05,
        pin: { kind: 'threshold', threshold: 0.8, by: 'ops', reason: 'launch' },
      }),
    );
    const run = await runBreaker(deps(configs, observations), 'pay_early');
    expect(run.trip).toBe('written');
    const after = await configs.get('pay_early');
    expect(after).toEqual({
      routeId: 'pay_early',
      mode: 'shadow',
      threshold: 0.9,
      explorationRate: DEFAULT_BREAKER.trippedExplorationRate,
      auditRate: 0.02,
      version: 4,
      evidenceSince: iso(NOW),
      updatedAt: iso(NOW),
      updatedBy: 'circuit-breaker',
      reason: 'circuit_breaker_label_errors',
    });
    expect(configs.audits).toHaveLength(1);
    expect(configs.audits[0]).toMatchObject({
      actor: 'circuit-breaker',
      reason: 'circuit_breaker_label_errors',
      at: iso(NOW),
      before: { mode: 'auto', version: 3 },
      after: { mode: 'shadow', version: 4 },
      stats: { ...run.verdict, liftedPin: true },
    });
  });

  it('keeps a human pin and a higher exploration rate, and audits no pin lifted', async () => {
    const pin = { kind: 'human', by: 'ops', reason: 'legal review' } as const;
    const { configs, observations } = await setup(
      config('pay_early', { mode: 'auto', version: 1, explorationRate: 0.5, pin }),
    );
    expect((await runBreaker(deps(configs, observations), 'pay_early')).trip).toBe('written');
    expect(await configs.get('pay_early')).toMatchObject({ mode: 'shadow', explorationRate: 0.5, pin });
    expect(configs.audits[0]?.stats).toMatchObject({ liftedPin: false });
  });

  it('leaves a route already off automation, or unknown, as it is', async () => {
    const { configs, observations } = await setup(config('pay_early', { mode: 'shadow', version: 2 }));
    const run = await runBreaker(deps(configs, observations), 'pay_early');
    expect(run).toMatchObject({ trip: 'already_off', verdict: { tripped: true } });
    expect(await configs.get('pay_early')).toMatchObject({ mode: 'shadow', version: 2 });
    expect(configs.audits).toEqual([]);
    const unknown = await runBreaker(deps(createMemoryRouteConfigs(), observations), 'pay_early');
    expect(unknown.trip).toBe('already_off');
  });

  it('writes nothing and reports no trip when the verdict holds', async () => {
    const { configs } = await setup();
    const run = await runBreaker(deps(configs, createMemoryObservations()), 'pay_early');
    expect(run).toEqual({ verdict: expect.objectContaining({ tripped: false }) });
    expect(await configs.get('pay_early')).toMatchObject({ mode: 'auto', version: 3 });
  });

  it('tries the trip three times past version conflicts, then fails for a retry', async () => {
    const { configs, observations } = await setup();
    let gets = 0;
    let saves = 0;
    const racing: RouteConfigRepository = {
      ...configs,
      get: async (id) => {
        gets += 1;
        return configs.get(id);
      },
      save: async () => {
        saves += 1;
        throw new VersionConflictError('someone else wrote first');
      },
    };
    await expect(runBreaker(deps(racing, observations), 'pay_early')).rejects.toBeInstanceOf(
      BreakerConflictError,
    );
    expect(saves).toBe(3);
    expect(gets).toBe(4);
  });

  it('wins on a later attempt after a conflict', async () => {
    const { configs, observations } = await setup();
    let conflicts = 2;
    const racing: RouteConfigRepository = {
      ...configs,
      save: async (next) => {
        if (conflicts > 0) {
          conflicts -= 1;
          throw new VersionConflictError('someone else wrote first');
        }
        return configs.save(next);
      },
    };
    expect((await runBreaker(deps(racing, observations), 'pay_early')).trip).toBe('written');
    expect((await configs.get('pay_early'))?.mode).toBe('shadow');
  });

  it('passes any other save failure through at once', async () => {
    const { configs, observations } = await setup();
    let saves = 0;
    const broken: RouteConfigRepository = {
      ...configs,
      save: async () => {
        saves += 1;
        throw new Error('throttled');
      },
    };
    await expect(runBreaker(deps(broken, observations), 'pay_early')).rejects.toThrow('throttled');
    expect(saves).toBe(1);
  });
});

describe('runBreaker windows', () => {
  const windowStart = NOW - 14 * DAY;

  const readFrom = async (evidenceSince?: number) => {
    const { configs, observations } = await setup(
      config('pay_early', {
        mode: 'auto',
        version: 1,
        ...(evidenceSince !== undefined ? { evidenceSince: iso(evidenceSince) } : {}),
      }),
    );
    const asked: string[] = [];
    const spying: ObservationRepository = {
      ...observations,
      listRoute: async (routeId, since) => {
        asked.push(since);
        return observations.listRoute(routeId, since);
      },
    };
    const run = await runBreaker(deps(configs, spying), 'pay_early');
    return { asked, run };
  };

  it('reads the window back `breakerWindowDays` from now', async () => {
    expect((await readFrom()).asked).toEqual([iso(windowStart)]);
  });

  it('reads from evidenceSince when it is inside the window, and tests from it as a fixed start', async () => {
    // evidenceSince at 06:00, the failing labels after it the same morning: only a test started at
    // evidenceSince sees them before the next midnight.
    const inside = await readFrom(T0 + 6 * HOUR);
    expect(inside.asked).toEqual([iso(T0 + 6 * HOUR)]);
    expect(inside.run.verdict).toMatchObject({ tripped: true, since: iso(T0 + 6 * HOUR) });
  });

  it('reads the window when evidenceSince is at or before its start', async () => {
    expect((await readFrom(windowStart)).asked).toEqual([iso(windowStart)]);
    expect((await readFrom(windowStart - DAY)).asked).toEqual([iso(windowStart)]);
  });

  it('does not make a window start equal to evidenceSince a test start of its own', async () => {
    // The window and evidenceSince both start at 06:00: without a fixed start, the first test
    // starts at the next midnight, after the failing labels of that morning: no trip.
    const { configs, observations } = await setup(
      config('pay_early', { mode: 'auto', version: 1, evidenceSince: iso(T0 + 6 * HOUR) }),
    );
    const run = await runBreaker(
      { ...deps(configs, observations), now: () => T0 + 6 * HOUR + 14 * DAY },
      'pay_early',
    );
    expect(run.verdict.tripped).toBe(false);
    expect(run.trip).toBeUndefined();
  });
});
