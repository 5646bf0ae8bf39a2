import { writeFileSync } from 'node:fs';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { DEFAULT_SAMPLING } from '../../lib/domain/route-config/route-config.schema.js';
import { deriveTaxonomy, readPolicyCsv, toRouteId } from '../../tools/taxonomy/derive-taxonomy.js';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import { DEFAULT_PEOPLE } from '../../tools/local/simulated-people.js';
import { simulateReportData } from '../../tools/report/simulate-report-data.js';
import { writeReport } from '../../tools/report/write-report.js';
import type { SimulationReport } from '../../tools/simulate/simulate.js';
import { simulate } from '../../tools/simulate/simulate.js';
import type { CommandSpec } from './command.js';
import { DEFAULTS, intOption, numberOption, UsageError } from './command.js';

/** The cost model of the replay; the report splits cost per ticket by the same figures. */
const COST = { llmCostPerTicket: 0.0006, humanCostPerTicket: 4, wrongAutoCost: 25 };

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const usd = (x: number) => `$${x.toFixed(3)}`;

const describe = (r: SimulationReport): string =>
  [
    `target error ${pct(r.targetError)} · ${r.seeds.length} seed(s) · ${r.coldStart ? 'cold start' : 'warm start from --train'}`,
    '',
    `                         adaptive    aggressive  conservative`,
    `realized error           ${pct(r.realizedError).padStart(8)}    ${pct(r.baselines.aggressive.realizedError).padStart(8)}    ${pct(r.baselines.conservative.realizedError).padStart(8)}`,
    `automation               ${pct(r.automationRate).padStart(8)}    ${pct(r.baselines.aggressive.automationRate).padStart(8)}    ${pct(r.baselines.conservative.automationRate).padStart(8)}`,
    `automation, last half    ${pct(r.automationRateLastHalf).padStart(8)}    ${pct(r.baselines.aggressive.automationRateLastHalf).padStart(8)}    ${pct(r.baselines.conservative.automationRateLastHalf).padStart(8)}`,
    `cost per ticket          ${usd(r.costPerTicket).padStart(8)}    ${usd(r.baselines.aggressive.costPerTicket).padStart(8)}    ${usd(r.baselines.conservative.costPerTicket).padStart(8)}`,
    '',
    `oracle coverage (best fixed threshold in hindsight): ${pct(r.oracleCoverage)}; last half reaches ${(100 * r.lastHalfVsOracle).toFixed(0)}% of it`,
    `all-human cost per ticket: ${usd(r.allHumanCostPerTicket)}`,
    `seeds with realized error at or under target: ${(100 * r.guaranteeHeldRate).toFixed(0)}%`,
  ].join('\n');

const simulateCommand: CommandSpec = {
  name: 'simulate',
  summary:
    'Replay a labelled stream through the real policy, outcome and retune code, with simulated people.',
  usage:
    'triage simulate --train FILE --stream FILE [--target-error 0.02] [--seeds N] [--cold-start] [--json] [--report FILE]',
  options: {
    train: { type: 'string', description: `labelled CSV the model learns from (default ${DEFAULTS.train})` },
    stream: {
      type: 'string',
      description: `labelled CSV replayed as live tickets (default ${DEFAULTS.tickets})`,
    },
    taxonomy: {
      type: 'string',
      description: 'taxonomy JSON (default: the sample taxonomy, or one derived with --policy)',
    },
    policy: {
      type: 'string',
      description: 'derive the taxonomy from the --train labels with this policy CSV',
    },
    'target-error': {
      type: 'string',
      description: 'error rate to bound among auto-resolutions (default 0.02)',
    },
    seeds: { type: 'string', description: 'replays with different orders and draws (default 1)' },
    'cold-start': {
      type: 'boolean',
      description: 'no first evidence from --train: every route starts in shadow mode',
    },
    exploration: {
      type: 'string',
      description: `exploration holdout rate (default ${DEFAULT_SAMPLING.explorationRate})`,
    },
    'retune-every': { type: 'string', description: 'tickets between retunes (default 100)' },
    'agent-accuracy': {
      type: 'string',
      description: `how often a simulated agent names the right route (default ${DEFAULT_PEOPLE.agentAccuracy}); label noise near the target error makes it uncertifiable`,
    },
    json: { type: 'boolean', description: 'print the report as JSON' },
    out: { type: 'string', description: 'also write the JSON report here' },
    report: { type: 'string', description: 'write a self-contained HTML operator report with charts here' },
  },
  run: async (values) => {
    const train = readLabelledCsv((values.train as string | undefined) ?? DEFAULTS.train).map((e) => ({
      ...e,
      label: toRouteId(e.label),
    }));
    const stream = readLabelledCsv((values.stream as string | undefined) ?? DEFAULTS.tickets).map((e) => ({
      ...e,
      label: toRouteId(e.label),
    }));
    if (values.policy !== undefined && values.taxonomy !== undefined) {
      throw new UsageError('give --taxonomy or --policy, not both');
    }
    const taxonomy =
      values.policy !== undefined
        ? deriveTaxonomy(train, readPolicyCsv(values.policy as string))
        : loadTaxonomy((values.taxonomy as string | undefined) ?? DEFAULTS.taxonomy);
    const targetError = numberOption(values['target-error'], 'target-error', 0, 1) ?? 0.02;
    const report = await simulate({
      train,
      stream,
      taxonomy,
      settings: {
        targetError,
        delta: 0.05,
        minSamples: 30,
        maxStepDown: 0.1,
        cost: COST,
      },
      sampling: {
        explorationRate:
          numberOption(values.exploration, 'exploration', 0, 1) ?? DEFAULT_SAMPLING.explorationRate,
        auditRate: DEFAULT_SAMPLING.auditRate,
      },
      people: {
        ...DEFAULT_PEOPLE,
        agentAccuracy:
          numberOption(values['agent-accuracy'], 'agent-accuracy', 0, 1.000001) ??
          DEFAULT_PEOPLE.agentAccuracy,
      },
      seeds: intOption(values.seeds, 'seeds') ?? 1,
      coldStart: values['cold-start'] === true,
      retuneEvery: intOption(values['retune-every'], 'retune-every') ?? 100,
      onProgress: (m) => process.stderr.write(`${m}\n`),
    });
    if (values.report) {
      writeReport(values.report as string, simulateReportData(report, COST));
      process.stderr.write(`report written to ${values.report as string}\n`);
    }
    if (values.out) writeFileSync(values.out as string, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${describe(report)}\n`);
    return 0;
  },
};

export { simulateCommand };
