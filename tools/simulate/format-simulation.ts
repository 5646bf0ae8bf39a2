import type { SimulationReport } from './simulate.js';
import { FIXED_BASELINES } from './simulate.js';

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const usd = (x: number) => `$${x.toFixed(3)}`;
const count = (x: number) => x.toFixed(1);

/** The readable summary of a simulation: the loop beside every fixed baseline, error beside automation and cost. */
const describeSimulation = (r: SimulationReport): string => {
  const columns = FIXED_BASELINES.map((t) => r.baselines.fixed[String(t)]!);
  const row = (name: string, own: string, pick: (f: (typeof columns)[number]) => string) =>
    `${name.padEnd(26)}${own.padStart(9)}${columns.map((f) => pick(f).padStart(10)).join('')}`;
  const scenario = [
    r.scenario.drift ? `drift at ${r.scenario.drift.at} on ${(r.scenario.drift.routes ?? []).join('|')}` : '',
    r.scenario.confidence.kind === 'verbalized'
      ? `verbalized confidence (wrong-high ${r.scenario.confidence.wrongHigh})`
      : '',
    r.scenario.newRoutes.length > 0 ? `new routes ${r.scenario.newRoutes.join('|')}` : '',
    r.scenario.llm
      ? `route scorer certified, LLM second opinion (accuracy ${r.scenario.llm.accuracy}, correlation ${r.scenario.llm.correlation}, wrong-high ${r.scenario.llm.wrongHigh}); ${r.scorerVersions.toFixed(1)} scorer versions per seed`
      : '',
  ].filter(Boolean);
  return [
    `target error ${pct(r.targetError)} · ${r.seeds.length} seed(s) · ${r.coldStart ? 'cold start' : 'warm start from --train'}${scenario.length ? ` · ${scenario.join(' · ')}` : ''}`,
    '',
    `${''.padEnd(26)}${'loop'.padStart(9)}${FIXED_BASELINES.map((t) => `fixed ${t}`.padStart(10)).join('')}`,
    row('realized error', pct(r.realizedError), (f) => pct(f.realizedError)),
    row('second-half error', pct(r.secondHalfError), (f) => pct(f.secondHalfError)),
    row('automation', pct(r.automationRate), (f) => pct(f.automationRate)),
    row('automation, last half', pct(r.automationRateLastHalf), (f) => pct(f.automationRateLastHalf)),
    row('wrong auto-resolutions', count(r.wrongAutoResolutions), (f) => count(f.wrongAutoResolutions)),
    ...(r.scenario.drift
      ? [row('wrong after the drift', count(r.wrongAfterDrift), (f) => count(f.wrongAfterDrift))]
      : []),
    row('cost per ticket', usd(r.costPerTicket), (f) => usd(f.costPerTicket)),
    '',
    `oracle coverage (best fixed threshold in hindsight): ${pct(r.oracleCoverage)}; last half reaches ${(100 * r.lastHalfVsOracle).toFixed(0)}% of it`,
    `per-route oracle coverage (each route at its best threshold in hindsight): ${pct(r.perRouteOracleCoverage)}`,
    `all-human cost per ticket: ${usd(r.allHumanCostPerTicket)}`,
    `seeds with realized error at or under target: ${(100 * r.guaranteeHeldRate).toFixed(0)}%`,
  ].join('\n');
};

export { describeSimulation };
