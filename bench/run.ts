/**
 * `npm run bench [-- --json FILE] [--tickets N] [--only embedded,pipeline,bundles,cost]`
 * 1. bundle the Lambda functions and time their cold init (first, on the quietest machine);
 * 2. the local pipeline over N tickets (default 5,000) next to its emulator floor;
 * 3. the embedded classifier on BANKING77 by 5-fold CV (skipped when ../shared is absent);
 * 4. tokens and USD per ticket of the real prompt and the narrowed design.
 * Progress goes to stderr, the readable report to stdout, the JSON (the keys BENCHMARKS.md lists) to --json FILE.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { HAIKU_4_5 } from '../tools/eval/prompt-cost.js';
import type { CostScenario } from './cost-table.js';
import { measureCost } from './cost-table.js';
import type { EmbeddedRun } from './embedded-cv.js';
import { measureEmbedded } from './embedded-cv.js';
import type { BenchResults } from './format-bench.js';
import { formatBenchReport } from './format-bench.js';
import type { BundleReport } from './lambda-bundles.js';
import { measureBundles } from './lambda-bundles.js';
import type { PipelineReport } from './pipeline-throughput.js';
import { measurePipeline } from './pipeline-throughput.js';
import { checkTargets } from './targets.js';

const PARTS = ['bundles', 'pipeline', 'embedded', 'cost'] as const;
type Part = (typeof PARTS)[number];

const log = (line: string) => process.stderr.write(`${line}\n`);

const parseOptions = () => {
  const { values } = parseArgs({
    options: { json: { type: 'string' }, tickets: { type: 'string' }, only: { type: 'string' } },
    strict: true,
  });
  const only = values.only?.split(',').map((p) => p.trim()) ?? [...PARTS];
  const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
  const tickets = values.tickets === undefined ? 5000 : Number(values.tickets);
  if (!Number.isInteger(tickets) || tickets <= 0)
    throw new Error('--tickets must be a positive whole number');
  return { json: values.json, tickets, parts: new Set(only as Part[]) };
};

/** The bench JSON contract: cost per model id, for the taxonomy that ships and the prompt that ships. */
const costByModel = (scenarios: readonly CostScenario[]) =>
  Object.fromEntries(
    (scenarios.find((s) => s.prompt === 'full') ?? { models: [] }).models.map((m) => [
      m.modelId,
      {
        usdPer1k: m.usdPer1k,
        usdPer1kCached: m.usdPer1kCached,
        inputTokens: m.inputTokens,
        outputTokens: m.outputTokens,
      },
    ]),
  );

const main = async () => {
  const options = parseOptions();
  const started = performance.now();
  const loadStart = loadavg();
  const step = (name: string) => log(`\n[${((performance.now() - started) / 1000).toFixed(0)} s] ${name}`);

  let bundles: Record<string, BundleReport | { error: string }> | undefined;
  let pipeline: PipelineReport | undefined;
  let embedded: EmbeddedRun | undefined;
  let costScenarios: CostScenario[] | undefined;
  if (options.parts.has('bundles')) {
    step('Lambda bundles and cold init');
    bundles = await measureBundles({ log });
  }
  if (options.parts.has('pipeline')) {
    step(`local pipeline and emulator floor, ${options.tickets} tickets each`);
    pipeline = await measurePipeline({ tickets: options.tickets, log });
  }
  if (options.parts.has('embedded') || options.parts.has('cost')) {
    step('embedded classifier on BANKING77, 5-fold CV');
    embedded = measureEmbedded({ log });
  }
  if (options.parts.has('cost')) {
    step('tokens and cost of the classifier request');
    costScenarios = await measureCost(embedded);
  }

  const classify = bundles?.classify;
  const shipped = costScenarios
    ?.find((s) => s.prompt === 'full')
    ?.models.find((m) => m.modelId === HAIKU_4_5);
  const results: BenchResults = {
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      node: process.versions.node,
      loadAverage: { start: loadStart, end: loadavg() },
    },
    ...(embedded ? { embedded: embedded.report } : {}),
    ...(pipeline ? { pipeline } : {}),
    ...(bundles ? { bundles } : {}),
    ...(costScenarios ? { costScenarios } : {}),
    targets: checkTargets({
      ratio: pipeline?.ratio,
      classifyBytes: classify && 'bytes' in classify ? classify.bytes : undefined,
      classifyInitMs: classify && 'initMs' in classify ? classify.initMs : undefined,
      haikuUsdPer1k: shipped?.usdPer1k,
      haikuUsdPer1kCached: shipped?.usdPer1kCached,
      embeddedAccuracy: options.parts.has('embedded') ? embedded?.report.accuracy : undefined,
      embeddedAurc: options.parts.has('embedded') ? embedded?.report.aurc : undefined,
    }),
  };
  process.stdout.write(`\n${formatBenchReport(results)}\n`);

  if (options.json) {
    const json = {
      date: new Date().toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: results.machine,
      pipeline: pipeline ?? null,
      bundles: bundles ?? null,
      cost: costScenarios ? costByModel(costScenarios) : null,
      costScenarios: costScenarios ?? null,
      embedded:
        embedded?.report ?? (options.parts.has('embedded') ? { skipped: 'BANKING77 not found' } : null),
      targets: results.targets,
      seconds: (performance.now() - started) / 1000,
    };
    writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`);
    log(`wrote ${options.json}`);
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
};

main().catch((error: unknown) => {
  log(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
});
