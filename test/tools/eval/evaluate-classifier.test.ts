import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crossValidate } from '../../../tools/embedded/cross-validate.js';
import { evaluateClassifier } from '../../../tools/eval/evaluate-classifier.js';
import { rankedCrossValidate } from '../../../tools/eval/ranked-cross-validate.js';
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

describe('evaluateClassifier', () => {
  it('trains on one set, scores another and counts unseen labels as out of scope', () => {
    const report = evaluateClassifier(train, test);
    expect(report.trainExamples).toBe(90);
    expect(report.labels).toBe(3);
    expect(report.outOfScope).toEqual({ examples: 6, labels: ['crypto'] });
    // Every crypto ticket is wrong, so accuracy can be at most 30/36.
    expect(report.accuracy).toBeLessThanOrEqual(30 / 36);
    expect(report.accuracy).toBeGreaterThan(0.7);
    expect(report.ticketsPerSecond).toBeGreaterThan(0);
    expect(report.topKRecall?.k).toBe(5);
  });
});

describe('rankedCrossValidate', () => {
  it('makes the same out-of-fold predictions as tools/embedded crossValidate', () => {
    const examples = known.flatMap((label) => syntheticTickets(label, 20));
    const ranked = rankedCrossValidate(examples, { folds: 3, keep: 2 });
    const plain = crossValidate(examples, { folds: 3 });
    expect(
      ranked.outOfFold.map(({ index, predicted, confidence }) => ({ index, predicted, confidence })),
    ).toEqual(plain.outOfFold.map(({ index, predicted, confidence }) => ({ index, predicted, confidence })));
    expect(ranked.outOfFold.every((p) => p.topLabels.length === 2 && p.topLabels[0] === p.predicted)).toBe(
      true,
    );
  });
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
