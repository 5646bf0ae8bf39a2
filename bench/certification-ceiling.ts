/**
 * What a per-route bound can certify at best on the scenario suite's BANKING77 split, against
 * the global hindsight oracle the suite compares automation with:
 *
 *   npx tsx bench/certification-ceiling.ts [--confidence verbalized:wrong-high=P] [--json FILE]
 *
 * Each auto-eligible route at the lowest threshold its bound certifies in hindsight, tested alone
 * (tools/simulate/certification-ceiling.ts): on its own labels only (Clopper–Pearson), with the
 * pool's prior as the retune uses it, and with that prior and every stream ticket labelled as
 * well. The coverage is on the stream. `--confidence` reports the scores as the scenario suite's
 * verbalized confidence does (history and stream alike, one fixed draw per ticket). Skips with a
 * message when ../shared is absent.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../lib/domain/settings.schema.js';
import type { Label } from '../lib/domain/thresholds/route-test.js';
import { crossValidate } from '../tools/embedded/cross-validate.js';
import { mulberry32 } from '../tools/embedded/prng.js';
import { trainTextClassifier } from '../tools/embedded/text-classifier.js';
import { BANKING77 } from '../tools/local/sample-data.js';
import type { PopulationTicket } from '../tools/simulate/certification-ceiling.js';
import { certificationCeiling } from '../tools/simulate/certification-ceiling.js';
import { oracleCoverage } from '../tools/simulate/replay-metrics.js';
import { parseConfidenceSpec } from '../tools/simulate/scenario.schema.js';
import { verbalize } from '../tools/simulate/stage-stream.js';
import { deriveTaxonomy } from '../tools/taxonomy/derive-taxonomy.js';
import { scenarioSplit } from './scenario-split.js';

const { values } = parseArgs({
  options: { json: { type: 'string' }, confidence: { type: 'string' } },
  strict: true,
});
const confidence = parseConfidenceSpec(values.confidence ?? 'calibrated');
if (!existsSync(BANKING77.train)) {
  process.stdout.write(`skipped: ${BANKING77.train} is not there (BANKING77 lives in ../shared)\n`);
  process.exit(0);
}
const log = (m: string) => process.stderr.write(`${m}\n`);
const { stream, train, policy } = scenarioSplit();
const taxonomy = deriveTaxonomy(train, policy, 'banking77');
const routeIds = taxonomy.routes.map((r) => r.id);
const auto = new Set(taxonomy.routes.filter((r) => r.policy === 'auto').map((r) => r.id));
const teams = new Map(taxonomy.routes.map((r) => [r.id, r.team]));

/** The score as the scenario reports it: the probability, or its verbalized level (one draw per key). */
const reported = (probability: number, right: boolean, key: number) =>
  confidence.kind === 'calibrated'
    ? probability
    : verbalize(probability, right, confidence.wrongHigh, mulberry32(key));

log(`training the embedded model on ${train.length} labelled tickets and scoring ${stream.length}`);
const classifier = trainTextClassifier(train);
const scored = stream.map((t, i) => {
  const p = classifier.predictAmong(t.text, routeIds);
  return {
    route: p.label,
    score: reported(p.confidence, p.label === t.label, 1_000_000 + i),
    wrong: p.label !== t.label,
  };
});
log('scoring the training set out-of-fold, as the history');
const history = crossValidate(train, { folds: 5 }).outOfFold.map((s, i) => ({
  route: s.predicted,
  score: reported(s.confidence, s.predicted === s.label, i + 1),
  wrong: s.predicted !== s.label,
}));

const byRoute = (tickets: readonly PopulationTicket[]) => {
  const labels = new Map<string, Label[]>();
  for (const t of tickets) {
    if (!auto.has(t.route)) continue;
    const list = labels.get(t.route) ?? [];
    list.push({ score: t.score, correct: !t.wrong });
    labels.set(t.route, list);
  }
  return labels;
};

/** The suite's global oracle (replay-metrics.ts) on these tickets: candidates are the auto-eligible routes. */
const globalOracle = (population: readonly PopulationTicket[], target: number) =>
  oracleCoverage(
    population.map((t) => ({
      label: t.wrong ? `not ${t.route}` : t.route,
      predicted: t.route,
      confidence: t.score,
      auto: false,
      candidate: auto.has(t.route),
      afterDrift: false,
    })),
    target,
  ).coverage;

const settings = {
  targetError: DEFAULTS.retune.targetError,
  delta: DEFAULTS.retune.delta,
  minOwnLabels: DEFAULTS.retune.minSamples,
};
const oracle = globalOracle(scored, settings.targetError);
const rows = [
  { name: 'own labels only (Clopper–Pearson), history', labels: byRoute(history), maxPriorStrength: 0 },
  {
    name: 'with the pool prior, history',
    labels: byRoute(history),
    maxPriorStrength: DEFAULTS.retune.maxPriorStrength,
  },
  {
    name: 'with the pool prior, history + every stream ticket labelled',
    labels: byRoute([...history, ...scored]),
    maxPriorStrength: DEFAULTS.retune.maxPriorStrength,
  },
].map(({ name, labels, maxPriorStrength }) => {
  const ceiling = certificationCeiling(labels, teams, scored, { ...settings, maxPriorStrength });
  return {
    name,
    routes: ceiling.thresholds.size,
    coverage: ceiling.coverage,
    vsOracle: oracle > 0 ? ceiling.coverage / oracle : 0,
    error: ceiling.error,
  };
});
const result = { confidence, autoRoutes: auto.size, globalOracleCoverage: oracle, ceilings: rows };
for (const r of rows)
  log(
    `${r.name}: ${r.routes} of ${auto.size} routes, coverage ${(100 * r.coverage).toFixed(1)}% (${r.vsOracle.toFixed(3)} of the oracle's ${(100 * oracle).toFixed(1)}%), error ${(100 * r.error).toFixed(2)}%`,
  );
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
