import type { ActiveScorerRepository, LabelledExampleStore, ScorerStore } from '../domain/ports.js';
import type { ActiveScorer } from '../domain/scorer/active-scorer.schema.js';
import type { FoldScore } from '../domain/scorer/cross-fit.js';
import { crossFitScores } from '../domain/scorer/cross-fit.js';
import { evidenceRows } from '../domain/scorer/evidence-rows.js';
import type { LabelledExample } from '../domain/scorer/labelled-example.schema.js';
import type { NeedDetectorReport } from '../domain/scorer/need-detector.js';
import { needDetectorReport } from '../domain/scorer/need-detector.js';
import type { ScorerArtifact } from '../domain/scorer/scorer-artifact.schema.js';
import type { ScorerEvidence } from '../domain/scorer/scorer-evidence.schema.js';
import type { TrainingExample, TrainScorerOptions } from '../domain/scorer/train-scorer.js';
import { ScorerTrainingError, trainScorer } from '../domain/scorer/train-scorer.js';

/**
 * The route scorer's training run: every labelled example trains one scorer; the same examples,
 * cross-fitted, give each ticket a score from a model that never saw it (the version's evidence).
 * Artifact and evidence are written first, then the active pointer moves from the version it was
 * read at: a reader never finds a pointer to a version that is not all there.
 */

/**
 * When a scheduled run trains again while a scorer is active: once the labels have grown by
 * `growth` (a share of the active version's examples), or once it is `afterHours` old. A backfill
 * is then trained on within one schedule period, without a new version (which must be certified
 * afresh) every period for each handful of new labels.
 */
interface RetrainRule {
  growth: number;
  afterHours: number;
}

interface TrainSettings {
  /** Fewer labelled examples than this: the run is skipped. */
  minExamples: number;
  folds: number;
  seed?: number;
  /** Unset: every run trains. */
  retrain?: RetrainRule;
  /** Out-of-fold share of unmarked tickets the need-a-person detector may flag; default the domain's. */
  needFlagBudget?: number;
}

/** `schedule`: train only when the retrain rule says it is due; `now`: train whatever the rule says. */
type TrainTrigger = 'schedule' | 'now';

interface TrainRouteScorerDeps {
  examples: LabelledExampleStore;
  scorers: ScorerStore;
  active: ActiveScorerRepository;
  settings: TrainSettings;
  now?: () => Date;
  /** The domain's trainer and cross-fit; replaced in tests that only check the orchestration. */
  train?: (
    examples: readonly TrainingExample[],
    options: Pick<TrainScorerOptions, 'trainedAt' | 'seed' | 'needDetector'>,
  ) => ScorerArtifact;
  crossFit?: (
    examples: readonly TrainingExample[],
    options: { trainedAt: string; folds: number; seed?: number },
  ) => Map<string, FoldScore>;
}

/**
 * Why no version was trained: too few examples or routes, or examples the trainer refuses (for
 * instance no term shared by enough tickets, or a cross-fit fold left with a single route). Each is
 * a fact about the data, not a failure: a later run, with more labels, may train.
 */
type SkipReason = 'too_few_examples' | 'too_few_routes' | 'cannot_train' | 'up_to_date';

type TrainReport =
  | {
      kind: 'skipped';
      reason: SkipReason;
      examples: number;
      routes: number;
      /** The trainer's reason, for `cannot_train`; what a retrain waits for, for `up_to_date`. */
      detail?: string;
      /** The scorer still in use, if any. */
      active?: ActiveScorer;
    }
  | {
      kind: 'trained';
      version: string;
      examples: number;
      routes: number;
      /** Share of tickets whose out-of-fold route is their label. */
      outOfFoldAccuracy: number;
      /** The need-a-person detector trained with it, or why none was. */
      detector: NeedDetectorReport;
      trainMs: number;
      previousVersion?: string;
      active: ActiveScorer;
    };

const toTraining = (e: LabelledExample): TrainingExample => ({
  ticketId: e.ticketId,
  text: e.text,
  route: e.route,
  ...(e.customerId ? { customerId: e.customerId } : {}),
  ...(e.neededPerson ? { neededPerson: true } : {}),
});

const accuracy = (rows: ScorerEvidence): number =>
  rows.length === 0 ? 0 : rows.filter((r) => r.scorerRoute === r.route).length / rows.length;

const skipReason = (examples: number, routes: number, minExamples: number): SkipReason | undefined => {
  if (examples < minExamples) return 'too_few_examples';
  if (routes < 2) return 'too_few_routes';
  return undefined;
};

const HOUR_MS = 3_600_000;

/** Why a scheduled run need not train yet, or undefined when it is due. */
const notDueYet = (
  rule: RetrainRule,
  active: ActiveScorer,
  examples: number,
  nowMs: number,
): string | undefined => {
  const ageHours = (nowMs - Date.parse(active.trainedAt)) / HOUR_MS;
  const needed = Math.ceil(active.examples * (1 + rule.growth));
  if (ageHours >= rule.afterHours || examples >= needed) return undefined;
  return `${examples} labelled examples; a retrain waits for ${needed} or for the active version to be ${rule.afterHours} h old`;
};

const createTrainRouteScorer = (deps: TrainRouteScorerDeps) => {
  const now = deps.now ?? (() => new Date());
  const train = deps.train ?? trainScorer;
  const crossFit = deps.crossFit ?? crossFitScores;
  const { minExamples, folds, seed, needFlagBudget } = deps.settings;
  // The detector's threshold is chosen on the same grouped folds as the scorer's evidence.
  const needDetector = { folds, ...(needFlagBudget === undefined ? {} : { flagBudget: needFlagBudget }) };

  return async (trigger: TrainTrigger = 'now'): Promise<TrainReport> => {
    const previous = await deps.active.get();
    const rule = deps.settings.retrain;
    if (trigger === 'schedule' && rule && previous) {
      // Counting keys is one list call per thousand; reading every example is one call each.
      const count = await deps.examples.count();
      const waiting = notDueYet(rule, previous, count, now().getTime());
      if (waiting) {
        return {
          kind: 'skipped',
          reason: 'up_to_date',
          detail: waiting,
          examples: count,
          routes: previous.routes,
          active: previous,
        };
      }
    }
    const labelled = await deps.examples.list();
    const routes = new Set(labelled.map((e) => e.route)).size;
    const skipped = (reason: SkipReason, detail?: string): TrainReport => ({
      kind: 'skipped',
      reason,
      ...(detail ? { detail } : {}),
      examples: labelled.length,
      routes,
      ...(previous ? { active: previous } : {}),
    });
    const reason = skipReason(labelled.length, routes, minExamples);
    if (reason) return skipped(reason);

    const started = Date.now();
    const trainedAt = now().toISOString();
    const training = labelled.map(toTraining);
    const seeded = seed === undefined ? {} : { seed };
    let artifact: ScorerArtifact;
    let rows: ScorerEvidence;
    try {
      artifact = train(training, { trainedAt, needDetector, ...seeded });
      rows = evidenceRows(labelled, crossFit(training, { trainedAt, folds, ...seeded }));
    } catch (error) {
      if (error instanceof ScorerTrainingError) return skipped('cannot_train', error.message);
      throw error;
    }
    const trainMs = Date.now() - started;

    await deps.scorers.putVersion(artifact, rows);
    const active: ActiveScorer = {
      version: artifact.version,
      trainedAt: artifact.trainedAt,
      examples: labelled.length,
      routes: artifact.routes.length,
      activatedAt: now().toISOString(),
    };
    await deps.active.set(active, previous?.version);
    return {
      kind: 'trained',
      version: artifact.version,
      examples: labelled.length,
      routes: artifact.routes.length,
      outOfFoldAccuracy: accuracy(rows),
      detector: needDetectorReport(artifact.detector, training.filter((e) => e.neededPerson).length),
      trainMs,
      ...(previous ? { previousVersion: previous.version } : {}),
      active,
    };
  };
};

type TrainRouteScorer = ReturnType<typeof createTrainRouteScorer>;

export type {
  RetrainRule,
  SkipReason,
  TrainReport,
  TrainRouteScorer,
  TrainRouteScorerDeps,
  TrainSettings,
  TrainTrigger,
};
export { createTrainRouteScorer };
