import { describe, expect, it } from 'vitest';
import { ClassifyEnvSchema, loadEnv } from '../../../lib/config/env.schema.js';
import {
  CLASSIFY_CALLS,
  CLIENT_LIMITS,
  classifyTimeBudget,
  computeTimeBudget,
  retryBackoffMs,
  type TimeBudgetInput,
} from '../../../lib/config/time-budget.js';
import { mulberry32 } from '../../../lib/domain/scorer/prng.js';
import { createAwsClients, createClassifyDeps } from '../../../lib/wiring/classify-deps.js';
import { SAMPLE } from '../../../tools/local/sample-data.js';

const input = (overrides: Partial<TimeBudgetInput> = {}): TimeBudgetInput => ({
  model: { timeoutMs: 20_000, maxAttempts: 2 },
  modelCallsPerTicket: 2,
  dynamo: { timeoutMs: 2_000, maxAttempts: 3 },
  sqs: { timeoutMs: 3_000, maxAttempts: 3 },
  dynamoCallsBeforeModel: 1,
  dynamoCallsAfterModel: 3,
  sqsCallsPerRecord: 1,
  batchSize: 10,
  recordConcurrency: 5,
  batchingWindowSeconds: 2,
  ...overrides,
});

describe('time budget', () => {
  it('adds the SDK backoff between attempts: 500 ms, then 1 s, capped at 20 s a retry', () => {
    expect(retryBackoffMs(1)).toBe(0);
    expect(retryBackoffMs(2)).toBe(500);
    expect(retryBackoffMs(3)).toBe(1_500);
    expect(retryBackoffMs(10)).toBe(500 + 1_000 + 2_000 + 4_000 + 8_000 + 16_000 + 20_000 * 3);
  });

  it('counts every attempt of both model calls and every write in the worst case of one record', () => {
    const budget = computeTimeBudget(input());
    // Model: 2 calls x (2 x 20 s + 0.5 s). DynamoDB: 4 x (3 x 2 s + 1.5 s). SQS: 3 x 3 s + 1.5 s.
    expect(budget.modelCallMs).toBe(40_500);
    expect(budget.recordWorstCaseMs).toBe(81_000 + 30_000 + 10_500);
    // The guard runs after the claim: the reserve is the model calls and the writes after them.
    expect(budget.reserveMs).toBe(81_000 + 22_500 + 10_500);
  });

  it('needs the claim, one model turn per wave and the last writes in the function timeout', () => {
    // 2 waves: 7.5 s claim + 2 x 81 s + 33 s writes + 1 s overhead = 203.5 s.
    const budget = computeTimeBudget(input());
    expect(budget.minFunctionTimeoutSeconds).toBe(204);
    expect(computeTimeBudget(input({ recordConcurrency: 10 })).minFunctionTimeoutSeconds).toBe(123);
  });

  it('sets the visibility timeout to 6x the function timeout plus the batching window', () => {
    expect(computeTimeBudget(input()).minVisibilityTimeoutSeconds).toBe(6 * 204 + 2);
    const configured = computeTimeBudget(input({ functionTimeoutSeconds: 300 }));
    expect(configured.functionTimeoutSeconds).toBe(300);
    expect(configured.minVisibilityTimeoutSeconds).toBe(6 * 300 + 2);
  });

  it('reads the client limits the clients are built with', () => {
    const budget = classifyTimeBudget(20_000, {
      batchSize: 10,
      recordConcurrency: 5,
      batchingWindowSeconds: 2,
    });
    expect(budget).toEqual(
      computeTimeBudget(
        input({
          model: { timeoutMs: 20_000, maxAttempts: CLIENT_LIMITS.bedrock.maxAttempts },
          dynamo: CLIENT_LIMITS.dynamo,
          sqs: CLIENT_LIMITS.sqs,
          ...CLASSIFY_CALLS,
        }),
      ),
    );
  });

  it('gives the deadline guard a reserve that covers every attempt of both model calls', () => {
    const config = loadEnv(ClassifyEnvSchema, {
      TICKETS_TABLE: 't',
      QUARANTINE_TABLE: 'q',
      ROUTE_CONFIG_TABLE: 'r',
      OBSERVATIONS_TABLE: 'o',
      RESOLUTIONS_QUEUE_URL: 'http://localhost/resolutions',
      HUMAN_QUEUE_URL: 'http://localhost/human',
      QA_QUEUE_URL: 'http://localhost/qa',
      MODEL_ID: 'local.stand-in',
      BEDROCK_REGION: 'us-east-1',
      TAXONOMY_PATH: SAMPLE.taxonomy,
      MODEL_TIMEOUT_MS: '20000',
    });
    const clients = createAwsClients(config);
    const { reserveMs } = createClassifyDeps(config, clients);
    for (const client of Object.values(clients)) client.destroy();
    // 2 calls x 2 attempts x 20 s, and the writes after them: not 2 x 20 s + 2 s.
    expect(reserveMs).toBeGreaterThan(2 * CLIENT_LIMITS.bedrock.maxAttempts * 20_000);
    expect(reserveMs).toBe(classifyTimeBudget(20_000).reserveMs);
  });

  it('lets a batch that gets its full timeout finish every record, for any sizes (property)', () => {
    const random = mulberry32(7);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    for (let run = 0; run < 500; run += 1) {
      const sample = input({
        model: { timeoutMs: int(100, 120_000), maxAttempts: int(1, 4) },
        modelCallsPerTicket: int(1, 3),
        dynamo: { timeoutMs: int(100, 5_000), maxAttempts: int(1, 5) },
        sqs: { timeoutMs: int(100, 5_000), maxAttempts: int(1, 5) },
        batchSize: int(1, 100),
        recordConcurrency: int(1, 50),
      });
      const budget = computeTimeBudget(sample);
      const waves = Math.ceil(sample.batchSize / sample.recordConcurrency);
      const timeoutMs = budget.minFunctionTimeoutSeconds * 1000;
      // The last wave gets its model turn after the claim and the earlier waves' model calls:
      // the guard must still find the reserve left, or it would return records the budget promised.
      const lastTurnMs =
        budget.recordWorstCaseMs -
        budget.reserveMs +
        (waves - 1) * (sample.modelCallsPerTicket * budget.modelCallMs);
      expect(timeoutMs - lastTurnMs).toBeGreaterThanOrEqual(budget.reserveMs);
      expect(budget.reserveMs).toBeLessThanOrEqual(budget.recordWorstCaseMs);
      expect(budget.recordWorstCaseMs).toBeGreaterThanOrEqual(
        sample.modelCallsPerTicket * sample.model.maxAttempts * sample.model.timeoutMs,
      );
      expect(budget.minVisibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * budget.minFunctionTimeoutSeconds);
    }
  });
});
