import type { RouteConfig, SamplingRates } from '../../lib/domain/route-config/route-config.schema.js';
import { initialRouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { RetuneSettings } from '../../lib/domain/thresholds/plan-route.js';
import type { LabelledExample } from '../data/labelled-csv.js';
import { crossValidate } from '../embedded/cross-validate.js';
import type { TrainOptions } from '../embedded/text-classifier.js';
import { trainTextClassifier } from '../embedded/text-classifier.js';
import { historyObservations } from '../evidence/history-evidence.js';
import type { PeopleSettings } from '../local/simulated-people.js';
import { DEFAULT_PEOPLE } from '../local/simulated-people.js';
import { describeTicket } from '../local/stand-in-features.js';
import type { ReplayedTicket, ReplayOptions } from './replay.js';
import { replay } from './replay.js';
import type { ReplayFigures, RouteCounts } from './replay-metrics.js';
import { oracleCoverage, perRouteFigures, perRouteOracleCoverage, replayFigures } from './replay-metrics.js';
import type { ConfidenceSpec, DriftSpec } from './scenario.schema.js';
import { stageStream, verbalize } from './stage-stream.js';
import type { StreamTrace } from './stream-trace.js';
import { streamTrace } from './stream-trace.js';

/** The fixed thresholds every run is compared with, as the `baselines.fixed` keys. */
const FIXED_BASELINES = [0.5, 0.8, 0.9, 0.95] as const;

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
  /** Retune every this many tickets when there is no clock. */
  retuneEvery: number;
  clock?: ReplayOptions['clock'];
  drift?: DriftSpec;
  confidence?: ConfidenceSpec;
  /** Routes with no first evidence from the history, like routes just added to a live taxonomy. */
  newRoutes?: readonly string[];
  model?: TrainOptions;
  onProgress?: (message: string) => void;
}

type BaselineFigures = Omit<ReplayFigures, 'tickets' | 'autoResolved' | 'allHumanCostPerTicket'>;

interface SeedResult extends ReplayFigures {
  seed: number;
  oracleCoverage: number;
  oracleThreshold: number;
  perRouteOracleCoverage: number;
  baselines: { fixed: Record<string, ReplayFigures> };
}

interface SimulationReport extends Omit<SeedResult, 'seed' | 'oracleThreshold' | 'baselines'> {
  targetError: number;
  seeds: SeedResult[];
  /** Share of seeds whose realized error stayed at or under the target. */
  guaranteeHeldRate: number;
  /** Automation over the last half of the stream, as a share of the oracle's coverage. */
  lastHalfVsOracle: number;
  /** Route id to tickets, auto-resolutions and wrong ones, summed over seeds. */
  perRoute: Record<string, RouteCounts>;
  baselines: { fixed: Record<string, BaselineFigures> };
  coldStart: boolean;
  /** The first seed's stream, window by window, and its routes' configs: what the report draws. */
  trace?: StreamTrace;
  scenario: { drift?: DriftSpec; confidence: ConfidenceSpec; newRoutes: readonly string[] };
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
  secondHalfError: mean(all.map((f) => f.secondHalfError)),
  wrongAutoResolutions: mean(all.map((f) => f.wrongAutoResolutions)),
  wrongAfterDrift: mean(all.map((f) => f.wrongAfterDrift)),
  costPerTicket: mean(all.map((f) => f.costPerTicket)),
  allHumanCostPerTicket: mean(all.map((f) => f.allHumanCostPerTicket)),
});

const baselineFigures = ({ tickets, autoResolved, allHumanCostPerTicket, ...rest }: ReplayFigures) => rest;

const sumRoutes = (all: readonly Record<string, RouteCounts>[]): Record<string, RouteCounts> => {
  const sum: Record<string, RouteCounts> = {};
  for (const routes of all)
    for (const [id, r] of Object.entries(routes)) {
      const s = sum[id] ?? { tickets: 0, autoResolved: 0, wrong: 0 };
      sum[id] = s;
      s.tickets += r.tickets;
      s.autoResolved += r.autoResolved;
      s.wrong += r.wrong;
    }
  return sum;
};

/** Out-of-fold scores of the training set, as first evidence, seen through the scenario. */
const historyEvidence = (options: SimulateOptions, confidence: ConfidenceSpec) => {
  if (options.coldStart) return [];
  options.onProgress?.('scoring the training set out-of-fold as first evidence');
  const newRoutes = new Set(options.newRoutes ?? []);
  const scored = crossValidate(options.train, { folds: 5, train: options.model })
    .outOfFold.filter((s) => !newRoutes.has(s.label) && !newRoutes.has(s.predicted))
    .map((s, i) =>
      confidence.kind === 'calibrated'
        ? s
        : {
            ...s,
            confidence: verbalize(
              s.confidence,
              s.predicted === s.label,
              confidence.wrongHigh,
              mulberry32(i + 1),
            ),
          },
    );
  return historyObservations(scored, options.taxonomy, '2025-12-31T00:00:00.000Z');
};

/**
 * `triage simulate`.
 * 1. train the embedded model on the training set and score the stream with it;
 * 2. unless cold-starting, score the training set out-of-fold as first evidence (none for new routes);
 * 3. per seed, stage the stream (order, drift, reported confidence) and replay it through the
 *    production policy, outcome and retune code with simulated people; replay the fixed-threshold
 *    baselines on the same staged stream;
 * 4. report the figures per seed and their means, with the global and per-route oracles' coverage.
 */
const simulate = async (options: SimulateOptions): Promise<SimulationReport> => {
  const progress = options.onProgress ?? (() => undefined);
  const routeIds = options.taxonomy.routes.map((r) => r.id);
  const autoRoutes = options.taxonomy.routes.filter((r) => r.policy === 'auto').map((r) => r.id);
  const confidence = options.confidence ?? { kind: 'calibrated' };
  const driftRoutes = new Set(options.drift?.routes ?? []);
  progress(`training the embedded model on ${options.train.length} labelled tickets`);
  const classifier = trainTextClassifier(options.train, options.model);
  const history = historyEvidence(options, confidence);
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
  const seeds: SeedResult[] = [];
  const perRoute: Record<string, RouteCounts>[] = [];
  const firstSeed = options.firstSeed ?? 1;
  let trace: StreamTrace | undefined;
  for (let seed = firstSeed; seed < firstSeed + options.seeds; seed += 1) {
    const random = mulberry32(seed);
    const stream = stageStream(scored, seed, { drift: options.drift, confidence, autoRoutes });
    const common = {
      taxonomy: options.taxonomy,
      stream,
      settings: options.settings,
      sampling: options.sampling,
      people: options.people ?? DEFAULT_PEOPLE,
      retuneEvery: options.retuneEvery,
      clock: options.clock,
    };
    const adaptive = await replay({ ...common, history, random });
    const fixed: Record<string, ReplayFigures> = {};
    const fixedTickets: Record<string, ReplayedTicket[]> = {};
    for (const threshold of FIXED_BASELINES) {
      const out = await replay({
        ...common,
        history: [],
        random,
        fixed: fixedConfigs(options.taxonomy, threshold),
      });
      fixed[String(threshold)] = replayFigures(out.tickets, options.settings.cost, driftRoutes);
      fixedTickets[String(threshold)] = out.tickets;
    }
    const tickets: ReplayedTicket[] = adaptive.tickets;
    trace ??= streamTrace({
      seed,
      loop: tickets,
      fixed: fixedTickets,
      configTrace: adaptive.configTrace,
      driftRoutes,
    });
    const oracle = oracleCoverage(tickets, options.settings.targetError);
    const figures = replayFigures(tickets, options.settings.cost, driftRoutes);
    perRoute.push(perRouteFigures(tickets));
    seeds.push({
      seed,
      ...figures,
      oracleCoverage: oracle.coverage,
      oracleThreshold: oracle.threshold,
      perRouteOracleCoverage: perRouteOracleCoverage(tickets, options.settings.targetError),
      baselines: { fixed },
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
    perRouteOracleCoverage: mean(seeds.map((s) => s.perRouteOracleCoverage)),
    lastHalfVsOracle: oracle > 0 ? figures.automationRateLastHalf / oracle : 0,
    guaranteeHeldRate:
      seeds.filter((s) => s.realizedError <= options.settings.targetError).length / seeds.length,
    baselines: {
      fixed: Object.fromEntries(
        FIXED_BASELINES.map((t) => [
          String(t),
          baselineFigures(meanFigures(seeds.map((s) => s.baselines.fixed[String(t)]!))),
        ]),
      ),
    },
    perRoute: sumRoutes(perRoute),
    coldStart: options.coldStart,
    ...(trace ? { trace } : {}),
    scenario: {
      ...(options.drift ? { drift: options.drift } : {}),
      confidence,
      newRoutes: options.newRoutes ?? [],
    },
    seeds,
  };
};

export type { BaselineFigures, SeedResult, SimulateOptions, SimulationReport };
export { FIXED_BASELINES, simulate };
