/**
 * The one source of truth for resource names and key schemas. infra/ builds the tables and queues
 * from it, and the local runner creates the same ones in the emulators.
 */

interface TableSpec {
  /** Construct id in CDK and table name in the emulators. */
  readonly id: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly ttlAttribute?: string;
  /** Environment variable that carries the table name to a function. */
  readonly envKey: string;
}

interface QueueSpec {
  readonly id: string;
  readonly envKey: string;
  /** Deliveries before a message moves to the queue's DLQ. */
  readonly maxReceiveCount: number;
}

const TABLES = {
  tickets: {
    id: 'Tickets',
    partitionKey: 'ticketId',
    ttlAttribute: 'expiresAt',
    envKey: 'TICKETS_TABLE',
  },
  quarantine: {
    id: 'Quarantine',
    partitionKey: 'quarantineId',
    ttlAttribute: 'expiresAt',
    envKey: 'QUARANTINE_TABLE',
  },
  /** One item per route: the live threshold and mode, versioned for optimistic locking. */
  routeConfig: {
    id: 'RouteConfig',
    partitionKey: 'routeId',
    envKey: 'ROUTE_CONFIG_TABLE',
  },
  /** Every change to a route's config: who or what, why, and the statistics behind it. */
  routeAudit: {
    id: 'RouteAudit',
    partitionKey: 'routeId',
    sortKey: 'changeId',
    envKey: 'ROUTE_AUDIT_TABLE',
  },
  /** Outcomes as received, once per (ticketId, outcome type): the idempotency record. */
  outcomes: {
    id: 'Outcomes',
    partitionKey: 'ticketId',
    sortKey: 'outcomeType',
    ttlAttribute: 'expiresAt',
    envKey: 'OUTCOMES_TABLE',
  },
  /** Labelled observations and feedback per route, in a rolling window kept by TTL. */
  observations: {
    id: 'Observations',
    partitionKey: 'routeId',
    sortKey: 'observationId',
    ttlAttribute: 'expiresAt',
    envKey: 'OBSERVATIONS_TABLE',
  },
} as const satisfies Record<string, TableSpec>;

const QUEUES = {
  ingest: { id: 'Ingest', envKey: 'INGEST_QUEUE_URL', maxReceiveCount: 5 },
  resolutions: { id: 'Resolutions', envKey: 'RESOLUTIONS_QUEUE_URL', maxReceiveCount: 5 },
  human: { id: 'HumanWork', envKey: 'HUMAN_QUEUE_URL', maxReceiveCount: 5 },
  /** Auto-resolutions drawn for QA audit. */
  qa: { id: 'QaAudit', envKey: 'QA_QUEUE_URL', maxReceiveCount: 5 },
  /** Human resolutions, customer feedback and QA verdicts coming back. */
  outcomes: { id: 'Outcomes', envKey: 'OUTCOMES_QUEUE_URL', maxReceiveCount: 5 },
} as const satisfies Record<string, QueueSpec>;

interface BucketSpec {
  /** Construct id in CDK. */
  readonly id: string;
  /** Bucket name in the emulator (AWS names the deployed one). */
  readonly localName: string;
  readonly envKey: string;
}

const BUCKETS = {
  /**
   * The route scorer's training data and models: labelled examples (`examples/<ticketId>.json`, redacted
   * text) and each trained version (`scorers/<version>/artifact.json` and `evidence.json`).
   */
  scorer: { id: 'Scorer', localName: 'scorer', envKey: 'SCORER_BUCKET' },
} as const satisfies Record<string, BucketSpec>;

const dlqId = (queue: QueueSpec): string => `${queue.id}Dlq`;

/** Largest SQS message body the ingest queue accepts (bytes); the quarantine store keeps it whole. */
export { MAX_MESSAGE_BYTES } from '../domain/tickets/parse-message.js';
export type { BucketSpec, QueueSpec, TableSpec };
export { BUCKETS, dlqId, QUEUES, TABLES };
