import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulators } from '../../tools/local/emulators.js';
import { startEmulators } from '../../tools/local/emulators.js';
import { runTriage } from '../support/run-cli.js';

/** The operator CLI, in process with the real SDK, against dynalite. */

let emulators: Emulators;

const triage = (...args: string[]) =>
  runTriage(emulators, ['thresholds', ...args], {
    ROUTE_CONFIG_TABLE: emulators.tables.routeConfig,
    ROUTE_AUDIT_TABLE: emulators.tables.routeAudit,
  });

beforeAll(async () => {
  emulators = await startEmulators();
}, 60_000);

afterAll(async () => {
  await emulators?.stop();
});

describe('triage thresholds', () => {
  it('lists every route of the taxonomy, new ones in shadow mode', async () => {
    const { code, stdout } = await triage('list', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { config: { routeId: string; mode: string } }[];
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.find((r) => r.config.routeId === 'late_fee')?.config.mode).toBe('shadow');
    expect(rows.find((r) => r.config.routeId === 'dispute')?.config.mode).toBe('human');
  });

  it('pins, unpins and keeps an audit trail of who did it and why', async () => {
    expect(
      (await triage('pin', 'late_fee', '--threshold', '0.97', '--by', 'ana', '--reason', 'launch week')).code,
    ).toBe(0);
    expect(
      (await triage('pin', 'late_fee', '--human', '--by', 'ben', '--reason', 'fee policy changing')).code,
    ).toBe(0);
    expect((await triage('unpin', 'late_fee', '--by', 'ana', '--reason', 'policy settled')).code).toBe(0);
    const { stdout } = await triage('history', 'late_fee', '--json');
    const trail = JSON.parse(stdout) as {
      actor: string;
      reason: string;
      after: { mode: string; version: number };
    }[];
    expect(trail.map((e) => [e.actor, e.after.mode, e.after.version])).toEqual([
      ['operator:ana', 'shadow', 3],
      ['operator:ben', 'human', 2],
      ['operator:ana', 'auto', 1],
    ]);
    expect(trail[1]?.reason).toContain('fee policy changing');
  });

  it('refuses to automate a human-only route, and explains bad input', async () => {
    const human = await triage('pin', 'dispute', '--threshold', '0.9', '--by', 'x', '--reason', 'y');
    expect(human.code).toBe(1);
    expect(human.stderr).toMatch(/human-only/);
    const noReason = await triage('pin', 'late_fee', '--human', '--by', 'x');
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/--reason/);
  });

  it('exits 2 naming ROUTE for a route the taxonomy does not have', async () => {
    for (const args of [
      ['pin', 'no_such_route', '--human', '--by', 'x', '--reason', 'y'],
      ['unpin', 'no_such_route', '--by', 'x', '--reason', 'y'],
      ['history', 'no_such_route'],
    ]) {
      const out = await triage(...args);
      expect(out.code).toBe(2);
      expect(out.stderr.split('\n').filter(Boolean)).toEqual([
        expect.stringMatching(/^triage: .*ROUTE "no_such_route" is not a route of taxonomy/),
      ]);
    }
  });
});
