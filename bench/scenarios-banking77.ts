/**
 * The earned-automation scenarios on BANKING77, each against the fixed-threshold baselines:
 *
 *   npx tsx bench/scenarios-banking77.ts [--only stationary,relabel,swap,verbalized,verbalized-high,new-routes,out-of-scope]
 *                                        [--seeds N] [--json FILE] [--wrong-auto-cost USD] [--llm SPEC]
 *                                        [--route-cap C]
 *
 * The split is fixed (a seeded shuffle of ../shared train.csv: 3,080 tickets are the stream, the
 * rest train the model and are its scored history); the seeds vary the stream's order, the drift's
 * draws and every sampling draw. The same `simulate` the CLI runs, with the product's defaults.
 * `--wrong-auto-cost` prices a wrong auto-resolution (default: the break-even, human cost / target),
 * to show how much automation the price itself holds back. `--llm accuracy=A,correlation=R,wrong-high=P`
 * runs every scenario with the route scorer certified and a simulated LLM as its second opinion
 * (`triage simulate --llm`). `--route-cap` sets each route's cap on its own error (default 5%). Skips with a message when ../shared is
 * absent.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mulberry32, shuffleInPlace } from '../lib/domain/scorer/prng.js';
import { DEFAULTS } from '../lib/domain/settings.schema.js';
import type { LabelledExample } from '../tools/data/labelled-csv.js';
import { BANKING77 } from '../tools/local/sample-data.js';
import { percent } from '../tools/report/percent.js';
import { parseConfidenceSpec, parseDriftSpec, parseLlmSpec } from '../tools/simulate/scenario.schema.js';
import type { SimulateOptions, SimulationReport } from '../tools/simulate/simulate.js';
import { simulate } from '../tools/simulate/simulate.js';
import { deriveTaxonomy } from '../tools/taxonomy/derive-taxonomy.js';
import { scenarioSplit } from './scenario-split.js';

const SCENARIOS = [
  'stationary',
  'relabel',
  'swap',
  'verbalized',
  'verbalized-high',
  'new-routes',
  'out-of-scope',
] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    seeds: { type: 'string' },
    json: { type: 'string' },
    'wrong-auto-cost': { type: 'string' },
    llm: { type: 'string' },
    'route-cap': { type: 'string' },
  },
  strict: true,
});
const only = (values.only?.split(',') ?? [...SCENARIOS]) as Scenario[];
const unknown = only.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
if (unknown.length > 0) throw new Error(`--only takes ${SCENARIOS.join(', ')}; not ${unknown.join(', ')}`);
const wrongAutoCost = Number(values['wrong-auto-cost'] ?? DEFAULTS.cost.wrongAutoCost);
if (!(wrongAutoCost >= 0)) throw new Error(`--wrong-auto-cost takes a non-negative number of USD`);
const routeCap = Number(values['route-cap'] ?? DEFAULTS.retune.routeCap);
if (!(routeCap >= DEFAULTS.retune.targetError && routeCap < 0.5))
  throw new Error(`--route-cap takes a number from the target (${DEFAULTS.retune.targetError}) to under 0.5`);
const llm = values.llm === undefined ? undefined : parseLlmSpec(values.llm);

if (!existsSync(BANKING77.train)) {
  process.stdout.write(`skipped: ${BANKING77.train} is not there (BANKING77 lives in ../shared)\n`);
  process.exit(0);
}

const log = (m: string) => process.stderr.write(`${m}\n`);
const split = scenarioSplit();
const { rows, policy } = split;

/** Auto-eligible routes ordered by stream volume, so drifts hit routes that matter. */
const busiestAuto = (stream: readonly LabelledExample[], autoRoutes: ReadonlySet<string>) => {
  const volume = new Map<string, number>();
  for (const t of stream) if (autoRoutes.has(t.label)) volume.set(t.label, (volume.get(t.label) ?? 0) + 1);
  return [...volume].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
};

interface Setup {
  train: LabelledExample[];
  stream: LabelledExample[];
  extra: Partial<SimulateOptions>;
  seeds: number;
  /** What the scenario's figure of merit is about. */
  focus?: string[];
}

const setup = (scenario: Scenario): Setup => {
  const { stream, train } = split;
  const taxonomy = deriveTaxonomy(train, policy, 'banking77');
  const auto = busiestAuto(
    stream,
    new Set(taxonomy.routes.filter((r) => r.policy === 'auto').map((r) => r.id)),
  );
  const seeds = Number(values.seeds ?? (scenario === 'stationary' ? 10 : 5));
  switch (scenario) {
    case 'stationary':
      return { train, stream, extra: {}, seeds };
    case 'relabel': {
      const routes = auto.slice(0, 3);
      return {
        train,
        stream,
        extra: { drift: parseDriftSpec(`at=0.5,routes=${routes.join('|')},relabel=0.5,volume=10`) },
        seeds,
        focus: routes,
      };
    }
    case 'swap': {
      const routes = auto.slice(0, 2);
      return {
        train,
        stream,
        extra: { drift: parseDriftSpec(`at=0.5,swap=${routes.join('|')},volume=10`) },
        seeds,
        focus: routes,
      };
    }
    case 'verbalized':
      return {
        train,
        stream,
        extra: { confidence: parseConfidenceSpec('verbalized:wrong-high=0.3') },
        seeds,
      };
    case 'verbalized-high':
      return {
        train,
        stream,
        extra: { confidence: parseConfidenceSpec('verbalized:wrong-high=0.8') },
        seeds,
      };
    case 'new-routes': {
      const routes = auto.slice(3, 6);
      return { train, stream, extra: { newRoutes: routes }, seeds, focus: routes };
    }
    case 'out-of-scope': {
      // About a tenth of the tickets belong to intents the taxonomy does not have: the model never
      // learns them, and people label them out of scope.
      const labels = [...new Set(rows.map((r) => r.label))].sort();
      const outside = new Set(shuffleInPlace(labels, mulberry32(5)).slice(0, 8));
      return {
        train: train.filter((t) => !outside.has(t.label)),
        stream: stream.map((t) => (outside.has(t.label) ? { ...t, label: 'out_of_scope' } : t)),
        extra: {},
        seeds,
      };
    }
  }
};

const focusFigures = (report: SimulationReport, routes: readonly string[] | undefined) => {
  if (!routes) return undefined;
  const picked = routes.map((r) => report.perRoute[r] ?? { tickets: 0, autoResolved: 0, wrong: 0 });
  const auto = picked.reduce((s, r) => s + r.autoResolved, 0);
  const wrong = picked.reduce((s, r) => s + r.wrong, 0);
  return { routes, autoResolved: auto, wrong, error: auto === 0 ? 0 : wrong / auto };
};

const results: Record<string, unknown> = {};
for (const scenario of only) {
  const s = setup(scenario);
  const taxonomy = deriveTaxonomy(s.train, policy, 'banking77');
  log(`${scenario}: ${s.seeds} seed(s)`);
  const started = performance.now();
  const report = await simulate({
    train: s.train,
    stream: s.stream,
    taxonomy,
    settings: { ...DEFAULTS.retune, routeCap, cost: { ...DEFAULTS.cost, wrongAutoCost } },
    sampling: DEFAULTS.sampling,
    seeds: s.seeds,
    coldStart: false,
    retuneEvery: 100,
    ...s.extra,
    ...(llm ? { llm } : {}),
    onProgress: (m) => log(`  ${m}`),
  });
  const fixed = report.baselines.fixed;
  const summary = {
    seeds: report.seeds.length,
    wrongAutoCost,
    realizedError: report.realizedError,
    seedsAtOrUnderTarget: report.guaranteeHeldRate,
    worstSeedError: Math.max(...report.seeds.map((x) => x.realizedError)),
    secondHalfError: report.secondHalfError,
    automationRate: report.automationRate,
    automationRateLastHalf: report.automationRateLastHalf,
    oracleCoverage: report.oracleCoverage,
    lastHalfVsOracle: report.lastHalfVsOracle,
    perRouteOracleCoverage: report.perRouteOracleCoverage,
    wrongAutoResolutions: report.wrongAutoResolutions,
    wrongAfterDrift: report.wrongAfterDrift,
    costPerTicket: report.costPerTicket,
    ...(llm ? { llm, scorerVersions: report.scorerVersions } : {}),
    focus: focusFigures(report, s.focus),
    fixed,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  results[scenario] = summary;
  log(
    `${scenario}: error ${percent(summary.realizedError)} (2nd half ${percent(summary.secondHalfError)}), seeds under target ${percent(summary.seedsAtOrUnderTarget)}, automation ${percent(summary.automationRate)} (last half ${percent(summary.automationRateLastHalf)}, ${summary.lastHalfVsOracle.toFixed(3)} of oracle), wrong after drift ${summary.wrongAfterDrift.toFixed(1)} vs fixed 0.9 ${fixed['0.9']?.wrongAfterDrift.toFixed(1)}; fixed 0.9 error ${percent(fixed['0.9']?.realizedError ?? 0)}`,
  );
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
