import type { BreakerSettings, BreakerVerdict } from '../domain/outcomes/circuit-breaker.js';
import { watchedByBreaker } from '../domain/outcomes/circuit-breaker.js';
import type { Observation } from '../domain/outcomes/observation.js';
import { observationsFor } from '../domain/outcomes/observation.js';
import type { Outcome, OutcomeType } from '../domain/outcomes/outcome.schema.js';
import { outcomeTime } from '../domain/outcomes/outcome.schema.js';
import { OutcomeBusyError, UndecidedTicketError } from '../domain/outcomes/outcome-errors.js';
import { payloadHash } from '../domain/outcomes/outcome-identity.js';
import type { ClaimHandle } from '../domain/outcomes/outcome-records.js';
import type { TripResult } from '../domain/outcomes/run-breaker.js';
import { runBreaker } from '../domain/outcomes/run-breaker.js';
import type {
  LabelledExampleStore,
  ObservationRepository,
  OutcomeRepository,
  RouteConfigRepository,
} from '../domain/ports.js';
import { confirmedRoute, labelledExample } from '../domain/scorer/labelled-example.js';
import type { Taxonomy } from '../domain/taxonomy/taxonomy.schema.js';
import type { StoredTicket } from '../domain/tickets/ticket-record.js';
import type { SendToQa } from './request-adjudication.js';
import { requestAdjudication } from './request-adjudication.js';

interface RecordOutcomeDeps {
  readTicket: (ticketId: string) => Promise<StoredTicket | undefined>;
  outcomes: OutcomeRepository;
  observations: ObservationRepository;
  configs: RouteConfigRepository;
  taxonomy: Taxonomy;
  breaker: BreakerSettings;
  /** How far back the breaker looks. */
  breakerWindowDays: number;
  /** Where a disputed label's adjudication request goes (the QA queue). */
  sendToQa: SendToQa;
  /** Where the route scorer's training examples go; absent: no scorer learns from labels. */
  examples?: Pick<LabelledExampleStore, 'put'>;
  now?: () => number;
}

/** `firstReport` is false for a redelivery of a conflict or unmatched outcome already kept. */
type OutcomeResult =
  | { kind: 'duplicate'; ticketId: string }
  | { kind: 'unmatched'; ticketId: string; type: OutcomeType; firstReport: boolean }
  | { kind: 'conflict'; ticketId: string; type: OutcomeType; firstReport: boolean }
  | {
      kind: 'recorded';
      ticketId: string;
      routeId?: string;
      observations: Observation[];
      /** Whether this delivery asked QA to adjudicate a disputed label. */
      adjudicationRequested?: boolean;
      breaker?: BreakerVerdict;
      /** Set when the breaker tripped: whether this delivery switched the route off. */
      trip?: TripResult;
    };

/**
 * Record one outcome, with its effects exactly once.
 * 1. read the ticket's stored decision; with no record (never seen, or expired) keep the outcome
 *    as unmatched and stop; a ticket seen but not decided yet fails, for a retry;
 * 2. claim (ticketId, type) for this payload's hash: a completed claim of the same payload is a
 *    duplicate; another payload's claim, in any state, makes this one a conflict, kept beside it
 *    and never applied; a live claim of the same payload fails busy, for a retry;
 * 3. apply the effects, each idempotent: store the derived observations and, for an outcome that
 *    confirms a route, the scorer's training example (its redacted text and route); if a human label
 *    disagreed with the model, ask QA to adjudicate it (request-adjudication.ts); then, for a
 *    label or reopen of what the route automates, run the circuit breaker on its recent window;
 * 4. complete the claim. A failure in 3 releases it, so the redelivery runs 3 again.
 */
const createRecordOutcome = (deps: RecordOutcomeDeps) => {
  const now = deps.now ?? Date.now;
  const teams = new Map(deps.taxonomy.routes.map((r) => [r.id, r.team]));

  /** Every confirmed route trains the scorer, whether or not it calibrates a threshold. */
  const keepExample = async (ticket: StoredTicket, outcome: Outcome) => {
    const confirmed = deps.examples && confirmedRoute(outcome, ticket);
    const example = confirmed && labelledExample(ticket, confirmed, outcomeTime(outcome));
    if (example) await deps.examples?.put(example);
  };

  const applyEffects = async (ticket: StoredTicket, outcome: Outcome): Promise<OutcomeResult> => {
    const observations = observationsFor(ticket, outcome, teams.get(ticket.routeId ?? '') ?? 'triage');
    for (const o of observations) await deps.observations.put(o);
    await keepExample(ticket, outcome);
    // --- adjudication: after the pending label is stored, before the claim completes ---
    const adjudicationRequested = await requestAdjudication(deps.sendToQa, ticket, outcome, observations);
    // --- end of adjudication ---
    const base = {
      kind: 'recorded',
      ticketId: ticket.ticketId,
      routeId: ticket.routeId,
      observations,
      ...(adjudicationRequested ? { adjudicationRequested } : {}),
    } as const;
    // Audits, exploration holdouts' labels and reopens: every label of what the route automates.
    const watched = observations.find(watchedByBreaker);
    if (!watched) return base;
    const { verdict, trip } = await runBreaker({ ...deps, now }, watched.routeId);
    return { ...base, breaker: verdict, ...(trip ? { trip } : {}) };
  };

  const applyClaimed = async (ticket: StoredTicket, handle: ClaimHandle): Promise<OutcomeResult> => {
    let result: OutcomeResult;
    try {
      result = await applyEffects(ticket, handle.outcome);
    } catch (error) {
      // Best effort: a claim not given back expires, and the redelivery after that takes it over.
      await deps.outcomes.release(handle).catch(() => undefined);
      throw error;
    }
    await deps.outcomes.complete(handle);
    return result;
  };

  return async (outcome: Outcome): Promise<OutcomeResult> => {
    const { ticketId, type } = outcome;
    const hash = payloadHash(outcome);
    const ticket = await deps.readTicket(ticketId);
    if (!ticket) {
      return {
        kind: 'unmatched',
        ticketId,
        type,
        firstReport: await deps.outcomes.putUnmatched(outcome, hash),
      };
    }
    if (!ticket.decidedAt) throw new UndecidedTicketError(`ticket ${ticketId} has no decision yet`);

    const claim = await deps.outcomes.claim(outcome, hash);
    switch (claim.kind) {
      case 'claimed':
        return applyClaimed(ticket, claim.handle);
      case 'done':
        return { kind: 'duplicate', ticketId };
      case 'busy':
        throw new OutcomeBusyError(
          `outcome ${type} of ticket ${ticketId} is being applied by another delivery`,
        );
      case 'conflict': {
        const firstReport = await deps.outcomes.putConflict(outcome, hash, claim.existing);
        return { kind: 'conflict', ticketId, type, firstReport };
      }
    }
  };
};

type RecordOutcome = ReturnType<typeof createRecordOutcome>;

export type { OutcomeResult, RecordOutcome, RecordOutcomeDeps };
export { createRecordOutcome };
