import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { syntheticTickets, toCsv } from '../../support/synthetic-tickets.js';

const known = ['refund_status', 'card_arrival', 'change_pin'];
const train = known.flatMap((label) => syntheticTickets(label, 30));
const test = [
  ...known.flatMap((label) => syntheticTickets(label, 10, 100)),
  ...syntheticTickets('crypto', 6),
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('triage eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triage-eval-'));
  const trainPath = join(dir, 'train.csv');
  const testPath = join(dir, 'test.csv');
  writeFileSync(trainPath, toCsv(train));
  writeFileSync(testPath, toCsv(test).replace('text,category', 'text,intent'));

  it('prints the contract figures as JSON with --json', async () => {
    const { code, stdout } = await runCli(['eval', '--train', trainPath, '--test', testPath, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    for (const key of ['accuracy', 'macroF1', 'aurc', 'ece', 'ticketsPerSecond']) {
      expect(typeof report[key]).toBe('number');
    }
    expect(Object.keys(report.coverageAtRisk)).toEqual(['0.01', '0.02', '0.05']);
    expect(report.outOfScope.examples).toBe(6);
  });

  it('prints a readable report by default', async () => {
    const { stdout: text } = await runCli(['eval', '--train', trainPath, '--test', testPath]);
    expect(text).toMatch(/coverage at risk 2%/);
    expect(text).toMatch(/crypto\s+\S+\s+\d+/);
  });

  it('is a usage error when a file does not exist', async () => {
    const missing = join(dir, 'missing.csv');
    expect(await runCli(['eval', '--train', missing, '--test', testPath])).toMatchObject({
      code: 2,
      stderr: `triage: --train: cannot read ${missing}: no such file\n`,
    });
  });
});
