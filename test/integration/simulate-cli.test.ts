import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../../tools/local/sample-data.js';
import { runCli } from '../support/run-cli.js';

/** `triage simulate` with scenarios, in process, on a small slice of the project's own sample. */

let train: string;
let stream: string;

const slice = (path: string, every: number, name: string) => {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const out = join(mkdtempSync(join(tmpdir(), 'simulate-cli-')), name);
  writeFileSync(out, `${[header, ...rows.filter((_, i) => i % every === 0)].join('\n')}\n`);
  return out;
};

beforeAll(() => {
  train = slice(SAMPLE.train, 5, 'train.csv');
  stream = slice(SAMPLE.tickets, 4, 'stream.csv');
});

describe('triage simulate scenarios', () => {
  it('reports the loop beside every fixed baseline, per route, and what went wrong after a drift', async () => {
    const args = ['simulate', '--train', train, '--stream', stream, '--cold-start', '--json'];
    const drift = ['--drift', 'at=0.5,swap=order_status|refund_timing,volume=3'];
    const result = await runCli([...args, ...drift, '--confidence', 'verbalized:wrong-high=0.3']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report.baselines.fixed)).toEqual(['0.5', '0.8', '0.9', '0.95']);
    for (const figures of Object.values(report.baselines.fixed) as Record<string, number>[])
      expect(Object.keys(figures)).toEqual(
        expect.arrayContaining([
          'realizedError',
          'automationRate',
          'automationRateLastHalf',
          'secondHalfError',
          'costPerTicket',
          'wrongAutoResolutions',
          'wrongAfterDrift',
        ]),
      );
    expect(report.scenario.drift).toMatchObject({
      at: 0.5,
      routes: ['order_status', 'refund_timing'],
      volume: 3,
    });
    expect(report.scenario.confidence).toEqual({ kind: 'verbalized', wrongHigh: 0.3 });
    // The swapped routes arrive three times as often after the drift point.
    expect(report.tickets).toBeGreaterThan(250);
    const routes = report.perRoute as Record<
      string,
      { tickets: number; autoResolved: number; wrong: number }
    >;
    expect(Object.values(routes).reduce((s, r) => s + r.tickets, 0)).toBe(report.tickets);
    // A swap makes every auto-resolution of those routes wrong after the drift at a fixed 0.5.
    expect(report.baselines.fixed['0.5'].wrongAfterDrift).toBeGreaterThan(0);
  });

  it('makes the target the break-even of the default wrong-auto cost', async () => {
    const result = await runCli(['simulate', '--train', train, '--stream', stream, '--cold-start', '--json']);
    const report = JSON.parse(result.stdout);
    // All-human costs 4 per ticket; at the default a wrong auto-resolution costs 4 / 0.02 = 200.
    const fixed = report.baselines.fixed['0.5'];
    const wrongCost =
      (fixed.costPerTicket - 0.0006 - (1 - fixed.automationRate) * 4) /
      (fixed.automationRate * fixed.realizedError);
    expect(wrongCost).toBeCloseTo(200, 6);
  });

  it.each([
    [['--drift', 'relabel=0.5'], /--drift needs SPEC: give routes=a\|b or swap=a\|b/],
    [['--confidence', 'psychic'], /--confidence needs SPEC/],
    [['--drift', 'routes=no_such_route,relabel=0.5'], /unknown route "no_such_route"/],
    [['--new-route', 'a||b'], /--new-route needs a\|b/],
  ])('refuses %j with one line and exit 2', async (extra, message) => {
    const result = await runCli(['simulate', '--train', train, '--stream', stream, ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
