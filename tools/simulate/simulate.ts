import type { RouteConfig, SamplingRates } from '../../lib/domain/route-config/route-config.schema.js';
import { initialRouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { RetuneSettings } from '../../lib/domain/thresholds/plan-route.js';
import type { LabelledExample } from '../data/labelled-csv.js';
import { crossValidate } from '../embedded/cross-validate.js';
import { mulberry32, shuffleInPlace } from '../embedded/prng.js';
import type { TrainOptions } from '../embedded/text-classifier.js';
import { trainTextClassifier } from '../embedded/text-classifier.js';
import { historyObservations } from '../evidence/history-evidence.js';
import type { PeopleSettings } from '../local/simulated-people.js';
import { DEFAULT_PEOPLE } from '../local/simulated-people.js';
import { describeTicket } from '../local/stand-in-features.js';
import type { ReplayedTicket, StreamTicket } from './replay.js';
import { replay } from './replay.js';
import type { ReplayFigures } from './replay-metrics.js';
import { oracleCoverage, perRouteFigures, replayFigures } from './replay-metrics.js';

interface SimulateOptions {
  train: readonly Pick<LabelledExample, 'text' | 'label'>[];
  stream: readonly Pick<LabelledExample, 'text' | 'label'>[];
  taxonomy: Taxonomy;
  settings: RetuneSettings;
  sampling: SamplingRates;
  people?: PeopleSettings;
  seeds: number;
  firstSeed?: number;
  coldStart: boolean;
  retuneEvery: number;
  /** Fixed thresholds of the two baselines: aggressive ("Klarna mode") and conservative. */
  baselines?: { aggressive: number; conservative: number };
  model?: TrainOptions;
  onProgress?: (message: string) => void;
}

interface SeedResult extends ReplayFigures {
  seed: number;
  oracleCoverage: number;
  oracleThreshold: number;
  baselines: { aggressive: ReplayFigures; conservative: ReplayFigures };
}

interface SimulationReport extends Omit<SeedResult, 'seed' | 'oracleThreshold'> {
  targetError: number;
  seeds: SeedResult[];
  /** Share of seeds whose realized error stayed at or under the target. */
  guaranteeHeldRate: number;
  /** Automation over the last half of the stream, as a share of the oracle's coverage. */
  lastHalfVsOracle: number;
  perRoute: ReturnType<typeof perRouteFigures>;
  coldStart: boolean;
}

const fixedConfigs = (taxonomy: Taxonomy, threshold: number): Map<string, RouteConfig> =>
  new Map(
    taxonomy.routes.map((r) => [
      r.id,
      {
        ...initialRouteConfig(r, taxonomy, { explorationRate: 0, auditRate: 0 }),
        mode: r.policy === 'human' ? 'human' : 'auto',
        threshold,
      },
    ]),
  );

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

const meanFigures = (all: readonly ReplayFigures[]): ReplayFigures => ({
  tickets: mean(all.map((f) => f.tickets)),
  autoResolved: mean(all.map((f) => f.autoResolved)),
  realizedError: mean(all.map((f) => f.realizedError)),
  automationRate: mean(all.map((f) => f.automationRate)),
  automationRateLastHalf: mean(all.map((f) => f.automationRateLastHalf)),
  costPerTicket: mean(all.map((f) => f.costPerTicket)),
  allHumanCostPerTicket: mean(all.map((f) => f.allHumanCostPerTicket)),
});

/**
 * `triage simulate`.
 * 1. train the embedded model on the training set and score the stream with it;
 * 2. unless cold-starting, score the training set out-of-fold as first evidence;
 * 3. per seed, shuffle the stream and replay it through the production policy, outcome and retune
 *    code with simulated people; replay the two fixed-threshold baselines on the same order;
 * 4. report the figures per seed and their means, with the oracle's coverage for comparison.
 */
const simulate = async (options: SimulateOptions): Promise<SimulationReport> => {
  const progress = options.onProgress ?? (() => undefined);
  const routeIds = options.taxonomy.routes.map((r) => r.id);
  progress(`training the embedded model on ${options.train.length} labelled tickets`);
  const classifier = trainTextClassifier(options.train, options.model);
  const history = options.coldStart
    ? []
    : (() => {
        progress('scoring the training set out-of-fold as first evidence');
        const scored = crossValidate(options.train, { folds: 5, train: options.model }).outOfFold;
        return historyObservations(scored, options.taxonomy, '2025-12-31T00:00:00.000Z');
      })();
  progress(`scoring ${options.stream.length} stream tickets`);
  const scored = options.stream.map((t) => {
    const prediction = classifier.predictAmong(t.text, routeIds);
    return {
      text: t.text,
      label: t.label,
      classification: {
        route: prediction.label,
        confidence: prediction.confidence,
        ...describeTicket(t.text),
      },
    };
  });
  const baselines = options.baselines ?? { aggressive: 0.5, conservative: 0.95 };
  const seeds: SeedResult[] = [];
  const replayed: ReplayedTicket[] = [];
  const firstSeed = options.firstSeed ?? 1;
  for (let seed = firstSeed; seed < firstSeed + options.seeds; seed += 1) {
    const random = mulberry32(seed);
    const stream: StreamTicket[] = shuffleInPlace([...scored], random).map((t, i) => ({
      ...t,
      ticketId: `s${seed}-${String(i).padStart(6, '0')}`,
    }));
    const common = {
      taxonomy: options.taxonomy,
      stream,
      settings: options.settings,
      sampling: options.sampling,
      people: options.people ?? DEFAULT_PEOPLE,
      retuneEvery: options.retuneEvery,
    };
    const adaptive = await replay({ ...common, history, random });
    replayed.push(...adaptive.tickets);
    const aggressive = await replay({
      ...common,
      history: [],
      random,
      fixed: fixedConfigs(options.taxonomy, baselines.aggressive),
    });
    const conservative = await replay({
      ...common,
      history: [],
      random,
      fixed: fixedConfigs(options.taxonomy, baselines.conservative),
    });
    const oracle = oracleCoverage(adaptive.tickets, options.settings.targetError);
    const figures = replayFigures(adaptive.tickets, options.settings.cost);
    seeds.push({
      seed,
      ...figures,
      oracleCoverage: oracle.coverage,
      oracleThreshold: oracle.threshold,
      baselines: {
        aggressive: replayFigures(aggressive.tickets, options.settings.cost),
        conservative: replayFigures(conservative.tickets, options.settings.cost),
      },
    });
    progress(
      `seed ${seed}: realized error ${(100 * figures.realizedError).toFixed(2)}%, automation ${(100 * figures.automationRate).toFixed(1)}% (last half ${(100 * figures.automationRateLastHalf).toFixed(1)}%), oracle ${(100 * oracle.coverage).toFixed(1)}%`,
    );
  }
  const oracle = mean(seeds.map((s) => s.oracleCoverage));
  const figures = meanFigures(seeds);
  return {
    targetError: options.settings.targetError,
    ...figures,
    oracleCoverage: oracle,
    lastHalfVsOracle: oracle > 0 ? figures.automationRateLastHalf / oracle : 0,
    guaranteeHeldRate:
      seeds.filter((s) => s.realizedError <= options.settings.targetError).length / seeds.length,
    baselines: {
      aggressive: meanFigures(seeds.map((s) => s.baselines.aggressive)),
      conservative: meanFigures(seeds.map((s) => s.baselines.conservative)),
    },
    perRoute: perRouteFigures(replayed),
    coldStart: options.coldStart,
    seeds,
  };
};

export type { SeedResult, SimulateOptions, SimulationReport };
export { simulate };
