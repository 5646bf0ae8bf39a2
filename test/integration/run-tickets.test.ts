import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { MAX_MESSAGE_BYTES } from '../../lib/config/resources.js';
import { readInputFile } from '../../tools/local/input-file.js';
import type { LocalStack } from '../../tools/local/local-stack.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import { runTickets } from '../../tools/local/run-tickets.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { automateRoutes } from '../support/route-configs.js';
import { smallSampleTrain } from '../support/small-train.js';

/** `triage run`'s job on the embedded default: every input line ends up somewhere, none is lost. */

let stack: LocalStack;
/** The handler's EMF metrics and logs, kept off the test output and checked like CloudWatch would. */
let telemetry: TelemetrySink;
const taxonomy = loadTaxonomy(SAMPLE.taxonomy);
const dir = mkdtempSync(join(tmpdir(), 'triage-run-'));

const ticket = (ticketId: string, body: string) =>
  JSON.stringify({
    ticketId,
    body,
    customer: { id: 'c-9' },
    channel: 'email',
    createdAt: '2026-11-21T08:00:00Z',
  });

beforeAll(async () => {
  telemetry = captureTelemetry();
  stack = await startLocalStack({
    trainPath: smallSampleTrain(40),
    taxonomyPath: SAMPLE.taxonomy,
    concurrency: 2,
  });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  telemetry?.restore();
});

describe('runTickets', () => {
  it('waits for a single ticket instead of reporting it lost', async () => {
    const path = join(dir, 'one.jsonl');
    writeFileSync(path, `${ticket('ONE-1', 'My card was declined at checkout.')}\n`);
    const { summary, results } = await runTickets(stack, readInputFile(path, 'one'), {
      taxonomy,
      idleTimeoutMs: 20_000,
    });
    expect(summary).toMatchObject({ published: 1, lost: 0, deadLettered: 0 });
    expect(summary.autoResolved + summary.escalated).toBe(1);
    expect(results).toEqual([expect.objectContaining({ line: 1, ticketId: 'ONE-1' })]);
    expect(['autoResolved', 'escalated']).toContain(results[0]?.outcome);
  });

  it('accounts for every raw JSONL body, garbage and duplicates included', async () => {
    const lines = [
      ticket('J-1', 'How do I download last month’s statement?'),
      'not json at all',
      '',
      ticket('J-2', 'My card was declined at checkout for a 60 EUR order.'),
      '{"ticketId": 42}',
      ticket('J-1', 'How do I download last month’s statement?'),
      `\uFEFF${ticket('J-3', 'Where can I use the virtual card?')}`,
      JSON.stringify({ ticketId: 'J-4', body: 'x'.repeat(MAX_MESSAGE_BYTES), customer: { id: 'c' } }),
      '[1, 2, 3]',
      ticket('J-5', 'I would like to talk to a human about my late fee, please.'),
    ];
    const path = join(dir, 'raw.jsonl');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const items = readInputFile(path, 'test');
    const { summary, results } = await runTickets(stack, items, { taxonomy, idleTimeoutMs: 20_000 });

    expect(summary).toMatchObject({
      published: 8,
      rejected: 1,
      quarantined: 3,
      deadLettered: 0,
      lost: 0,
      duplicates: 1,
    });
    expect(summary.autoResolved + summary.escalated).toBe(5);
    const byLine = new Map(results.map((r) => [r.line, r]));
    expect(byLine.has(3)).toBe(false);
    expect(byLine.get(2)).toMatchObject({ outcome: 'quarantined', reason: 'invalid_json' });
    expect(byLine.get(5)).toMatchObject({ outcome: 'quarantined', reason: 'schema_violation' });
    expect(byLine.get(8)).toMatchObject({ outcome: 'rejected', ticketId: 'J-4' });
    expect(byLine.get(6)?.outcome).toBe(byLine.get(1)?.outcome);
    expect(byLine.get(7)?.ticketId).toBe('J-3');
    expect(byLine.get(10)).toMatchObject({ outcome: 'escalated', reason: 'customer_requested_human' });
  });

  it('auto-resolves some sample tickets, escalates others, and never automates a person or hardship', async () => {
    await automateRoutes(stack, taxonomy, 0.8);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const items = readInputFile(SAMPLE.tickets, 'sample', 120);
    const { summary, results } = await runTickets(stack, items, { taxonomy, idleTimeoutMs: 20_000 });
    expect(summary.lost).toBe(0);
    expect(summary.published).toBe(120);
    expect(summary.autoResolved).toBeGreaterThan(0);
    expect(summary.escalated).toBeGreaterThan(0);
    const protectedLabels = new Set(['request_human', 'financial_hardship']);
    items.forEach((item, i) => {
      if (protectedLabels.has(item.label ?? '')) expect(results[i]?.outcome).toBe('escalated');
    });
    const counted = Object.values(summary.routes).reduce((a, r) => a + r.tickets, 0);
    expect(counted).toBe(summary.autoResolved + summary.escalated);
  });
});
