import { writeFileSync } from 'node:fs';
import { DEFAULT_SAMPLING } from '../../lib/domain/route-config/route-config.schema.js';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import { DEFAULT_PEOPLE } from '../../tools/local/simulated-people.js';
import { simulateReportData } from '../../tools/report/simulate-report-data.js';
import { writeReport } from '../../tools/report/write-report.js';
import { describeSimulation } from '../../tools/simulate/format-simulation.js';
import { simulate } from '../../tools/simulate/simulate.js';
import { toRouteId } from '../../tools/taxonomy/derive-taxonomy.js';
import { DEFAULTS, defineCommand } from './command.js';
import { readFlagFile } from './file-args.js';
import { option } from './options.js';
import { resolveTaxonomy } from './taxonomy-args.js';

/** The cost model of the replay; the report splits cost per ticket by the same figures. */
const COST = { llmCostPerTicket: 0.0006, humanCostPerTicket: 4, wrongAutoCost: 25 };

const simulateCommand = defineCommand({
  name: 'simulate',
  summary:
    'Replay a labelled stream through the real policy, outcome and retune code, with simulated people.',
  usage:
    'triage simulate [--train FILE] [--stream FILE] [--target-error X] [--seeds N] [--cold-start] [--json] [--report FILE]',
  options: {
    train: option.file('labelled CSV the model learns from', DEFAULTS.train),
    stream: option.file('labelled CSV replayed as live tickets', DEFAULTS.tickets),
    taxonomy: option.optionalFile(
      'taxonomy JSON (default: the sample taxonomy when the --train labels are its own, else one derived from them with every route auto-eligible)',
    ),
    policy: option.optionalFile('derive the taxonomy from the --train labels with this policy CSV'),
    'target-error': option.between('error rate to bound among auto-resolutions', [0, 1], 0.02),
    seeds: option.positiveInt('replays with different orders and draws', 1),
    'cold-start': option.flag('no first evidence from --train: every route starts in shadow mode'),
    exploration: option.between('exploration holdout rate', [0, 1], DEFAULT_SAMPLING.explorationRate),
    'retune-every': option.positiveInt('tickets between retunes', 100),
    'agent-accuracy': option.between(
      'how often a simulated agent names the right route; label noise near the target error makes it uncertifiable',
      [0, 1.000001],
      DEFAULT_PEOPLE.agentAccuracy,
    ),
    json: option.flag('print the report as JSON'),
    out: option.optionalFile('also write the JSON report here'),
    report: option.optionalFile('write a self-contained HTML operator report with charts here'),
  },
  run: async ({ values, io }) => {
    const log = (m: string) => io.stderr.write(`${m}\n`);
    const rawTrain = readFlagFile('train', values.train, readLabelledCsv);
    const train = rawTrain.map((e) => ({ ...e, label: toRouteId(e.label) }));
    const stream = readFlagFile('stream', values.stream, readLabelledCsv).map((e) => ({
      ...e,
      label: toRouteId(e.label),
    }));
    const { taxonomy } = resolveTaxonomy(values, values.policy === undefined ? train : rawTrain, log);
    const report = await simulate({
      train,
      stream,
      taxonomy,
      settings: {
        targetError: values['target-error'],
        delta: 0.05,
        minSamples: 30,
        maxStepDown: 0.1,
        cost: COST,
      },
      sampling: { explorationRate: values.exploration, auditRate: DEFAULT_SAMPLING.auditRate },
      people: { ...DEFAULT_PEOPLE, agentAccuracy: values['agent-accuracy'] },
      seeds: values.seeds,
      coldStart: values['cold-start'],
      retuneEvery: values['retune-every'],
      onProgress: log,
    });
    if (values.report) {
      writeReport(values.report, simulateReportData(report, COST));
      log(`report written to ${values.report}`);
    }
    if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${describeSimulation(report)}\n`);
    return 0;
  },
});

export { simulateCommand };
