import type { Classification } from '../../lib/domain/classification/classification.schema.js';
import { secondOpinion } from '../../lib/domain/classification/second-opinion.js';
import type { QaAdjudicationItem } from '../../lib/domain/outbound/outbound.schema.js';
import { DEFAULT_BREAKER } from '../../lib/domain/outcomes/circuit-breaker.js';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import type { Outcome } from '../../lib/domain/outcomes/outcome.schema.js';
import { decideTicket } from '../../lib/domain/policy/decide-ticket.js';
import type { ObservationRepository, ScorerEvidenceSource } from '../../lib/domain/ports.js';
import type { RouteConfig, SamplingRates } from '../../lib/domain/route-config/route-config.schema.js';
import { createRouteConfigSource } from '../../lib/domain/route-config/route-config-source.js';
import type { Random } from '../../lib/domain/scorer/prng.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { RetuneSettings } from '../../lib/domain/thresholds/plan-route.js';
import type { StoredTicket } from '../../lib/domain/tickets/ticket-record.js';
import { createRecordOutcome } from '../../lib/use-cases/record-outcome.js';
import { retuneRoutes } from '../../lib/use-cases/retune-routes.js';
import type { PeopleSettings } from '../local/simulated-people.js';
import { createSimulatedPeople } from '../local/simulated-people.js';
import {
  createMemoryObservations,
  createMemoryOutcomes,
  createMemoryRouteConfigs,
} from './memory-repositories.js';
import type { ReplayScorer } from './replay-scorer.js';
import { createScorerLoop } from './replay-scorer.js';

/**
 * One replay of a labelled stream through the production decision, outcome and retune code, with
 * in-memory repositories and simulated people, on a simulated clock.
 */

interface StreamTicket {
  ticketId: string;
  text: string;
  label: string;
  /** The model's answer: with a route scorer, the LLM's, which the scorer's answer replaces. */
  classification: Classification;
  /** At or after the scenario's drift point. */
  afterDrift?: boolean;
}

interface ReplayOptions {
  taxonomy: Taxonomy;
  stream: readonly StreamTicket[];
  /** First evidence (labelled history scored out-of-fold), or none for a cold start. */
  history: readonly Observation[];
  settings: RetuneSettings;
  sampling: SamplingRates;
  people: PeopleSettings;
  random: Random;
  /** Retune after this many tickets (without a clock), as the schedule would. */
  retuneEvery: number;
  /**
   * A clock: tickets arrive at this rate and the retune runs on this schedule, so windows roll and
   * evidence ages as in production. Without one, a ticket a minute and `retuneEvery`.
   */
  clock?: { ticketsPerHour: number; retuneEveryMinutes: number };
  /** Fixed route configs instead of the feedback loop (the baselines). */
  fixed?: ReadonlyMap<string, RouteConfig>;
  /** Where the labels go (a fresh in-memory store by default); tests read it afterwards. */
  observations?: ObservationRepository;
  /**
   * A route scorer trained on the loop's own labels as they arrive: its probability is what the
   * policy and the retune certify, with the stream's classification as the LLM's second opinion.
   */
  scorer?: ReplayScorer;
  /**
   * Whether simulated QA rules on disputed labels (default true). False leaves every disputed
   * label an error, as labels were before adjudication: the baseline it is measured against.
   */
  qaAdjudicates?: boolean;
}

interface ReplayedTicket {
  label: string;
  predicted: string;
  confidence: number;
  auto: boolean;
  /** Nothing but the threshold machinery kept it from automation (the oracle's population). */
  candidate: boolean;
  afterDrift: boolean;
}

const START = Date.parse('2026-01-01T00:00:00Z');

/** A route's mode and threshold from the ticket at index `at` on: the trace the report draws. */
interface RouteConfigPoint {
  at: number;
  mode: RouteConfig['mode'];
  threshold: number;
}

interface ReplayResult {
  tickets: ReplayedTicket[];
  retunes: number;
  /** Per route, every change of mode or threshold the decisions saw, in stream order. */
  configTrace: Record<string, RouteConfigPoint[]>;
  /** Route scorer versions trained during the replay (0 without a scorer). */
  scorerVersions: number;
}

const replay = async (options: ReplayOptions): Promise<ReplayResult> => {
  let clock = START;
  const now = () => clock;
  const configs = createMemoryRouteConfigs();
  const observations = options.observations ?? createMemoryObservations();
  for (const o of options.history) await observations.put(o);
  const decisions = new Map<string, StoredTicket>();
  // The QA queue: adjudication requests the outcome use case sends, answered in the loop below.
  const qaQueue: QaAdjudicationItem[] = [];
  const recordOutcome = createRecordOutcome({
    readTicket: async (id) => decisions.get(id),
    outcomes: createMemoryOutcomes(),
    observations,
    configs,
    taxonomy: options.taxonomy,
    breaker: DEFAULT_BREAKER,
    breakerWindowDays: 14,
    sendToQa: async (item) => {
      qaQueue.push(item);
    },
    now,
  });
  const loop =
    options.scorer && !options.fixed ? createScorerLoop(options.scorer, options.taxonomy) : undefined;
  const evidence: ScorerEvidenceSource | undefined = loop && { active: async () => loop.evidence() };
  const retuneDeps = {
    taxonomy: options.taxonomy,
    configs,
    observations,
    ...(evidence ? { scorer: evidence } : {}),
    settings: options.settings,
    sampling: options.sampling,
    windowDays: 90,
    now,
  };
  const source = createRouteConfigSource(configs, options.taxonomy, {
    ttlMs: 0,
    sampling: options.sampling,
    now,
  });
  const labels = new Map(options.stream.map((t) => [t.ticketId, t.label]));
  const people = createSimulatedPeople(
    (id) => labels.get(id),
    options.taxonomy.routes.map((r) => r.id),
    options.random,
    options.people,
    now,
  );
  const stepMs = options.clock ? 3_600_000 / options.clock.ticketsPerHour : 60_000;
  const retuneMs = options.clock ? options.clock.retuneEveryMinutes * 60_000 : undefined;
  let nextRetune = START + (retuneMs ?? 0);
  const retuneDue = (i: number) => {
    if (retuneMs === undefined) return i > 0 && i % options.retuneEvery === 0;
    if (clock < nextRetune) return false;
    nextRetune += retuneMs * Math.max(1, Math.ceil((clock - nextRetune) / retuneMs));
    return true;
  };
  const record = async (outcome: Outcome | undefined) => {
    if (!outcome) return;
    await recordOutcome(outcome);
    const ticket = decisions.get(outcome.ticketId);
    if (loop && ticket) loop.learn(ticket, outcome, new Date(clock).toISOString());
  };

  loop?.retrain(new Date(clock).toISOString());
  if (!options.fixed) await retuneRoutes(retuneDeps);
  let retunes = 0;
  const tickets: ReplayedTicket[] = [];
  const configTrace: Record<string, RouteConfigPoint[]> = {};
  const traceConfigs = (at: number, configs: ReadonlyMap<string, RouteConfig>) => {
    for (const [routeId, c] of configs) {
      const points = configTrace[routeId] ?? [];
      configTrace[routeId] = points;
      const last = points.at(-1);
      if (!last || last.mode !== c.mode || last.threshold !== c.threshold)
        points.push({ at, mode: c.mode, threshold: c.threshold });
    }
  };
  for (const [i, t] of options.stream.entries()) {
    clock += stepMs;
    if (!options.fixed && retuneDue(i)) {
      loop?.retrain(new Date(clock).toISOString());
      await retuneRoutes(retuneDeps);
      retunes += 1;
    }
    const routeConfigs = options.fixed ?? (await source());
    if (!options.fixed) traceConfigs(i, routeConfigs);
    const opinion = secondOpinion(t.classification, loop?.score(t.text));
    const { classification } = opinion;
    const routeConfig = routeConfigs.get(classification.route);
    const sampled = decideTicket(
      classification,
      routeConfig,
      { ticketId: t.ticketId, body: t.text },
      undefined,
      opinion.scorer,
    );
    const auto = sampled.decision.action === 'AUTO';
    const decidedAt = new Date(clock).toISOString();
    decisions.set(t.ticketId, {
      ticketId: t.ticketId,
      status: 'DISPATCHED',
      routeId: classification.route,
      classification,
      ...(opinion.scorer ? { scorer: opinion.scorer, llm: opinion.llm } : {}),
      redactedText: t.text,
      customerId: `c-${t.ticketId}`,
      action: sampled.decision.action,
      reason: sampled.decision.action === 'HUMAN' ? sampled.decision.reason : undefined,
      explorationRate: routeConfig?.explorationRate,
      auditRate: routeConfig?.auditRate,
      candidate: sampled.candidate,
      labelPropensity: sampled.labelPropensity,
      audited: sampled.audit && auto,
      decidedAt,
    });
    tickets.push({
      label: t.label,
      predicted: classification.route,
      confidence: classification.confidence,
      auto,
      candidate: sampled.candidate,
      afterDrift: t.afterDrift === true,
    });
    if (options.fixed) continue;
    const reply = { ticketId: t.ticketId, routeId: classification.route };
    if (auto) {
      await record(people.customer(reply));
      if (sampled.audit) await record(people.qa(reply));
    } else {
      await record(people.agent(reply));
      // QA rules on a disputed label at once: the ruling's delay changes nothing the replay measures.
      const disputed = qaQueue.splice(0);
      if (options.qaAdjudicates !== false) for (const item of disputed) await record(people.qa(item));
    }
  }
  return { tickets, retunes, configTrace, scorerVersions: loop?.versions() ?? 0 };
};

export type { ReplayedTicket, ReplayOptions, ReplayResult, RouteConfigPoint, StreamTicket };
export { replay };
