import { existsSync } from 'node:fs';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import { evaluateClassifier } from '../../tools/eval/evaluate-classifier.js';
import { formatEvalReport } from '../../tools/eval/format-eval.js';
import type { CommandSpec } from './command.js';
import { DEFAULTS, intOption, UsageError } from './command.js';

const readExamples = (values: Record<string, unknown>, name: 'train' | 'test', fallback: string) => {
  const path = (values[name] as string | undefined) ?? fallback;
  if (!existsSync(path)) throw new UsageError(`--${name}: no such file "${path}"`);
  return readLabelledCsv(path);
};

const evalCommand: CommandSpec = {
  name: 'eval',
  summary: 'Train the embedded classifier on labelled tickets and measure it on others.',
  usage: 'triage eval --train FILE --test FILE [--json]',
  options: {
    train: {
      type: 'string',
      description: `labelled CSV (text + category|label|intent) to train on (default ${DEFAULTS.train})`,
    },
    test: {
      type: 'string',
      description: `labelled CSV to measure on; labels missing from --train count as errors (default ${DEFAULTS.tickets})`,
    },
    seed: { type: 'string', description: 'seed of the training (default 1)' },
    json: { type: 'boolean', description: 'print the report as JSON' },
  },
  run: async (values) => {
    const train = readExamples(values, 'train', DEFAULTS.train);
    const test = readExamples(values, 'test', DEFAULTS.tickets);
    const seed = intOption(values.seed, 'seed') ?? 1;
    process.stderr.write(`training on ${train.length} tickets, testing on ${test.length}\n`);
    const report = evaluateClassifier(train, test, { train: { seed } });
    process.stdout.write(
      values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report)}\n`,
    );
    return 0;
  },
};

export { evalCommand };
