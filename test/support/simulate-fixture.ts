import type { ReplayFigures } from '../../tools/simulate/replay-metrics.js';
import type { BaselineFigures, SimulationReport } from '../../tools/simulate/simulate.js';
import { HOSTILE } from './report-fixtures.js';

const figures = (automationRate: number, realizedError: number, costPerTicket: number): ReplayFigures => ({
  tickets: 1000,
  autoResolved: 1000 * automationRate,
  realizedError,
  automationRate,
  automationRateLastHalf: automationRate,
  secondHalfError: realizedError,
  wrongAutoResolutions: Math.round(1000 * automationRate * realizedError),
  wrongAfterDrift: 0,
  costPerTicket,
  allHumanCostPerTicket: 4.0006,
});

const baseline = ({
  tickets,
  autoResolved,
  allHumanCostPerTicket,
  ...rest
}: ReplayFigures): BaselineFigures => rest;

const COST = { llmCostPerTicket: 0.0006, humanCostPerTicket: 4, wrongAutoCost: 25 };

const adaptive = figures(0.4, 0.01, 0.0006 + 0.6 * 4 + 0.4 * 0.01 * 25);
const fixed = {
  '0.5': figures(0.8, 0.1, 0.0006 + 0.2 * 4 + 0.8 * 0.1 * 25),
  '0.8': figures(0.6, 0.05, 0.0006 + 0.4 * 4 + 0.6 * 0.05 * 25),
  '0.9': figures(0.3, 0.02, 0.0006 + 0.7 * 4 + 0.3 * 0.02 * 25),
  '0.95': figures(0.1, 0, 3.6),
};

const simulationReport: SimulationReport = {
  ...adaptive,
  oracleCoverage: 0.45,
  perRouteOracleCoverage: 0.5,
  baselines: { fixed: Object.fromEntries(Object.entries(fixed).map(([t, f]) => [t, baseline(f)])) },
  targetError: 0.02,
  seeds: [
    {
      ...adaptive,
      seed: 1,
      scorerVersions: 0,
      oracleCoverage: 0.45,
      oracleThreshold: 0.9,
      perRouteOracleCoverage: 0.5,
      baselines: { fixed },
    },
  ],
  guaranteeHeldRate: 1,
  lastHalfVsOracle: 0.9,
  perRoute: {
    late_fee: { tickets: 600, autoResolved: 360, wrong: 4 },
    [HOSTILE]: { tickets: 400, autoResolved: 0, wrong: 0 },
  },
  coldStart: false,
  scorerVersions: 0,
  scenario: { confidence: { kind: 'calibrated' }, newRoutes: [] },
};

export { COST, simulationReport };
