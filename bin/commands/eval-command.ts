import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import { evaluateClassifier } from '../../tools/eval/evaluate-classifier.js';
import { formatEvalReport } from '../../tools/eval/format-eval.js';
import { DEFAULTS, defineCommand } from './command.js';
import { readFlagFile } from './file-args.js';
import { option } from './options.js';

const evalCommand = defineCommand({
  name: 'eval',
  summary: 'Train the embedded classifier on labelled tickets and measure it on others.',
  usage: 'triage eval [--train FILE] [--test FILE] [--seed N] [--json]',
  options: {
    train: option.file('labelled CSV (text + category|label|intent) to train on', DEFAULTS.train),
    test: option.file(
      'labelled CSV to measure on; labels missing from --train count as errors',
      DEFAULTS.tickets,
    ),
    seed: option.positiveInt('seed of the training', 1),
    json: option.flag('print the report as JSON'),
  },
  run: async ({ values, io }) => {
    const train = readFlagFile('train', values.train, readLabelledCsv);
    const test = readFlagFile('test', values.test, readLabelledCsv);
    io.stderr.write(`training on ${train.length} tickets, testing on ${test.length}\n`);
    const report = evaluateClassifier(train, test, { train: { seed: values.seed } });
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report)}\n`);
    return 0;
  },
});

export { evalCommand };
