/**
 * The feedback loop on BANKING77: train the embedded model on part of ../shared train.csv and
 * replay the rest as a live stream through the production policy, outcome and retune code.
 *
 *   npx tsx bench/simulate-banking77.ts [--seeds 20] [--stream 3080] [--cold-start] [--exploration 0.05]
 *                                       [--agent-accuracy 0.995] [--json FILE]
 *
 * The split is fixed (seeded shuffle, the first --stream rows are the stream); the seeds vary the
 * stream's order and every sampling draw. Skips with a message when ../shared is absent.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mulberry32, shuffleInPlace } from '../lib/domain/scorer/prng.js';
import { DEFAULTS } from '../lib/domain/settings.schema.js';
import { readLabelledCsv } from '../tools/data/labelled-csv.js';
import { BANKING77 } from '../tools/local/sample-data.js';
import { DEFAULT_PEOPLE } from '../tools/local/simulated-people.js';
import { percent } from '../tools/report/percent.js';
import { simulate } from '../tools/simulate/simulate.js';
import { deriveTaxonomy, readPolicyCsv } from '../tools/taxonomy/derive-taxonomy.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string' },
    stream: { type: 'string' },
    'cold-start': { type: 'boolean' },
    exploration: { type: 'string' },
    'agent-accuracy': { type: 'string' },
    json: { type: 'string' },
  },
});

if (!existsSync(BANKING77.train)) {
  process.stdout.write(`skipped: ${BANKING77.train} is not there (BANKING77 lives in ../shared)\n`);
  process.exit(0);
}

const rows = shuffleInPlace(readLabelledCsv(BANKING77.train), mulberry32(77));
const streamSize = Number(values.stream ?? 3080);
const stream = rows.slice(0, streamSize);
const train = rows.slice(streamSize);
const report = await simulate({
  train,
  stream,
  taxonomy: deriveTaxonomy(train, readPolicyCsv(BANKING77.policy), 'banking77'),
  settings: { ...DEFAULTS.retune, cost: DEFAULTS.cost },
  sampling: {
    ...DEFAULTS.sampling,
    explorationRate: Number(values.exploration ?? DEFAULTS.sampling.explorationRate),
  },
  people: {
    ...DEFAULT_PEOPLE,
    agentAccuracy: Number(values['agent-accuracy'] ?? DEFAULT_PEOPLE.agentAccuracy),
  },
  seeds: Number(values.seeds ?? 20),
  coldStart: values['cold-start'] === true,
  retuneEvery: 100,
  onProgress: (m) => process.stderr.write(`${m}\n`),
});
const summary = {
  train: train.length,
  stream: stream.length,
  seeds: report.seeds.length,
  coldStart: report.coldStart,
  realizedError: percent(report.realizedError),
  worstSeedError: percent(Math.max(...report.seeds.map((s) => s.realizedError))),
  seedsAtOrUnderTarget: percent(report.guaranteeHeldRate),
  seedsAtOrUnder2_5: percent(
    report.seeds.filter((s) => s.realizedError <= 0.025).length / report.seeds.length,
  ),
  automationRate: percent(report.automationRate),
  automationRateLastHalf: percent(report.automationRateLastHalf),
  oracleCoverage: percent(report.oracleCoverage),
  lastHalfVsOracle: report.lastHalfVsOracle.toFixed(3),
  costPerTicket: report.costPerTicket.toFixed(3),
  allHumanCostPerTicket: report.allHumanCostPerTicket.toFixed(3),
  baselines: Object.fromEntries(
    Object.entries(report.baselines.fixed).map(([t, f]) => [
      t,
      {
        realizedError: percent(f.realizedError),
        automationRate: percent(f.automationRate),
        costPerTicket: f.costPerTicket.toFixed(3),
      },
    ]),
  ),
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
if (values.json) writeFileSync(values.json, `${JSON.stringify({ summary, report }, null, 2)}\n`);
