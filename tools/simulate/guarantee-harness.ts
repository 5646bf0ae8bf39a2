import { parseTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import { observationId } from '../../lib/domain/outcomes/observation.js';
import type { Random } from '../../lib/domain/scorer/prng.js';
import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import type { RetuneSettings } from '../../lib/domain/thresholds/plan-route.js';
import { retuneRoutes } from '../../lib/use-cases/retune-routes.js';
import { createMemoryObservations, createMemoryRouteConfigs } from './memory-repositories.js';

/**
 * The guarantee's validity harness: synthetic routes whose true error does not depend on the
 * score, put through the retune's own code (retuneRoutes on in-memory repositories, as the
 * simulator runs it), many times over. Each run counts a route violation when a route whose true
 * error exceeds its cap is automated, and a stream violation when the true error rate of every
 * automated route together exceeds the target. A valid guarantee keeps each below δ, up to Monte
 * Carlo error.
 */

type Scores = 'concentrated' | 'spread';

interface HarnessRoute {
  id: string;
  /** True error rate of the route's tickets, at every score. */
  error: number;
  /** Labels of history (scored past tickets), then live labels, in that order. */
  history: number;
  live: number;
  /** True error rate of the live labels, when it differs from the history's. */
  liveError?: number;
}

interface HarnessCell {
  name: string;
  routes: HarnessRoute[];
  scores: Scores;
  /** The route whose violations the cell is about (the others are the pool). */
  focus?: string;
}

interface CellResult {
  name: string;
  runs: number;
  /** Share of runs in which the focus route (or any route) was automated. */
  automated: number;
  /** Share of runs in which a route above its cap was automated. */
  routeViolations: number;
  /** Share of runs in which the automated routes together erred above the target. */
  streamViolations: number;
}

/** Share of a route's traffic at or above t: all of it for concentrated scores (1), uniform on [0.9, 1] for spread ones. */
const coverage = (scores: Scores, t: number) =>
  scores === 'concentrated' ? 1 : Math.min(1, Math.max(0, (1 - t) / 0.1));

const scoreOf = (scores: Scores, random: Random) => (scores === 'concentrated' ? 1 : 0.9 + 0.1 * random());

const taxonomyOf = (routes: readonly HarnessRoute[]) =>
  parseTaxonomy({
    name: 'harness',
    version: '1',
    routes: routes.map((r) => ({
      id: r.id,
      description: r.id,
      policy: 'auto',
      team: 'all',
      priority: 'normal',
      answer: 'An approved answer.',
    })),
  });

const observation = (
  route: HarnessRoute,
  i: number,
  live: boolean,
  score: number,
  correct: boolean,
): Observation => {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const ticketId = `${route.id}-${live ? 'l' : 'h'}${i}`;
  return {
    routeId: route.id,
    observationId: observationId(at, ticketId, 'label'),
    ticketId,
    kind: 'label',
    source: live ? 'human' : 'history',
    team: 'all',
    autoResolved: false,
    score,
    correct,
    weight: 1,
    observedAt: at,
  };
};

const observationsOf = (route: HarnessRoute, scores: Scores, random: Random): Observation[] => {
  const out: Observation[] = [];
  for (let i = 0; i < route.history + route.live; i += 1) {
    const live = i >= route.history;
    const error = live ? (route.liveError ?? route.error) : route.error;
    out.push(observation(route, i, live, scoreOf(scores, random), random() >= error));
  }
  return out;
};

/** The true rate a route errs at now: its live rate when it has one. */
const trueError = (route: HarnessRoute) => route.liveError ?? route.error;

const runOnce = async (cell: HarnessCell, settings: RetuneSettings, seed: number) => {
  const random = mulberry32(seed);
  const observations = createMemoryObservations();
  for (const route of cell.routes)
    for (const o of observationsOf(route, cell.scores, random)) await observations.put(o);
  const report = await retuneRoutes({
    taxonomy: taxonomyOf(cell.routes),
    configs: createMemoryRouteConfigs(),
    observations,
    settings,
    sampling: { explorationRate: 0.05, auditRate: 0.02 },
    windowDays: 3650,
    now: () => Date.UTC(2026, 1, 1),
  });
  const automated = report.plans.filter((p) => p.plan.mode === 'auto');
  const routeOf = (id: string) => cell.routes.find((r) => r.id === id)!;
  let volume = 0;
  let errors = 0;
  for (const p of automated) {
    const share = coverage(cell.scores, p.plan.threshold);
    volume += share;
    errors += share * trueError(routeOf(p.routeId));
  }
  return {
    automated: cell.focus ? automated.some((p) => p.routeId === cell.focus) : automated.length > 0,
    routeViolation: automated.some((p) => trueError(routeOf(p.routeId)) > settings.routeCap),
    streamViolation: volume > 0 && errors / volume > settings.targetError + 1e-12,
  };
};

const runCell = async (
  cell: HarnessCell,
  settings: RetuneSettings,
  runs: number,
  seed = 1,
): Promise<CellResult> => {
  let automated = 0;
  let route = 0;
  let stream = 0;
  for (let i = 0; i < runs; i += 1) {
    const r = await runOnce(cell, settings, seed * 1_000_003 + i);
    if (r.automated) automated += 1;
    if (r.routeViolation) route += 1;
    if (r.streamViolation) stream += 1;
  }
  return {
    name: cell.name,
    runs,
    automated: automated / runs,
    routeViolations: route / runs,
    streamViolations: stream / runs,
  };
};

const pool = (n: number, labels: number, error: number): HarnessRoute[] =>
  Array.from({ length: n }, (_, i) => ({ id: `good_${i}`, error, history: 0, live: labels }));

/** One bad route among 20 good ones (200 labels each at 0.5%). */
const outlierCell = (badError: number, badLabels: number, scores: Scores): HarnessCell => ({
  name: `outlier ${100 * badError}% · ${badLabels} labels · ${scores}`,
  routes: [...pool(20, 200, 0.005), { id: 'bad', error: badError, history: 0, live: badLabels }],
  scores,
  focus: 'bad',
});

/** 21 routes, every one exactly at `error`, 200 labels each. */
const poolCell = (error: number, scores: Scores): HarnessCell => ({
  name: `pool at ${100 * error}% · ${scores}`,
  routes: pool(21, 200, error),
  scores,
});

/** 130 history labels at 0.5%, then live labels at `liveError`, among 20 good routes. */
const historyCell = (liveError: number, live: number, scores: Scores): HarnessCell => ({
  name: `history 0.5% then live ${100 * liveError}% · ${live} live · ${scores}`,
  routes: [...pool(20, 200, 0.005), { id: 'shifted', error: 0.005, liveError, history: 130, live }],
  scores,
  focus: 'shifted',
});

/** The grid of the issue that asked for this harness: every cell, both score shapes. */
const fullGrid = (): HarnessCell[] =>
  (['concentrated', 'spread'] as const).flatMap((scores) => [
    ...[0.03, 0.06, 0.1].flatMap((e) => [30, 100, 200, 500].map((n) => outlierCell(e, n, scores))),
    poolCell(0.02, scores),
    poolCell(0.03, scores),
    ...[0.04, 0.06].flatMap((e) => [60, 120, 240].map((n) => historyCell(e, n, scores))),
  ]);

export type { CellResult, HarnessCell, HarnessRoute };
export { fullGrid, historyCell, outlierCell, poolCell, runCell };
