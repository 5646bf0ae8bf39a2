import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import { readInputFile } from '../../tools/local/input-file.js';
import type { LocalStack } from '../../tools/local/local-stack.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import { runTickets } from '../../tools/local/run-tickets.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { automateRoutes } from '../support/route-configs.js';

/**
 * Faults at the model endpoint and in delivery, through the real handlers on the emulators. Every
 * ticket must end up in exactly one place, and no failure may produce an auto-resolution.
 */

let stack: LocalStack;
let telemetry: TelemetrySink;
const taxonomy = loadTaxonomy(SAMPLE.taxonomy);
let batch = 0;

/** A fresh slice of the sample with ids of its own, so scenarios do not see each other's tickets. */
const tickets = (count: number) => {
  batch += 1;
  return readInputFile(SAMPLE.tickets, `faults-${batch}`, count);
};

beforeAll(async () => {
  telemetry = captureTelemetry(false);
  stack = await startLocalStack({
    trainPath: SAMPLE.train,
    taxonomyPath: SAMPLE.taxonomy,
    concurrency: 3,
    visibilityTimeoutSeconds: 1,
    faults: { rates: {}, seed: 7 },
    settings: { MODEL_TIMEOUT_MS: '1500' },
  });
  // Automate everything the taxonomy allows at a low threshold: a failure must still never auto-resolve.
  await automateRoutes(stack, taxonomy, 0.05);
  await new Promise((resolve) => setTimeout(resolve, 1_100));
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  telemetry?.restore();
});

describe('faults at the model and in delivery', () => {
  it('loses nothing under throttling, 5xx and duplicate deliveries', async () => {
    stack.standIn.setFaultRates({ throttle: 0.3, '5xx': 0.1 });
    const items = tickets(60);
    const { summary } = await runTickets(stack, items, {
      taxonomy,
      duplicate: { rate: 0.2, random: mulberry32(3) },
      idleTimeoutMs: 30_000,
    });
    expect(stack.standIn.stats.faults.throttle).toBeGreaterThan(0);
    expect(summary.published).toBe(60);
    expect(summary.lost).toBe(0);
    expect(summary.autoResolved + summary.escalated + summary.deadLettered).toBe(60);
    expect(summary.deadLettered).toBeLessThanOrEqual(1);
  }, 90_000);

  it('escalates every ticket whose model output stays invalid, and auto-resolves none', async () => {
    stack.standIn.setFaultRates({
      'wrong-tool': 0.25,
      'bad-route': 0.25,
      'bad-confidence': 0.25,
      'extra-fields': 0.25,
    });
    const { summary, results } = await runTickets(stack, tickets(20), { taxonomy, idleTimeoutMs: 20_000 });
    expect(summary.lost).toBe(0);
    expect(summary.autoResolved).toBe(0);
    expect(results.every((r) => r.outcome === 'escalated' && r.reason === 'invalid_model_output')).toBe(true);
  }, 60_000);

  it('dead-letters, never drops or auto-resolves, tickets the model never answers readably', async () => {
    stack.standIn.setFaultRates({ garbage: 1 });
    const { summary } = await runTickets(stack, tickets(8), { taxonomy, idleTimeoutMs: 30_000 });
    expect(summary).toMatchObject({ published: 8, deadLettered: 8, autoResolved: 0, lost: 0 });
  }, 90_000);
});
