import type { StoredTicket } from '../adapters/dynamodb/ticket-record.js';
import type { BreakerSettings, BreakerVerdict } from '../domain/outcomes/circuit-breaker.js';
import { evaluateBreaker } from '../domain/outcomes/circuit-breaker.js';
import type { Observation } from '../domain/outcomes/observation.js';
import { observationsFor } from '../domain/outcomes/observation.js';
import type { Outcome } from '../domain/outcomes/outcome.schema.js';
import type { ObservationRepository, OutcomeRepository, RouteConfigRepository } from '../domain/ports.js';
import { VersionConflictError } from '../domain/ports.js';
import { applyConfigChange } from '../domain/route-config/config-change.js';
import type { Taxonomy } from '../domain/taxonomy/taxonomy.schema.js';

/** The outcome names a ticket the system has no decision for (yet): retry, then the DLQ. */
class UnknownTicketError extends Error {
  override name = 'UnknownTicketError';
}

interface RecordOutcomeDeps {
  readTicket: (ticketId: string) => Promise<StoredTicket | undefined>;
  outcomes: OutcomeRepository;
  observations: ObservationRepository;
  configs: RouteConfigRepository;
  taxonomy: Taxonomy;
  breaker: BreakerSettings;
  /** How far back the breaker looks. */
  breakerWindowDays: number;
  now?: () => number;
}

type OutcomeResult =
  | { kind: 'duplicate'; ticketId: string }
  | {
      kind: 'recorded';
      ticketId: string;
      routeId?: string;
      observations: Observation[];
      breaker?: BreakerVerdict;
    };

/**
 * Record one outcome.
 * 1. read the ticket's stored decision (score, route, sampling propensity);
 * 2. derive its observations and store them (idempotent: keyed by ticket and kind);
 * 3. store the outcome once per (ticketId, type); a repeat ends here as a duplicate;
 * 4. when it speaks of an auto-resolution, run the circuit breaker on the route's recent window,
 *    and drop the route to shadow mode at once if quality has slipped past the floor.
 */
const createRecordOutcome = (deps: RecordOutcomeDeps) => {
  const now = deps.now ?? Date.now;
  const teams = new Map(deps.taxonomy.routes.map((r) => [r.id, r.team]));

  const tripBreaker = async (routeId: string, verdict: BreakerVerdict & { tripped: true }): Promise<void> => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const config = await deps.configs.get(routeId);
      if (config?.mode !== 'auto') return;
      const at = new Date(now()).toISOString();
      const { pin, ...rest } = config;
      // Quality beats an operator's fixed threshold: the pin is lifted, and audited as such.
      const after = {
        ...rest,
        ...(pin?.kind === 'human' ? { pin } : {}),
        mode: 'shadow' as const,
        version: config.version + 1,
        evidenceSince: at,
        updatedAt: at,
        updatedBy: 'circuit-breaker',
        reason: `circuit_breaker_${verdict.signal}`,
      };
      try {
        await applyConfigChange(deps.configs, {
          before: config,
          after,
          actor: 'circuit-breaker',
          reason: after.reason,
          extra: { stats: { ...verdict, liftedPin: pin?.kind === 'threshold' } },
        });
        return;
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
  };

  return async (outcome: Outcome): Promise<OutcomeResult> => {
    const ticket = await deps.readTicket(outcome.ticketId);
    if (!ticket?.decidedAt) throw new UnknownTicketError(`no decision stored for ticket ${outcome.ticketId}`);
    const observations = observationsFor(ticket, outcome, teams.get(ticket.routeId ?? '') ?? 'triage');
    for (const o of observations) await deps.observations.put(o);
    if (!(await deps.outcomes.putOnce(outcome))) return { kind: 'duplicate', ticketId: outcome.ticketId };

    const watched = observations.find((o) => o.autoResolved);
    if (!watched)
      return { kind: 'recorded', ticketId: ticket.ticketId, routeId: ticket.routeId, observations };
    const config = await deps.configs.get(watched.routeId);
    const windowStart = new Date(now() - deps.breakerWindowDays * 86_400_000).toISOString();
    const from =
      config?.evidenceSince && config.evidenceSince > windowStart ? config.evidenceSince : windowStart;
    const verdict = evaluateBreaker(await deps.observations.listRoute(watched.routeId, from), deps.breaker);
    if (verdict.tripped) await tripBreaker(watched.routeId, verdict);
    return {
      kind: 'recorded',
      ticketId: ticket.ticketId,
      routeId: ticket.routeId,
      observations,
      breaker: verdict,
    };
  };
};

type RecordOutcome = ReturnType<typeof createRecordOutcome>;

export type { OutcomeResult, RecordOutcome, RecordOutcomeDeps };
export { createRecordOutcome, UnknownTicketError };
