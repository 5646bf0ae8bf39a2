/**
 * The classify function's time budget, from the client timeouts up: how long one record can take
 * in the worst case, how much time a record must find left before its model call (the deadline
 * guard's reserve), the shortest function timeout that lets a whole batch finish, and the ingest
 * queue's visibility timeout. The Lambda (reserve) and the CDK app (function and visibility
 * timeouts) both compute it from the same inputs, so they cannot drift apart.
 */

/** One AWS call: each attempt ends within `timeoutMs`; retries wait the SDK's backoff in between. */
interface CallLimits {
  readonly timeoutMs: number;
  readonly maxAttempts: number;
}

interface TimeBudgetInput {
  /** One Bedrock Converse attempt (MODEL_TIMEOUT_MS). */
  readonly model: CallLimits;
  /** Converse calls per ticket: the first, plus one repair turn when the tool input is invalid. */
  readonly modelCallsPerTicket: number;
  readonly dynamo: CallLimits;
  readonly sqs: CallLimits;
  /** DynamoDB calls before the model call (the claim) and after it (configs, decision, dispatched). */
  readonly dynamoCallsBeforeModel: number;
  readonly dynamoCallsAfterModel: number;
  /** Rounds of SQS sends after the model call (reply and QA copy go out in parallel: one round). */
  readonly sqsCallsPerRecord: number;
  readonly batchSize: number;
  readonly recordConcurrency: number;
  readonly batchingWindowSeconds: number;
  /** The configured function timeout; unset, the budget's minimum is used. */
  readonly functionTimeoutSeconds?: number;
}

interface TimeBudget {
  /** One model call with every SDK attempt and backoff. */
  readonly modelCallMs: number;
  /** One record, start to end, when every call takes its full timeout on every attempt. */
  readonly recordWorstCaseMs: number;
  /** What a record still does once it gets its model turn: below this left, it is retried instead. */
  readonly reserveMs: number;
  /** Claim, then ceil(batchSize / recordConcurrency) waves of model calls, then the last writes. */
  readonly minFunctionTimeoutSeconds: number;
  /** The configured timeout, or the minimum when none is configured. */
  readonly functionTimeoutSeconds: number;
  /** 6x the function timeout plus the batching window (AWS advice for Lambda event sources). */
  readonly minVisibilityTimeoutSeconds: number;
}

/**
 * Longest backoff of the SDK's standard retry strategy: retry n (from 0) waits at most
 * 2^n x 500 ms (the throttling base; other errors use 100 ms), capped at 20 s.
 */
const RETRY_BASE_MS = 500;
const RETRY_CAP_MS = 20_000;
const retryBackoffMs = (maxAttempts: number): number => {
  let total = 0;
  for (let n = 0; n < maxAttempts - 1; n += 1) total += Math.min(RETRY_CAP_MS, 2 ** n * RETRY_BASE_MS);
  return total;
};

const callWorstCaseMs = ({ timeoutMs, maxAttempts }: CallLimits): number =>
  maxAttempts * timeoutMs + retryBackoffMs(maxAttempts);

/** Time outside the records: the partial batch response, metrics flush and the event loop's turns. */
const BATCH_OVERHEAD_MS = 1_000;

/** SQS advice for a Lambda event source: at least 6x the function timeout, plus the batching window. */
const VISIBILITY_FACTOR = 6;

/** The visibility timeout of a queue a function with this timeout consumes. */
const minVisibilityTimeoutSeconds = (functionTimeoutSeconds: number, batchingWindowSeconds: number): number =>
  VISIBILITY_FACTOR * functionTimeoutSeconds + batchingWindowSeconds;

const computeTimeBudget = (input: TimeBudgetInput): TimeBudget => {
  const modelCallMs = callWorstCaseMs(input.model);
  const modelMs = input.modelCallsPerTicket * modelCallMs;
  const dynamoMs = callWorstCaseMs(input.dynamo);
  const beforeModelMs = input.dynamoCallsBeforeModel * dynamoMs;
  const afterModelMs =
    input.dynamoCallsAfterModel * dynamoMs + input.sqsCallsPerRecord * callWorstCaseMs(input.sqs);
  // Only model calls wait for the limiter; claims run at once and writes overlap the next wave.
  const waves = Math.ceil(input.batchSize / input.recordConcurrency);
  const batchMs = beforeModelMs + waves * modelMs + afterModelMs + BATCH_OVERHEAD_MS;
  const minFunctionTimeoutSeconds = Math.ceil(batchMs / 1000);
  const functionTimeoutSeconds = input.functionTimeoutSeconds ?? minFunctionTimeoutSeconds;
  return {
    modelCallMs,
    recordWorstCaseMs: beforeModelMs + modelMs + afterModelMs,
    reserveMs: modelMs + afterModelMs,
    minFunctionTimeoutSeconds,
    functionTimeoutSeconds,
    minVisibilityTimeoutSeconds: minVisibilityTimeoutSeconds(
      functionTimeoutSeconds,
      input.batchingWindowSeconds,
    ),
  };
};

/**
 * The client limits every Lambda and CLI client is built with (lib/wiring/aws-clients.ts): the one
 * place they are set, so the budget reads the same numbers the clients use. Each DynamoDB or SQS
 * attempt is cut at `timeoutMs` (requestTimeout, wall clock, connection included); in-region
 * single-item calls answer in milliseconds, so a second is already a sick endpoint.
 */
const CLIENT_LIMITS = {
  bedrock: { maxAttempts: 2 },
  dynamo: { connectionTimeoutMs: 1_000, timeoutMs: 2_000, maxAttempts: 3 },
  sqs: { connectionTimeoutMs: 1_000, timeoutMs: 3_000, maxAttempts: 3 },
  /** A scorer artifact is a few MB: one attempt gets longer than a table write. */
  s3: { connectionTimeoutMs: 1_000, timeoutMs: 15_000, maxAttempts: 3 },
} as const;

/**
 * The calls of one classify record (lib/use-cases/triage-record.ts): claim; model (plus one repair
 * turn); route configs (scan on cache expiry), decision, dispatched mark; one round of sends.
 */
const CLASSIFY_CALLS = {
  modelCallsPerTicket: 2,
  dynamoCallsBeforeModel: 1,
  dynamoCallsAfterModel: 3,
  sqsCallsPerRecord: 1,
} as const;

interface ClassifyBatch {
  readonly batchSize: number;
  readonly recordConcurrency: number;
  readonly batchingWindowSeconds: number;
  readonly functionTimeoutSeconds?: number;
}

/** The classify function's budget with the clients as built; the reserve does not depend on the batch. */
const classifyTimeBudget = (
  modelTimeoutMs: number,
  batch: ClassifyBatch = { batchSize: 1, recordConcurrency: 1, batchingWindowSeconds: 0 },
): TimeBudget =>
  computeTimeBudget({
    model: { timeoutMs: modelTimeoutMs, maxAttempts: CLIENT_LIMITS.bedrock.maxAttempts },
    dynamo: CLIENT_LIMITS.dynamo,
    sqs: CLIENT_LIMITS.sqs,
    ...CLASSIFY_CALLS,
    ...batch,
  });

export type { CallLimits, ClassifyBatch, TimeBudget, TimeBudgetInput };
export {
  CLASSIFY_CALLS,
  CLIENT_LIMITS,
  callWorstCaseMs,
  classifyTimeBudget,
  computeTimeBudget,
  minVisibilityTimeoutSeconds,
  retryBackoffMs,
  VISIBILITY_FACTOR,
};
