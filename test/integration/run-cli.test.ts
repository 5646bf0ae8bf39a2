import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../tools/data/csv.js';
import type { LineOutcome, LineResult, RunSummary } from '../../tools/local/run-report.js';
import { runCli } from '../support/run-cli.js';
import { smallSampleTrain } from '../support/small-train.js';
import { syntheticTickets } from '../support/synthetic-tickets.js';

/**
 * `triage run` in process: the whole embedded stack per call. Training sets stay small so the
 * stand-in trains and scores its first evidence in a second or two: two tickets of each sample
 * route still give the stand-in every label and the warm start a history label on every route,
 * and the single ticket is checked only for being decided and not lost, whichever way it goes.
 */

const dir = mkdtempSync(join(tmpdir(), 'run-cli-'));

const smallTrain = smallSampleTrain(2);

const oneTicket = join(dir, 'one.jsonl');
writeFileSync(
  oneTicket,
  `${JSON.stringify({
    ticketId: 'ONE-1',
    body: 'My card was declined at checkout for a 60 EUR order.',
    customer: { id: 'c-1' },
    channel: 'email',
    createdAt: '2026-11-21T08:00:00Z',
  })}\n`,
);

const readResults = (path: string): LineResult[] =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LineResult);

const readSummary = (path: string): RunSummary => JSON.parse(readFileSync(path, 'utf8')) as RunSummary;

/** How many result lines have each outcome: what the summary's totals must equal. */
const tally = (results: readonly LineResult[]): Record<LineOutcome, number> => {
  const counts = { autoResolved: 0, escalated: 0, quarantined: 0, deadLettered: 0, rejected: 0, lost: 0 };
  for (const r of results) counts[r.outcome] += 1;
  return counts;
};

const run = async (name: string, args: string[]) => {
  const results = join(dir, `${name}-results.jsonl`);
  const summary = join(dir, `${name}-summary.json`);
  const out = await runCli(['run', ...args, '--results', results, '--summary', summary]);
  return { ...out, results: readResults(results), summary: readSummary(summary) };
};

describe('triage run', () => {
  it.each([
    ['warm', []],
    ['cold', ['--cold-start']],
  ])(
    'decides a single valid ticket and loses none (%s start, exit 0)',
    async (name, extra) => {
      const { code, stdout, stderr, results, summary } = await run(name, [
        '--input',
        oneTicket,
        '--train',
        smallTrain,
        ...extra,
      ]);
      expect(stderr).not.toMatch(/^triage:/m);
      expect(stdout).toMatch(/lost 0/);
      expect(code).toBe(0);
      expect(summary).toMatchObject({ published: 1, lost: 0, deadLettered: 0, quarantined: 0 });
      expect(results).toHaveLength(1);
      expect(['autoResolved', 'escalated']).toContain(results[0]?.outcome);
      expect(results[0]).toMatchObject({ line: 1, ticketId: 'ONE-1' });
    },
    90_000,
  );

  it('derives the taxonomy from labels that are not the sample’s, says so, and decides every ticket', async () => {
    const own = join(dir, 'own.csv');
    const rows = ['refund_status', 'card_arrival', 'change_pin'].flatMap((l) => syntheticTickets(l, 20));
    writeFileSync(
      own,
      toCsv(
        ['Text', 'Category'],
        rows.map((r) => [r.text, r.label]),
      ),
    );
    const { code, stderr, results, summary } = await run('own', ['--train', own, '--input', own]);
    expect(stderr).toMatch(/deriving a taxonomy from its 3 labels, every route auto-eligible/);
    expect(summary).toMatchObject({ published: 60, lost: 0, deadLettered: 0 });
    expect(code).toBe(0);
    // The summary and the --results lines tell the same story, line by line.
    expect(results.map((r) => r.line)).toEqual(Array.from({ length: 60 }, (_, i) => i + 2));
    const counts = tally(results);
    expect(counts).toEqual({
      autoResolved: summary.autoResolved,
      escalated: summary.escalated,
      quarantined: summary.quarantined,
      deadLettered: summary.deadLettered,
      rejected: summary.rejected,
      lost: summary.lost,
    });
    const perRoute = Object.values(summary.routes).reduce((n, r) => n + r.tickets, 0);
    expect(perRoute).toBe(counts.autoResolved + counts.escalated);
    expect(Object.keys(summary.routes).sort()).toEqual(['card_arrival', 'change_pin', 'refund_status']);
  }, 120_000);
});
