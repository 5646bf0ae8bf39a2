import type { ClassifyResult } from './classification/classify-result.js';
import type { PromptTicket } from './classification/prompt.js';
import type { ScorerOpinion } from './classification/second-opinion.js';
import type { Observation } from './outcomes/observation.js';
import type { Outcome } from './outcomes/outcome.schema.js';
import type { ClaimHandle, OutcomeClaim } from './outcomes/outcome-records.js';
import type { Evidence, RouteConfig, RouteMode } from './route-config/route-config.schema.js';
import type { ActiveScorer } from './scorer/active-scorer.schema.js';
import type { LabelledExample } from './scorer/labelled-example.schema.js';
import type { ScorerArtifact } from './scorer/scorer-artifact.schema.js';
import type { ScorerEvidence } from './scorer/scorer-evidence.schema.js';
import type { QuarantineEntry } from './tickets/quarantine-entry.js';
import type { ClaimRequest, TicketClaim } from './tickets/ticket-claim.js';
import type { StoredTicket, TicketDecisionRecord } from './tickets/ticket-record.js';

/**
 * Everything outside the domain that a use case needs, as ports. DynamoDB, SQS and Bedrock adapters
 * (lib/adapters) serve the Lambdas and the local stack; in-memory ones serve the simulator and the
 * unit tests. The use cases import these interfaces, never an adapter.
 */

/** Someone else changed the route config since it was read: re-read and decide again. */
class VersionConflictError extends Error {
  override name = 'VersionConflictError';
}

interface RouteAuditEntry {
  routeId: string;
  /** Sort key: `${at}#v${version}`, so history reads in order. */
  changeId: string;
  at: string;
  /** `retune`, `circuit-breaker`, or `operator:<name>`. */
  actor: string;
  reason: string;
  before: { mode: RouteMode; threshold: number; version: number };
  after: { mode: RouteMode; threshold: number; version: number };
  evidence?: Evidence;
  stats?: Record<string, unknown>;
}

interface RouteConfigRepository {
  list(): Promise<RouteConfig[]>;
  get(routeId: string): Promise<RouteConfig | undefined>;
  /** Stores `next` only if the stored version is still `next.version - 1` (none stored for 0). */
  save(next: RouteConfig): Promise<void>;
  appendAudit(entry: RouteAuditEntry): Promise<void>;
  history(routeId: string, limit?: number): Promise<RouteAuditEntry[]>;
}

interface ObservationRepository {
  /** Idempotent: the same observation id stored twice is one observation. */
  put(observation: Observation): Promise<void>;
  /** A route's observations at or after `since` (ISO time). */
  listRoute(routeId: string, since: string): Promise<Observation[]>;
}

/**
 * Outcomes, claim first and complete last (the shape of Powertools idempotency): a delivery claims
 * (ticketId, type) for its payload, applies the effects, then completes the claim. Item shapes:
 * domain/outcomes/outcome-records.ts.
 */
interface OutcomeRepository {
  /** One conditional write: takes the key for this payload, or says what holds it. */
  claim(outcome: Outcome, payloadHash: string): Promise<OutcomeClaim>;
  /** Marks the claim COMPLETED; a claim another delivery took over meanwhile is left to it. */
  complete(handle: ClaimHandle): Promise<void>;
  /** Gives the claim back after a failed effect, so a redelivery applies the outcome again at once. */
  release(handle: ClaimHandle): Promise<void>;
  /** Keeps a disagreeing report beside the claim, never over it; true when stored by this call. */
  putConflict(
    outcome: Outcome,
    payloadHash: string,
    recorded: { payloadHash: string; body: string },
  ): Promise<boolean>;
  /** Keeps an outcome for a ticket with no stored record, for matching later; true when stored now. */
  putUnmatched(outcome: Outcome, payloadHash: string): Promise<boolean>;
}

/**
 * The route scorer's training set: one labelled example per ticket, with its redacted text. Item
 * shape: domain/scorer/labelled-example.schema.ts.
 */
interface LabelledExampleStore {
  /** Stores the ticket's example; a later label of the same ticket replaces it. */
  put(example: LabelledExample): Promise<void>;
  list(): Promise<LabelledExample[]>;
  /** How many examples there are, without reading them. */
  count(): Promise<number>;
}

/** Trained scorer versions: each one's artifact and its out-of-fold evidence, written once. */
interface ScorerStore {
  /** Writes the artifact and the evidence under `artifact.version`. */
  putVersion(artifact: ScorerArtifact, evidence: ScorerEvidence): Promise<void>;
  getArtifact(version: string): Promise<ScorerArtifact | undefined>;
  getEvidence(version: string): Promise<ScorerEvidence | undefined>;
}

/** Which scorer version classify uses: one pointer, moved only from the version it was read at. */
interface ActiveScorerRepository {
  get(): Promise<ActiveScorer | undefined>;
  /**
   * Points at `next` if the pointer is still at `previousVersion` (absent when undefined); else
   * throws VersionConflictError, as another training run moved it meanwhile.
   */
  set(next: ActiveScorer, previousVersion?: string): Promise<void>;
}

/** The model that classifies a ticket (Bedrock Converse in Lambda, the stand-in locally). */
interface TicketClassifier {
  /** A refusal or invalid output is a result; a transient failure throws a RetryableModelError. */
  classify(ticket: PromptTicket): Promise<ClassifyResult>;
}

/**
 * The stack's active route scorer: loaded lazily on first use, cached across invocations and
 * refreshed like the route configs. Undefined when there is no scorer yet or it cannot be loaded
 * now; the ticket then goes to a person on any route certified on a scorer's scores.
 */
interface RouteScorerSource {
  score(redactedText: string): Promise<ScorerOpinion | undefined>;
}

/** The active route scorer's version and its evidence: its out-of-fold scores of the labels it trained on. */
interface ActiveScorerEvidence {
  version: string;
  /** One label observation per training label, scored by a fold model that never saw it. */
  observations: Observation[];
}

/** Where the retune learns which scorer is active and what its evidence is. */
interface ScorerEvidenceSource {
  /** Undefined while no scorer has been trained. */
  active(): Promise<ActiveScorerEvidence | undefined>;
}

/**
 * The tickets table as a state machine, CLAIMED → DECIDED → DISPATCHED, each step one conditional
 * write, so a redelivery resumes from the stored state. A claim is held by a lease token; only its
 * holder may store the decision or give the claim back. Item shape: domain/tickets/ticket-record.ts.
 */
interface TicketRepository {
  /** Takes the ticket for this delivery, or says who has it (domain/tickets/ticket-claim.ts). */
  claim(request: ClaimRequest): Promise<TicketClaim>;
  /** Stores the decision while `claimToken` still holds the claim; else throws LeaseLostError. */
  saveDecision(record: TicketDecisionRecord, claimToken: string): Promise<void>;
  /** Gives the claim back after a failed attempt; a claim taken over or decided is left alone. */
  release(ticketId: string, claimToken: string): Promise<void>;
  /** DECIDED → DISPATCHED; a ticket already dispatched stays so. */
  markDispatched(ticketId: string): Promise<void>;
  read(ticketId: string): Promise<StoredTicket | undefined>;
}

interface QuarantineRepository {
  /** Idempotent per quarantineId: a redelivered message overwrites its own entry. */
  put(entry: QuarantineEntry): Promise<void>;
}

/** A queue writer; resolves once the queue accepted this one message. */
interface MessageSender {
  send(queueUrl: string, body: string): Promise<void>;
}

/** The outcomes queue, where the outcome function records each outcome exactly once. */
interface OutcomeQueue {
  send(outcome: Outcome): Promise<void>;
}

/** The webhook's signing secrets by adapter name (`generic`, `zendesk`, `freshdesk`); may throw. */
type WebhookSecretSource = () => Promise<Readonly<Record<string, string>>>;

const auditChangeId = (at: string, version: number) => `${at}#v${String(version).padStart(8, '0')}`;

export type {
  ActiveScorerEvidence,
  ActiveScorerRepository,
  LabelledExampleStore,
  MessageSender,
  ObservationRepository,
  OutcomeQueue,
  OutcomeRepository,
  QuarantineRepository,
  RouteAuditEntry,
  RouteConfigRepository,
  RouteScorerSource,
  ScorerEvidenceSource,
  ScorerStore,
  TicketClassifier,
  TicketRepository,
  WebhookSecretSource,
};
export { auditChangeId, VersionConflictError };
