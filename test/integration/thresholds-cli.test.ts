import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../lib/config/sample-data.js';
import type { Emulators } from '../../lib/local/emulators.js';
import { LOCAL_CREDENTIALS, startEmulators } from '../../lib/local/emulators.js';

/** The operator CLI, as a separate process with the real SDK, against dynalite. */

const run = promisify(execFile);
let emulators: Emulators;

const triage = async (...args: string[]) => {
  try {
    const out = await run(
      process.execPath,
      ['--import', 'tsx', resolve(ROOT, 'bin/triage-cli.ts'), 'thresholds', ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
          AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
          ROUTE_CONFIG_TABLE: emulators.tables.routeConfig,
          ROUTE_AUDIT_TABLE: emulators.tables.routeAudit,
        },
      },
    );
    return { code: 0, stdout: out.stdout, stderr: out.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

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
    const unknown = await triage('pin', 'nope', '--human', '--by', 'x', '--reason', 'y');
    expect(unknown.stderr).toMatch(/no route "nope"/);
  });
});
