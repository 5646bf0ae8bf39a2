import { writeFileSync } from 'node:fs';
import { breakEvenWrongAutoCost, DEFAULTS } from '../../lib/domain/settings.schema.js';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import { DEFAULT_PEOPLE } from '../../tools/local/simulated-people.js';
import { simulateReportData } from '../../tools/report/simulate-report-data.js';
import { writeReport } from '../../tools/report/write-report.js';
import { describeSimulation } from '../../tools/simulate/format-simulation.js';
import { parseConfidenceSpec, parseDriftSpec, parseLlmSpec } from '../../tools/simulate/scenario.schema.js';
import { simulate } from '../../tools/simulate/simulate.js';
import { toRouteId } from '../../tools/taxonomy/derive-taxonomy.js';
import { defineCommand, DEFAULTS as FILES, UsageError } from './command.js';
import { readFlagFile } from './file-args.js';
import { option } from './options.js';
import { resolveTaxonomy } from './taxonomy-args.js';

const routeList = (raw: string) => {
  const routes = raw.split('|').map((r) => r.trim());
  if (routes.some((r) => r === '')) throw new Error(`"${raw}" is not a list of route ids a|b|c`);
  return routes;
};

const simulateCommand = defineCommand({
  name: 'simulate',
  summary:
    'Replay a labelled stream through the real policy, outcome and retune code, with simulated people.',
  usage:
    'triage simulate [--train FILE] [--stream FILE] [--target-error X] [--seeds N] [--cold-start] [--drift SPEC] [--confidence SPEC] [--llm SPEC] [--new-route a|b] [--tickets-per-hour N] [--json] [--report FILE]',
  options: {
    train: option.file('labelled CSV the model learns from', FILES.train),
    stream: option.file('labelled CSV replayed as live tickets', FILES.tickets),
    taxonomy: option.optionalFile(
      'taxonomy JSON (default: the sample taxonomy when the --train labels are its own, else one derived from them with every route auto-eligible)',
    ),
    policy: option.optionalFile('derive the taxonomy from the --train labels with this policy CSV'),
    'target-error': option.between(
      'error rate to bound among auto-resolutions',
      [0, 1],
      DEFAULTS.retune.targetError,
    ),
    seeds: option.positiveInt('replays with different orders and draws', 1),
    'cold-start': option.flag('no first evidence from --train: every route starts in shadow mode'),
    exploration: option.between('exploration holdout rate', [0, 1], DEFAULTS.sampling.explorationRate),
    'retune-every': option.positiveInt('tickets between retunes, when --tickets-per-hour is not given', 100),
    'tickets-per-hour': option.positiveInt(
      'run a clock: tickets arrive at this rate, the retune runs every --retune-every-minutes, and windows roll as in production',
      undefined,
    ),
    'retune-every-minutes': option.positiveInt('minutes between retunes on the clock', 60),
    drift: option.spec(
      'from a point in the stream, change what is true for some routes: at=F (default 0.5), routes=a|b with relabel=P, or swap=a|b, and volume=K',
      'SPEC',
      parseDriftSpec,
    ),
    confidence: option.spec(
      'the confidence the policy sees: calibrated (default) or verbalized:wrong-high=P (an LLM-like coarse, overconfident number)',
      'SPEC',
      parseConfidenceSpec,
    ),
    llm: option.spec(
      "a route scorer trained on the loop's own labels is certified, with a simulated LLM as second opinion: accuracy=A (overall), correlation=R (share of the reference model's wrong routes it repeats), wrong-high=P (its verbalized confidence)",
      'SPEC',
      parseLlmSpec,
    ),
    'new-route': option.spec(
      'routes with no first evidence from --train, as if just added',
      'a|b',
      routeList,
    ),
    'human-cost': option.between(
      'cost of a ticket handled by a person (USD)',
      [0, 1_000_000],
      DEFAULTS.cost.humanCostPerTicket,
    ),
    'wrong-auto-cost': option.between(
      'cost of a wrong auto-resolution (USD); default: human cost / target error, so the target is the break-even',
      [0, 1_000_000_000],
      undefined,
    ),
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
    const known = new Set(taxonomy.routes.map((r) => r.id));
    const named = [...(values.drift?.routes ?? []), ...(values['new-route'] ?? [])];
    const unknown = named.filter((r) => !known.has(r));
    if (unknown.length > 0)
      throw new UsageError(
        `unknown route ${unknown.map((r) => `"${r}"`).join(', ')} in --drift or --new-route`,
      );
    const cost = {
      llmCostPerTicket: DEFAULTS.cost.llmCostPerTicket,
      humanCostPerTicket: values['human-cost'],
      wrongAutoCost:
        values['wrong-auto-cost'] ?? breakEvenWrongAutoCost(values['human-cost'], values['target-error']),
    };
    const report = await simulate({
      train,
      stream,
      taxonomy,
      settings: {
        ...DEFAULTS.retune,
        targetError: values['target-error'],
        cost,
      },
      sampling: { explorationRate: values.exploration, auditRate: DEFAULTS.sampling.auditRate },
      people: { ...DEFAULT_PEOPLE, agentAccuracy: values['agent-accuracy'] },
      seeds: values.seeds,
      coldStart: values['cold-start'],
      retuneEvery: values['retune-every'],
      ...(values['tickets-per-hour']
        ? {
            clock: {
              ticketsPerHour: values['tickets-per-hour'],
              retuneEveryMinutes: values['retune-every-minutes'],
            },
          }
        : {}),
      ...(values.drift ? { drift: values.drift } : {}),
      ...(values.confidence ? { confidence: values.confidence } : {}),
      ...(values.llm ? { llm: values.llm } : {}),
      ...(values['new-route'] ? { newRoutes: values['new-route'] } : {}),
      onProgress: log,
    });
    if (values.report) {
      writeReport(values.report, simulateReportData(report, cost));
      log(`report written to ${values.report}`);
    }
    if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${describeSimulation(report)}\n`);
    return 0;
  },
});

export { simulateCommand };
