import type { HumanWorkItem, ResolutionMessage } from '../../lib/domain/outbound/outbound.schema.js';
import type { RouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import type { InputItem } from './input-file.js';
import type { OutcomeCollector } from './outcome-collector.js';

/** The `triage run` contract (docs/contracts.md): one result per input line, and a summary. */

type LineOutcome = 'autoResolved' | 'escalated' | 'quarantined' | 'deadLettered' | 'rejected' | 'lost';

interface LineResult {
  line: number;
  ticketId: string | null;
  outcome: LineOutcome;
  route: string | null;
  confidence: number | null;
  reason: string | null;
}

interface RouteSummary {
  tickets: number;
  autoResolved: number;
  escalated: number;
  mode: string;
  threshold: number | null;
  /** Among auto-resolutions, how many matched the input's label (labelled input only). */
  autoCorrect?: number;
  labelled?: number;
}

interface RunSummary {
  published: number;
  autoResolved: number;
  escalated: number;
  quarantined: number;
  deadLettered: number;
  lost: number;
  /** Lines the queue refused at the door (over the size limit): never published. */
  rejected: number;
  /** Lines whose ticketId an earlier line already carried: the same ticket, delivered again. */
  duplicates: number;
  routes: Record<string, RouteSummary>;
  escalationReasons: Record<string, number>;
  quarantineReasons: Record<string, number>;
  autoPrecision?: number | null;
  durationSeconds: number;
  ticketsPerSecond: number;
}

const count = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

const resultFor = (
  item: InputItem,
  messageId: string | undefined,
  collector: OutcomeCollector,
): LineResult => {
  const base = { line: item.line, ticketId: item.ticketId ?? null, route: null, confidence: null };
  if (messageId === undefined) return { ...base, outcome: 'rejected', reason: 'refused_by_queue' };
  const quarantine = collector.quarantined.get(messageId);
  if (quarantine) return { ...base, outcome: 'quarantined', reason: quarantine };
  if (collector.deadLettered.has(messageId))
    return { ...base, outcome: 'deadLettered', reason: 'max_receives' };
  const seen = item.ticketId === undefined ? undefined : collector.downstream.get(item.ticketId);
  if (!seen) return { ...base, outcome: 'lost', reason: null };
  if (seen.destination === 'resolutions') {
    const m = seen.message as ResolutionMessage;
    return { ...base, outcome: 'autoResolved', route: m.routeId, confidence: m.confidence, reason: null };
  }
  const m = seen.message as HumanWorkItem;
  return {
    ...base,
    outcome: 'escalated',
    route: m.assist.intent ?? null,
    confidence: m.assist.confidence ?? null,
    reason: m.escalation.reason,
  };
};

const summarise = (
  items: readonly InputItem[],
  results: readonly LineResult[],
  routeConfigs: ReadonlyMap<string, RouteConfig>,
  durationSeconds: number,
): RunSummary => {
  const routes: Record<string, RouteSummary> = {};
  for (const [id, config] of routeConfigs) {
    routes[id] = {
      tickets: 0,
      autoResolved: 0,
      escalated: 0,
      mode: config.mode,
      threshold: config.threshold,
    };
  }
  const escalationReasons: Record<string, number> = {};
  const quarantineReasons: Record<string, number> = {};
  const seenIds = new Set<string>();
  let duplicates = 0;
  let autoLabelled = 0;
  let autoCorrect = 0;
  const totals = { autoResolved: 0, escalated: 0, quarantined: 0, deadLettered: 0, lost: 0, rejected: 0 };
  results.forEach((r, i) => {
    const item = items[i] as InputItem;
    if (item.ticketId !== undefined) {
      if (seenIds.has(item.ticketId)) duplicates += 1;
      seenIds.add(item.ticketId);
    }
    totals[r.outcome] += 1;
    if (r.outcome === 'quarantined' && r.reason) count(quarantineReasons, r.reason);
    if (r.outcome === 'escalated' && r.reason) count(escalationReasons, r.reason);
    if ((r.outcome === 'autoResolved' || r.outcome === 'escalated') && r.route) {
      const route = routes[r.route] ?? {
        tickets: 0,
        autoResolved: 0,
        escalated: 0,
        mode: 'unknown',
        threshold: null,
      };
      routes[r.route] = route;
      route.tickets += 1;
      if (r.outcome === 'autoResolved') route.autoResolved += 1;
      else route.escalated += 1;
      if (r.outcome === 'autoResolved' && item.label !== undefined) {
        route.labelled = (route.labelled ?? 0) + 1;
        autoLabelled += 1;
        if (item.label === r.route) {
          route.autoCorrect = (route.autoCorrect ?? 0) + 1;
          autoCorrect += 1;
        }
      }
    }
  });
  const published = items.length - totals.rejected;
  const labelled = items.some((i) => i.label !== undefined);
  return {
    published,
    autoResolved: totals.autoResolved,
    escalated: totals.escalated,
    quarantined: totals.quarantined,
    deadLettered: totals.deadLettered,
    lost: published - totals.autoResolved - totals.escalated - totals.quarantined - totals.deadLettered,
    rejected: totals.rejected,
    duplicates,
    routes,
    escalationReasons,
    quarantineReasons,
    ...(labelled ? { autoPrecision: autoLabelled > 0 ? autoCorrect / autoLabelled : null } : {}),
    durationSeconds,
    ticketsPerSecond: durationSeconds > 0 ? published / durationSeconds : 0,
  };
};

/** The run's totals as short facts, for the terminal and the report alike. */
const totalsFacts = (s: RunSummary): string[] => [
  `published ${s.published}`,
  `auto-resolved ${s.autoResolved}`,
  `escalated ${s.escalated}`,
  `quarantined ${s.quarantined}`,
  `dead-lettered ${s.deadLettered}`,
  `lost ${s.lost}`,
  ...(s.rejected > 0 ? [`rejected at the queue ${s.rejected}`] : []),
  ...(s.duplicates > 0 ? [`duplicate deliveries ${s.duplicates}`] : []),
];

export type { LineOutcome, LineResult, RouteSummary, RunSummary };
export { resultFor, summarise, totalsFacts };
