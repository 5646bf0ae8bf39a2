import type { ReplayFigures } from '../../tools/simulate/replay-metrics.js';
import type { SimulationReport } from '../../tools/simulate/simulate.js';
import { HOSTILE } from './fixtures.js';

const figures = (automationRate: number, realizedError: number, costPerTicket: number): ReplayFigures => ({
  tickets: 1000,
  autoResolved: 1000 * automationRate,
  realizedError,
  automationRate,
  automationRateLastHalf: automationRate,
  costPerTicket,
  allHumanCostPerTicket: 4.0006,
});

const COST = { llmCostPerTicket: 0.0006, humanCostPerTicket: 4, wrongAutoCost: 25 };

const adaptive = figures(0.4, 0.01, 0.0006 + 0.6 * 4 + 0.4 * 0.01 * 25);

const simulationReport: SimulationReport = {
  ...adaptive,
  oracleCoverage: 0.45,
  baselines: {
    aggressive: figures(0.8, 0.1, 0.0006 + 0.2 * 4 + 0.8 * 0.1 * 25),
    conservative: figures(0.1, 0, 3.6),
  },
  targetError: 0.02,
  seeds: [
    {
      ...adaptive,
      seed: 1,
      oracleCoverage: 0.45,
      oracleThreshold: 0.9,
      baselines: { aggressive: adaptive, conservative: adaptive },
    },
  ],
  guaranteeHeldRate: 1,
  lastHalfVsOracle: 0.9,
  perRoute: {
    late_fee: { tickets: 600, automationRate: 0.6, realizedError: 0.01 },
    [HOSTILE]: { tickets: 400, automationRate: 0, realizedError: 0 },
  },
  coldStart: false,
};

export { COST, simulationReport };
