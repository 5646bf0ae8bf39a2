import type { Observation } from '../domain/outcomes/observation.js';
import type {
  ActiveScorerEvidence,
  ObservationRepository,
  RouteConfigRepository,
  ScorerEvidenceSource,
} from '../domain/ports.js';
import { VersionConflictError } from '../domain/ports.js';
import { applyConfigChange } from '../domain/route-config/config-change.js';
import type { ExplorationPlan, ExplorationPolicy } from '../domain/route-config/exploration-plan.js';
import { planExploration } from '../domain/route-config/exploration-plan.js';
import type { RouteConfig, SamplingRates } from '../domain/route-config/route-config.schema.js';
import { initialRouteConfig } from '../domain/route-config/route-config.schema.js';
import type { Route, Taxonomy } from '../domain/taxonomy/taxonomy.schema.js';
import { checkHistory } from '../domain/thresholds/history-check.js';
import { replacedByLive } from '../domain/thresholds/history-replacement.js';
import type { RetuneSettings, RoutePlan } from '../domain/thresholds/plan-route.js';
import { planRoutes } from '../domain/thresholds/plan-route.js';
import type { StreamTest } from '../domain/thresholds/plan-stream.js';

interface RetuneDeps {
  taxonomy: Taxonomy;
  configs: RouteConfigRepository;
  observations: ObservationRepository;
  /**
   * The route scorer: when given, only the active scorer version's scores certify (its out-of-fold
   * evidence and the live labels it scored), and every config written says which version; with no
   * scorer trained yet, nothing certifies. Absent: the model's own confidence certifies.
   */
  scorer?: ScorerEvidenceSource;
  settings: RetuneSettings;
  /** The audit rate of every route, and the exploration rate of routes nothing was written for. */
  sampling: SamplingRates;
  /** The exploration levels; the defaults of exploration-plan.ts unless given. */
  exploration?: ExplorationPolicy;
  /** Labels older than this do not count: the rolling window. */
  windowDays: number;
  now?: () => number;
}

/**
 * `kept`: the route's history counted; `refuted`: its live labels refuted it, so only they count;
 * `after_trip`: only labels since its last circuit-breaker trip count; `none`: it has no history.
 */
type HistoryStatus = 'kept' | 'refuted' | 'after_trip' | 'none';

/** The history check's level: the chance, over every retune, of refuting a history its live labels fit. */
const HISTORY_CHECK_ALPHA = 0.01;

interface RouteChange {
  routeId: string;
  before: RouteConfig;
  after: RouteConfig;
  plan: RoutePlan;
  exploration: ExplorationPlan;
}

interface RetuneReport {
  changes: RouteChange[];
  /** Every route's plan, changed or not: what the metrics and the dry run show. */
  plans: {
    routeId: string;
    current: RouteConfig;
    plan: RoutePlan;
    exploration: ExplorationPlan;
    /** Whether the route's history counted: absent for routes the retune does not plan from evidence. */
    history?: HistoryStatus;
  }[];
  conflicts: string[];
  dryRun: boolean;
  /** The stream level's certificate: the floor and the bound on all auto-resolutions together. */
  stream?: StreamTest;
}

const changed = (
  current: RouteConfig,
  plan: RoutePlan,
  exploration: ExplorationPlan,
  scorerVersion: string | undefined,
) =>
  current.scorerVersion !== scorerVersion ||
  current.mode !== plan.mode ||
  Math.abs(current.threshold - plan.threshold) > 1e-9 ||
  current.evidence?.source !== plan.evidence?.source ||
  Math.abs(current.explorationRate - exploration.explorationRate) > 1e-9 ||
  Math.abs(current.auditRate - exploration.auditRate) > 1e-9;

const tripWithin = (config: RouteConfig, windowStart: string) =>
  config.evidenceSince !== undefined && config.evidenceSince > windowStart;

const since = (config: RouteConfig, windowStart: string) =>
  tripWithin(config, windowStart) ? (config.evidenceSince as string) : windowStart;

const isLive = (o: Observation) => o.source !== 'history';

/** Scored labels settled enough to compare, in the order they were observed. */
const scoredLabels = (observations: readonly Observation[]) =>
  observations
    .filter((o) => o.kind === 'label' && o.score !== undefined && o.correct !== undefined)
    .filter((o) => o.adjudication !== 'pending')
    .sort((a, b) =>
      a.observedAt === b.observedAt
        ? a.observationId.localeCompare(b.observationId)
        : a.observedAt.localeCompare(b.observedAt),
    )
    .map((o) => ({ score: o.score as number, correct: o.correct as boolean }));

/**
 * A route's own evidence: its labels in the window, or after its last circuit-breaker trip only
 * the labels of tickets seen since. History scored after the trip is still old tickets, so it
 * says nothing about how the route behaves now and cannot bring it back. Nor does history that
 * the route's live labels refute (history-check.ts): the route has changed since it was labelled.
 * Otherwise live labels replace history one for one.
 */
const ownEvidence = (config: RouteConfig, labels: Observation[], windowStart: string) => {
  if (tripWithin(config, windowStart))
    return { labels: labels.filter(isLive), history: 'after_trip' as const };
  const history = labels.filter((o) => !isLive(o));
  if (history.length === 0) return { labels, history: 'none' as const };
  const check = checkHistory(scoredLabels(history), scoredLabels(labels.filter(isLive)), {
    alpha: HISTORY_CHECK_ALPHA,
  });
  return check.refuted
    ? { labels: labels.filter(isLive), history: 'refuted' as const }
    : { labels: replacedByLive(labels), history: 'kept' as const };
};

/**
 * The score being certified: the model's own (`model`), or a scorer version's with its evidence,
 * or `none` when a scorer is expected and none has been trained yet.
 */
type CertifiedScore = { kind: 'model' } | { kind: 'scorer'; scorer: ActiveScorerEvidence } | { kind: 'none' };

const certifiedScore = async (deps: RetuneDeps): Promise<CertifiedScore> => {
  if (!deps.scorer) return { kind: 'model' };
  const scorer = await deps.scorer.active();
  return scorer ? { kind: 'scorer', scorer } : { kind: 'none' };
};

/**
 * A route's labels from `from` on, for the score being certified. A scorer version's are its
 * out-of-fold scores of the labels it trained on, which stand as history (they describe tickets
 * before it ran, and a circuit-breaker trip sets them aside), and the live labels it scored.
 */
const routeLabels = async (deps: RetuneDeps, score: CertifiedScore, routeId: string, from: string) => {
  if (score.kind === 'none') return [];
  const stored = await deps.observations.listRoute(routeId, from);
  if (score.kind === 'model') return stored;
  const { version, observations } = score.scorer;
  const outOfFold = observations.filter((o) => o.routeId === routeId && o.observationId >= from);
  return [...outOfFold, ...stored.filter((o) => isLive(o) && o.scorerVersion === version)];
};

/** Each auto route's own evidence and history status, read in the window. */
const readEvidence = async (
  deps: RetuneDeps,
  score: CertifiedScore,
  routes: readonly Route[],
  current: (r: Route) => RouteConfig,
  windowStart: string,
) => {
  const own = new Map<string, Observation[]>();
  const historyStatus = new Map<string, HistoryStatus>();
  for (const route of routes) {
    const config = current(route);
    const labels = await routeLabels(deps, score, route.id, since(config, windowStart));
    const evidence = ownEvidence(config, labels, windowStart);
    own.set(route.id, evidence.labels);
    historyStatus.set(route.id, evidence.history);
  }
  return { own, historyStatus };
};

/**
 * A route re-read after a version conflict keeps the whole plan's decision, which the stream's
 * certificate covers, unless what the other writer did decides alone (a pin) or makes the planned
 * drop larger than one retune may take; then the route is left as it now is until the next run.
 */
const replanAfterConflict = (
  planned: RoutePlan,
  fresh: RouteConfig,
  route: Route,
  settings: RetuneSettings,
): RoutePlan => {
  if (fresh.pin) return planRoutes([{ route, current: fresh, own: [] }], settings).plans.get(route.id)!;
  if (planned.mode === 'auto' && planned.threshold < fresh.threshold - settings.maxStepDown - 1e-9)
    return {
      mode: fresh.mode,
      threshold: fresh.threshold,
      ...(fresh.evidence ? { evidence: fresh.evidence } : {}),
      reason: 'step_limited_after_conflict',
    };
  return planned;
};

/**
 * The scheduled retune.
 * 1. read every route's config (the initial one where none is stored yet);
 * 2. read each route's labels in the window (after its last circuit-breaker trip, live ones only;
 *    history only while live labels agree with it, and replaced by them one for one);
 * 3. plan every route together: each on its own labels at its cap, the ones that run together at
 *    the stream's target (plan-route.ts); each route's exploration and audit rates from how much
 *    of its own evidence there is (exploration-plan.ts);
 * 4. unless dry-running, write each change with optimistic locking, and an audit record;
 *    on a version conflict re-read and plan that route once more, then give up on it this run.
 */
const retuneRoutes = async (deps: RetuneDeps, options: { dryRun?: boolean } = {}): Promise<RetuneReport> => {
  const now = deps.now ?? Date.now;
  const windowStart = new Date(now() - deps.windowDays * 86_400_000).toISOString();
  const stored = new Map((await deps.configs.list()).map((c) => [c.routeId, c]));
  const current = (route: Route) =>
    stored.get(route.id) ?? initialRouteConfig(route, deps.taxonomy, deps.sampling);
  const autoRoutes = deps.taxonomy.routes.filter((r) => r.policy === 'auto');
  const score = await certifiedScore(deps);
  const scorerVersion = score.kind === 'scorer' ? score.scorer.version : undefined;
  const { own, historyStatus } = await readEvidence(deps, score, autoRoutes, current, windowStart);
  const ownOf = (route: Route) => own.get(route.id) ?? [];
  const whole = planRoutes(
    deps.taxonomy.routes.map((route) => ({ route, current: current(route), own: ownOf(route) })),
    deps.settings,
  );
  const explore = (config: RouteConfig, routePlan: RoutePlan, route: Route) =>
    planExploration(config, routePlan, ownOf(route), deps.settings, deps.sampling, deps.exploration);

  const report: RetuneReport = {
    changes: [],
    plans: [],
    conflicts: [],
    dryRun: options.dryRun === true,
    ...(whole.stream.chosen ? { stream: whole.stream.chosen } : {}),
  };
  for (const route of deps.taxonomy.routes) {
    let config = current(route);
    let next = whole.plans.get(route.id)!;
    let exploration = explore(config, next, route);
    const history = historyStatus.get(route.id);
    report.plans.push({
      routeId: route.id,
      current: config,
      plan: next,
      exploration,
      ...(history ? { history } : {}),
    });
    if (!changed(config, next, exploration, scorerVersion)) continue;
    if (options.dryRun) {
      const after = proposed(config, next, exploration, now(), scorerVersion);
      report.changes.push({ routeId: route.id, before: config, after, plan: next, exploration });
      continue;
    }
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const written = await writeChange(deps, config, next, exploration, now(), scorerVersion);
      if (written) {
        report.changes.push({ routeId: route.id, before: config, after: written, plan: next, exploration });
        break;
      }
      if (attempt === 1) {
        report.conflicts.push(route.id);
        break;
      }
      config = (await deps.configs.get(route.id)) ?? config;
      next = replanAfterConflict(next, config, route, deps.settings);
      exploration = explore(config, next, route);
      if (!changed(config, next, exploration, scorerVersion)) break;
    }
  }
  return report;
};

/** Writes one change with its audit record; undefined when another writer got there first. */
const writeChange = async (
  deps: RetuneDeps,
  config: RouteConfig,
  next: RoutePlan,
  exploration: ExplorationPlan,
  at: number,
  scorerVersion: string | undefined,
): Promise<RouteConfig | undefined> => {
  const after = proposed(config, next, exploration, at, scorerVersion);
  try {
    await applyConfigChange(deps.configs, {
      before: config,
      after,
      actor: 'retune',
      reason: next.reason,
      extra: {
        ...(next.evidence ? { evidence: next.evidence } : {}),
        stats: { exploration: { before: config.explorationRate, ...exploration } },
      },
    });
    return after;
  } catch (error) {
    if (error instanceof VersionConflictError) return undefined;
    throw error;
  }
};

const proposed = (
  config: RouteConfig,
  plan: RoutePlan,
  exploration: ExplorationPlan,
  at: number,
  scorerVersion: string | undefined,
): RouteConfig => {
  const { evidence: _old, scorerVersion: _certifiedOn, ...rest } = config;
  return {
    ...rest,
    ...(scorerVersion ? { scorerVersion } : {}),
    mode: plan.mode,
    threshold: plan.threshold,
    explorationRate: exploration.explorationRate,
    auditRate: exploration.auditRate,
    ...(plan.evidence ? { evidence: plan.evidence } : {}),
    version: config.version + 1,
    updatedAt: new Date(at).toISOString(),
    updatedBy: 'retune',
    reason: plan.reason,
  };
};

export type { HistoryStatus, RetuneDeps, RetuneReport, RouteChange };
export { retuneRoutes };
