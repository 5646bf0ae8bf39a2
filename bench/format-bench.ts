import { formatTable } from '../tools/local/terminal.js';
import { percent } from '../tools/report/percent.js';
import type { CostScenario } from './cost-table.js';
import type { EmbeddedReport } from './embedded-cv.js';
import type { BundleReport } from './lambda-bundles.js';
import type { PipelineReport } from './pipeline-throughput.js';
import type { TargetCheck } from './targets.js';

/** The readable benchmark report printed on stdout. */

interface BenchResults {
  machine: { cores: number; cpu: string; node: string; loadAverage: { start: number[]; end: number[] } };
  embedded?: EmbeddedReport;
  pipeline?: PipelineReport;
  bundles?: Record<string, BundleReport | { error: string }>;
  costScenarios?: CostScenario[];
  targets: TargetCheck[];
}

const usd = (x: number) => `$${x.toFixed(3)}`;

const embeddedSection = (e: EmbeddedReport): string =>
  [
    `embedded classifier, ${e.dataset}, ${e.folds}-fold stratified CV (${e.examples} tickets, ${e.labels} labels)`,
    `  accuracy ${percent(e.accuracy)} · macro-F1 ${percent(e.macroF1)} · ECE ${e.ece.toFixed(4)} · AURC ${e.aurc.toFixed(4)} (perfect ranking ${e.aurcOptimal.toFixed(4)})`,
    `  coverage at risk 1% ${percent(e.coverageAtRisk['0.01'])} · 2% ${percent(e.coverageAtRisk['0.02'])} · 5% ${percent(e.coverageAtRisk['0.05'])}`,
    `  top-5 recall ${e.topKRecall ? percent(e.topKRecall.recall) : '-'} · train ${e.meanTrainSeconds.toFixed(1)} s per fold · ${Math.round(e.predictionsPerSecond)} predictions/s`,
  ].join('\n');

const runs = (list: readonly { ticketsPerSecond: number }[]) =>
  list.map((r) => r.ticketsPerSecond.toFixed(1)).join(', ');

const pipelineSection = (p: PipelineReport): string =>
  [
    `local pipeline, ${p.tickets} tickets a run, ${p.concurrency} concurrent classify invocations, best run of each side`,
    `  CPU per ticket: pipeline ${p.cpuMsPerTicket.pipeline.toFixed(2)} ms · floor ${p.cpuMsPerTicket.floor.toFixed(2)} ms · CPU ratio ${p.cpuRatio.toFixed(2)}`,
    `  pipeline ${p.ticketsPerSecond.toFixed(1)} tickets/s (runs: ${runs(p.runs.pipeline)}) · emulator floor ${p.floorPerSecond.toFixed(1)} tickets/s (runs: ${runs(p.runs.floor)}) · ratio ${p.ratio.toFixed(2)}`,
  ].join('\n');

const largestLine = (classify: BundleReport | { error: string } | undefined): string =>
  classify && 'largest' in classify
    ? `\nclassify bundle by package: ${Object.entries(classify.largest)
        .map(([pkg, bytes]) => `${pkg} ${(bytes / 1000).toFixed(0)} kB`)
        .join(', ')}`
    : '';

const bundlesSection = (bundles: Record<string, BundleReport | { error: string }>): string =>
  formatTable(
    [
      'function',
      'bundle bytes',
      'source map bytes',
      'init ms (median)',
      'init ms (min)',
      'without source maps',
    ],
    Object.entries(bundles).map(([name, b]) =>
      'error' in b
        ? [name, b.error, '', '', '', '']
        : [
            name,
            b.bytes,
            b.mapBytes,
            b.initMs.toFixed(0),
            b.initMsMin.toFixed(0),
            b.initMsWithoutSourceMaps.toFixed(0),
          ],
    ),
  ) + largestLine(bundles.classify);

const costSection = (scenarios: readonly CostScenario[]): string =>
  formatTable(
    [
      'taxonomy',
      'prompt',
      'model',
      'input tok',
      'output tok',
      'cacheable',
      'per 1k',
      'cached',
      'cached if padded',
    ],
    scenarios.flatMap((s) =>
      s.models.map((m) => [
        `${s.taxonomy} (${s.routes})`,
        s.prompt,
        m.modelId,
        Math.round(m.inputTokens),
        Math.round(m.outputTokens),
        `${Math.round(m.cacheablePrefixTokens)}/${m.cacheMinimumTokens}${m.cacheEligible ? ' yes' : ' no'}`,
        usd(m.usdPer1k),
        usd(m.usdPer1kCached),
        m.usdPer1kPaddedToCacheMinimum === null ? '-' : usd(m.usdPer1kPaddedToCacheMinimum),
      ]),
    ),
  );

const targetsSection = (targets: readonly TargetCheck[]): string =>
  formatTable(
    ['target', 'wanted', 'measured', ''],
    targets.map((t) => [t.name, t.target, t.measured, t.met ? 'met' : 'MISSED']),
  );

const formatBenchReport = (r: BenchResults): string =>
  [
    `machine: ${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}, load average ${r.machine.loadAverage.start.map((l) => l.toFixed(1)).join('/')} at start, ${r.machine.loadAverage.end.map((l) => l.toFixed(1)).join('/')} at end`,
    '',
    r.embedded ? embeddedSection(r.embedded) : 'embedded classifier: skipped (BANKING77 not found)',
    '',
    r.pipeline ? pipelineSection(r.pipeline) : 'local pipeline: not run',
    '',
    r.bundles ? bundlesSection(r.bundles) : 'bundles: not run',
    '',
    r.costScenarios
      ? `tokens (~4 characters a token) and USD per 1k tickets\n${costSection(r.costScenarios)}`
      : 'cost: not run',
    '',
    targetsSection(r.targets),
  ].join('\n');

export type { BenchResults };
export { formatBenchReport };
