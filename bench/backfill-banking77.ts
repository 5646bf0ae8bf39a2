/**
 * Backfill on the local stack: labelled history as first evidence, through the ingest queue and the
 * real classify handler, then one retune. Two figures:
 * - BANKING77 (../shared train.csv, policy.csv): a seeded shuffle; the stand-in model trains on
 *   the first --model rows and the next --history rows are the history it never saw, backfilled
 *   exactly as `triage backfill` does (tools/backfill); certified routes after a cold start and
 *   after the backfill and one retune, evidence per route, tokens, cost and wall time;
 * - the bnpl sample: the warm start of `npm start` (seedHistory: the training set backfilled,
 *   each ticket answered by the fold model that never trained on it).
 *
 *   npx tsx bench/backfill-banking77.ts [--model 5000] [--history 5000] [--skip-bnpl] [--skip-banking77]
 *                                       [--json FILE]
 *
 * Skips BANKING77 with a message when ../shared is absent.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { costUsd } from '../lib/domain/classification/pricing.js';
import { mulberry32, shuffleInPlace } from '../lib/domain/scorer/prng.js';
import type { RetuneReport } from '../lib/use-cases/retune-routes.js';
import { runBackfill } from '../tools/backfill/backfill.js';
import { readHistoryCsv } from '../tools/backfill/history-csv.js';
import { readTickets, settledAs } from '../tools/backfill/scored-tickets.js';
import { readLabelledCsv, writeLabelledCsv } from '../tools/data/labelled-csv.js';
import { startLocalStack } from '../tools/local/local-stack.js';
import { BANKING77, SAMPLE } from '../tools/local/sample-data.js';
import { deriveTaxonomy, readPolicyCsv } from '../tools/taxonomy/derive-taxonomy.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    history: { type: 'string' },
    'skip-bnpl': { type: 'boolean' },
    'skip-banking77': { type: 'boolean' },
    json: { type: 'string' },
  },
});

const HAIKU = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const log = (m: string) => process.stderr.write(`${m}\n`);
const certified = (r: RetuneReport) => r.plans.filter((p) => p.plan.mode === 'auto').length;
const autoEligible = (r: RetuneReport) => r.plans.filter((p) => p.plan.mode !== 'human').length;

const spread = (counts: number[]) => {
  const sorted = [...counts].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
};

const banking77 = async () => {
  if (!existsSync(BANKING77.train)) {
    log(`skipped BANKING77: ${BANKING77.train} is not there (it lives in ../shared)`);
    return undefined;
  }
  const rows = shuffleInPlace(readLabelledCsv(BANKING77.train), mulberry32(77));
  const nModel = Number(values.model ?? 5000);
  const nHistory = Number(values.history ?? 5000);
  const modelRows = rows.slice(0, nModel);
  const historyRows = rows.slice(nModel, nModel + nHistory);
  const dir = mkdtempSync(join(tmpdir(), 'backfill-banking77-'));
  const csv = (name: string, r: typeof rows) => writeLabelledCsv(join(dir, name), r);
  const trainPath = csv('model.csv', modelRows);
  const historyPath = csv('history.csv', historyRows);
  const taxonomyPath = join(dir, 'taxonomy.json');
  writeFileSync(
    taxonomyPath,
    JSON.stringify(deriveTaxonomy(modelRows, readPolicyCsv(BANKING77.policy), 'banking77')),
  );
  const stack = await startLocalStack({ trainPath, taxonomyPath, logLevel: 'ERROR', onStatus: log });
  try {
    const cold = await stack.retune({ dryRun: true });
    const items = readHistoryCsv(historyPath);
    log(`backfilling ${items.length} BANKING77 tickets the stand-in never trained on`);
    let lastLog = 0;
    const report = await runBackfill({
      sqs: stack.emulators.sqs,
      documents: DynamoDBDocumentClient.from(stack.emulators.dynamo),
      queueUrl: stack.emulators.queues.ingest.url,
      ticketsTable: stack.emulators.tables.tickets,
      items,
      waitMs: 1_800_000,
      onSettled: (done, total) => {
        if (Date.now() - lastLog > 10_000 || done === total) {
          lastLog = Date.now();
          log(`scored ${done}/${total}`);
        }
      },
    });
    const after = await stack.retune();
    const autoRoutes = after.plans.filter((p) => p.plan.mode !== 'human').map((p) => p.routeId);
    const labels = autoRoutes.map((id) => report.routes[id]?.labels ?? 0);
    const correct = Object.values(report.routes).reduce((s, r) => s + r.correct, 0);
    const { routes: _routes, failures: _failures, ...totals } = report;
    return {
      split: { seed: 77, model: modelRows.length, history: historyRows.length },
      routes: after.plans.length,
      autoEligible: autoEligible(after),
      certifiedCold: certified(cold),
      certifiedAfterBackfill: certified(after),
      evidencePerAutoRoute: spread(labels),
      modelCorrect: report.scored > 0 ? correct / report.scored : 0,
      haikuUsdEstimate: costUsd(HAIKU, report),
      ...totals,
    };
  } finally {
    await stack.stop();
  }
};

const bnpl = async () => {
  const stack = await startLocalStack({
    trainPath: SAMPLE.train,
    taxonomyPath: SAMPLE.taxonomy,
    logLevel: 'ERROR',
    onStatus: log,
  });
  try {
    const cold = await stack.retune({ dryRun: true });
    const started = performance.now();
    const labels = await stack.seedHistory();
    const seconds = (performance.now() - started) / 1000;
    const after = await stack.retune();
    // What the classifier stored for each history ticket: the same records triage backfill reads.
    const items = readHistoryCsv(SAMPLE.train);
    const label = new Map(items.map((i) => [i.ticketId, i.label]));
    const stored = await readTickets(
      DynamoDBDocumentClient.from(stack.emulators.dynamo),
      stack.emulators.tables.tickets,
      items.map((i) => i.ticketId),
    );
    const settled = stored.map((t) => settledAs(t, label.get(t.ticketId) as string));
    const scored = settled.filter((x) => x?.kind === 'scored');
    const sum = (key: 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens') =>
      scored.reduce((n, x) => n + x.cost[key], 0);
    const usage = {
      inputTokens: sum('inputTokens'),
      outputTokens: sum('outputTokens'),
      cacheReadTokens: sum('cacheReadTokens'),
      cacheWriteTokens: sum('cacheWriteTokens'),
    };
    return {
      training: stack.training.length,
      labels,
      modelCorrect: scored.filter((x) => x.correct).length / Math.max(1, scored.length),
      ...usage,
      haikuUsdEstimate: costUsd(HAIKU, usage),
      routes: after.plans.length,
      autoEligible: autoEligible(after),
      certifiedCold: certified(cold),
      certifiedAfterBackfill: certified(after),
      warmStartSeconds: seconds,
    };
  } finally {
    await stack.stop();
  }
};

const result = {
  bnpl: values['skip-bnpl'] ? undefined : await bnpl(),
  banking77: values['skip-banking77'] ? undefined : await banking77(),
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
