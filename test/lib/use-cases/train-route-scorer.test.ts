import { describe, expect, it } from 'vitest';
import type { ActiveScorerRepository, LabelledExampleStore, ScorerStore } from '../../../lib/domain/ports.js';
import type { ActiveScorer } from '../../../lib/domain/scorer/active-scorer.schema.js';
import type { FoldScore } from '../../../lib/domain/scorer/cross-fit.js';
import type { LabelledExample } from '../../../lib/domain/scorer/labelled-example.schema.js';
import type { ScorerArtifact } from '../../../lib/domain/scorer/scorer-artifact.schema.js';
import type { ScorerEvidence } from '../../../lib/domain/scorer/scorer-evidence.schema.js';
import type { TrainingExample } from '../../../lib/domain/scorer/train-scorer.js';
import { ScorerTrainingError } from '../../../lib/domain/scorer/train-scorer.js';
import {
  createTrainRouteScorer,
  type TrainRouteScorerDeps,
} from '../../../lib/use-cases/train-route-scorer.js';
import { labelledExamples } from '../../support/labelled-examples.js';

/** The orchestration with in-memory ports and a stub trainer: what is written, in which order, and when not. */

const NOW = new Date('2026-11-02T03:00:00.000Z');

interface World {
  log: string[];
  versions: Map<string, { artifact: ScorerArtifact; evidence: ScorerEvidence }>;
  pointer: { value?: ActiveScorer };
  trainedOn: TrainingExample[][];
  /** Calls that read every example (list), not only their keys (count). */
  reads: number;
  trainOptions: unknown[];
}

const memoryPorts = (examples: LabelledExample[], initial?: ActiveScorer) => {
  const world: World = {
    log: [],
    versions: new Map(),
    pointer: { value: initial },
    trainedOn: [],
    trainOptions: [],
    reads: 0,
  };
  const store: LabelledExampleStore = {
    put: async () => undefined,
    list: async () => {
      world.reads += 1;
      return examples;
    },
    count: async () => examples.length,
  };
  const scorers: ScorerStore = {
    putVersion: async (artifact, evidence) => {
      world.log.push(`putVersion ${artifact.version}`);
      world.versions.set(artifact.version, { artifact, evidence });
    },
    getArtifact: async (v) => world.versions.get(v)?.artifact,
    getEvidence: async (v) => world.versions.get(v)?.evidence,
  };
  const active: ActiveScorerRepository = {
    get: async () => world.pointer.value,
    set: async (next, previous) => {
      world.log.push(`set ${next.version} from ${previous ?? 'none'}`);
      world.pointer.value = next;
    },
  };
  return { world, store, scorers, active };
};

/** A stand-in artifact: only the fields the use case reads are meaningful. */
const stubArtifact = (examples: readonly TrainingExample[], trainedAt: string): ScorerArtifact =>
  ({
    version: '20261102T030000Z-0000abcd',
    trainedAt,
    examples: examples.length,
    routes: [...new Set(examples.map((e) => e.route))].sort(),
  }) as unknown as ScorerArtifact;

/** Out-of-fold scores: right on every ticket but those whose id ends in 0. */
const stubCrossFit = (examples: readonly TrainingExample[]) =>
  new Map<string, FoldScore>(
    examples.map((e) => [
      e.ticketId,
      { route: e.ticketId.endsWith('0') ? 'wrong' : e.route, probability: 0.9, fold: 0 },
    ]),
  );

interface BuildOptions {
  minExamples?: number;
  initial?: ActiveScorer;
  /** Every version write fails, as S3 would when unavailable. */
  failWrites?: boolean;
  /** The trainer refuses the examples, as it does when no term is shared by enough tickets. */
  refuse?: boolean;
  retrain?: TrainRouteScorerDeps['settings']['retrain'];
  /** The detector block the stub trainer's artifact carries. */
  detector?: ScorerArtifact['detector'];
  needFlagBudget?: number;
}

const build = (examples: LabelledExample[], options: BuildOptions = {}) => {
  const ports = memoryPorts(examples, options.initial);
  const failing: ScorerStore = {
    ...ports.scorers,
    putVersion: async () => {
      throw new Error('S3 unavailable');
    },
  };
  const deps: TrainRouteScorerDeps = {
    examples: ports.store,
    scorers: options.failWrites ? failing : ports.scorers,
    active: ports.active,
    settings: {
      minExamples: options.minExamples ?? 10,
      folds: 5,
      ...(options.retrain ? { retrain: options.retrain } : {}),
      ...(options.needFlagBudget === undefined ? {} : { needFlagBudget: options.needFlagBudget }),
    },
    now: () => NOW,
    train: (training, trainOptions) => {
      if (options.refuse) throw new ScorerTrainingError('no term occurs in 3 or more of the 30 tickets');
      ports.world.trainedOn.push([...training]);
      ports.world.trainOptions.push(trainOptions);
      const artifact = stubArtifact(training, trainOptions.trainedAt);
      return options.detector ? { ...artifact, detector: options.detector } : artifact;
    },
    crossFit: stubCrossFit,
  };
  return { run: createTrainRouteScorer(deps), world: ports.world };
};

const previous: ActiveScorer = {
  version: '20261101T030000Z-00001111',
  trainedAt: '2026-11-01T03:00:00.000Z',
  examples: 20,
  routes: 2,
  activatedAt: '2026-11-01T03:01:00.000Z',
};

describe('train route scorer', () => {
  it('skips without writing anything when there are fewer examples than the minimum', async () => {
    const { run, world } = build(labelledExamples(3), { minExamples: 10, initial: previous });
    expect(await run()).toEqual({
      kind: 'skipped',
      reason: 'too_few_examples',
      examples: 9,
      routes: 3,
      active: previous,
    });
    expect(world.log).toEqual([]);
    expect(world.trainedOn).toEqual([]);
  });

  it('skips when every example carries the same route, however many there are', async () => {
    const { run, world } = build(labelledExamples(30, ['refund_status']), { minExamples: 10 });
    expect(await run()).toMatchObject({ kind: 'skipped', reason: 'too_few_routes', examples: 30, routes: 1 });
    expect(world.log).toEqual([]);
  });

  it('trains on every example from its redacted text, and writes artifact and evidence before moving the pointer', async () => {
    const examples = labelledExamples(10);
    const { run, world } = build(examples, { initial: previous });
    const report = await run();
    expect(world.trainedOn).toHaveLength(1);
    expect(world.trainedOn[0]?.map((e) => e.text)).toEqual(examples.map((e) => e.text));
    expect(world.log).toEqual([
      'putVersion 20261102T030000Z-0000abcd',
      `set 20261102T030000Z-0000abcd from ${previous.version}`,
    ]);
    expect(world.pointer.value).toEqual({
      version: '20261102T030000Z-0000abcd',
      trainedAt: NOW.toISOString(),
      examples: 30,
      routes: 3,
      activatedAt: NOW.toISOString(),
    });
    expect(report).toMatchObject({
      kind: 'trained',
      version: '20261102T030000Z-0000abcd',
      examples: 30,
      routes: 3,
      previousVersion: previous.version,
    });
  });

  it('keeps one evidence row per example joining its out-of-fold score with its LLM route, weight and source', async () => {
    const examples = labelledExamples(10);
    const { run, world } = build(examples);
    await run();
    const evidence = world.versions.get('20261102T030000Z-0000abcd')?.evidence ?? [];
    expect(evidence).toHaveLength(30);
    expect(evidence[0]).toEqual({
      ticketId: 'refund_status-0',
      route: 'refund_status',
      scorerRoute: 'wrong',
      probability: 0.9,
      llmRoute: 'refund_status',
      weight: 20,
      source: 'human',
      decidedAt: '2026-11-01T10:00:00.000Z',
    });
    expect(evidence[1]).toMatchObject({
      ticketId: 'refund_status-1',
      scorerRoute: 'refund_status',
      source: 'history',
    });
    expect(evidence[1]).not.toHaveProperty('llmRoute');
  });

  it('reports the out-of-fold accuracy: the share of tickets whose held-out route is their label', async () => {
    const { run } = build(labelledExamples(10));
    // Ids ending in 0: refund_status-0, card_arrival-0, change_pin-0 are scored wrong.
    expect(await run()).toMatchObject({ outOfFoldAccuracy: 27 / 30 });
  });

  it("passes the marks of tickets that needed a person to the trainer, with the evidence's folds and the budget", async () => {
    const examples = labelledExamples(10).map((e, i) => (i < 4 ? { ...e, neededPerson: true } : e));
    const { run, world } = build(examples, { needFlagBudget: 0.02 });
    await run();
    expect(world.trainedOn[0]?.filter((e) => e.neededPerson).map((e) => e.ticketId)).toEqual(
      examples.slice(0, 4).map((e) => e.ticketId),
    );
    expect(world.trainOptions[0]).toMatchObject({ needDetector: { folds: 5, flagBudget: 0.02 } });
  });

  it('reports no detector, and why, when too few tickets were marked as needing a person', async () => {
    const examples = labelledExamples(10).map((e, i) => (i < 4 ? { ...e, neededPerson: true } : e));
    const { run } = build(examples);
    expect(await run()).toMatchObject({
      detector: { trained: false, reason: 'too_few_positives', positives: 4, minPositives: 20 },
    });
  });

  it("reports the detector's counts and out-of-fold figures when the version has one", async () => {
    const detector = {
      weights: { encoding: 'float32', rows: 0, cols: 2, data: '' },
      bias: [0, 0],
      threshold: 0.7,
      flagBudget: 0.01,
      positives: 25,
      negatives: 5,
      oofRecall: 0.8,
      oofFlagRate: 0,
    } satisfies ScorerArtifact['detector'];
    const { run } = build(labelledExamples(10), { detector });
    expect(await run()).toMatchObject({
      detector: { trained: true, positives: 25, negatives: 5, threshold: 0.7, oofRecall: 0.8, flagRate: 0 },
    });
  });

  it('creates the first pointer, from none, when no scorer was active', async () => {
    const { run, world } = build(labelledExamples(10));
    const report = await run();
    expect(world.log.at(-1)).toBe('set 20261102T030000Z-0000abcd from none');
    expect(report).not.toHaveProperty('previousVersion');
  });

  it('skips, writing nothing, when the trainer refuses the examples, and says why', async () => {
    const { run, world } = build(labelledExamples(10), { initial: previous, refuse: true });
    expect(await run()).toEqual({
      kind: 'skipped',
      reason: 'cannot_train',
      detail: 'no term occurs in 3 or more of the 30 tickets',
      examples: 30,
      routes: 3,
      active: previous,
    });
    expect(world.log).toEqual([]);
  });

  it('leaves the pointer alone when writing the version fails', async () => {
    const { run, world } = build(labelledExamples(10), { initial: previous, failWrites: true });
    await expect(run()).rejects.toThrow('S3 unavailable');
    expect(world.log).toEqual([]);
    expect(world.pointer.value).toEqual(previous);
  });
});

describe('a scheduled training run while a scorer is active', () => {
  /** Trained 24 hours before NOW on 27 examples; labelledExamples(10) holds 30. */
  const active = (examples: number): ActiveScorer => ({ ...previous, examples });
  const rule = { growth: 0.1, afterHours: 48 };

  it('trains nothing and reads no example until the labels have grown by the share the rule asks', async () => {
    const { run, world } = build(labelledExamples(10), { initial: active(28), retrain: rule });
    expect(await run('schedule')).toEqual({
      kind: 'skipped',
      reason: 'up_to_date',
      detail: '30 labelled examples; a retrain waits for 31 or for the active version to be 48 h old',
      examples: 30,
      routes: 2,
      active: active(28),
    });
    expect(world.reads).toBe(0);
    expect(world.log).toEqual([]);
  });

  it('trains once the labels have grown by that share, as after a backfill', async () => {
    const { run, world } = build(labelledExamples(10), { initial: active(27), retrain: rule });
    expect(await run('schedule')).toMatchObject({
      kind: 'trained',
      examples: 30,
      previousVersion: previous.version,
    });
    expect(world.reads).toBe(1);
  });

  it('trains once the active version is as old as the rule allows, however few labels came in', async () => {
    const { run } = build(labelledExamples(10), {
      initial: active(30),
      retrain: { growth: 0.1, afterHours: 24 },
    });
    expect(await run('schedule')).toMatchObject({ kind: 'trained' });
  });

  it('trains when asked to train now, or when no scorer is active yet', async () => {
    const now = build(labelledExamples(10), { initial: active(30), retrain: rule });
    expect(await now.run('now')).toMatchObject({ kind: 'trained' });
    expect(await now.run()).toMatchObject({ kind: 'trained' });
    const first = build(labelledExamples(10), { retrain: rule });
    expect(await first.run('schedule')).toMatchObject({ kind: 'trained' });
  });
});
