/**
 * End-to-end throughput of the local pipeline next to its emulator floor, measured in one bench
 * run with one harness (runTickets: publish, then watch every ticket reach its queue), each run in
 * a fresh process (bench/throughput-run.ts): floor, then (pipeline, floor) per round. Each side
 * keeps its best valid run. The machine is shared, so a burst of load from elsewhere can slow one
 * run badly; best-of on both sides compares what each can do, and ending on the floor keeps a
 * slow first floor run from flattering the ratio.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunKind, ThroughputRun } from './throughput-run.js';

interface PipelineReport {
  ticketsPerSecond: number;
  floorPerSecond: number;
  ratio: number;
  /**
   * Floor CPU per ticket over pipeline CPU per ticket (the least of each side's runs): what the
   * ratio tends to on an idle machine, where one Node process is CPU-bound on one core.
   */
  cpuRatio: number;
  cpuMsPerTicket: { pipeline: number; floor: number };
  tickets: number;
  concurrency: number;
  runs: { pipeline: ThroughputRun[]; floor: ThroughputRun[] };
}

interface PipelineOptions {
  tickets?: number;
  concurrency?: number;
  /** Pipeline runs, each followed by a floor run. Default 2. */
  rounds?: number;
  log?: (line: string) => void;
}

const RUNNER = fileURLToPath(new URL('./throughput-run.ts', import.meta.url));

const runInChild = (
  kind: RunKind,
  tickets: number,
  concurrency: number,
  dir: string,
): Promise<ThroughputRun> => {
  const out = join(dir, `${kind}-${Date.now()}.json`);
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', RUNNER, kind, String(tickets), String(concurrency), out],
      // The SDK's Node 20 end-of-support notice is noise in a benchmark's output.
      {
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      },
      (error) => {
        if (error) reject(error);
        else resolve(JSON.parse(readFileSync(out, 'utf8')) as ThroughputRun);
      },
    );
    child.stderr?.pipe(process.stderr);
  });
};

/** Every ticket reached a downstream queue: none dead-lettered, quarantined or lost. */
const isValid = (run: ThroughputRun) => run.autoResolved + run.escalated === run.tickets;

const leastCpu = (runs: readonly ThroughputRun[]) =>
  Math.min(...runs.filter(isValid).map((r) => r.cpuMsPerTicket));

const best = (runs: readonly ThroughputRun[], kind: RunKind): number => {
  const valid = runs.filter(isValid);
  if (valid.length === 0)
    throw new Error(`no valid ${kind} run: tickets were lost, quarantined or dead-lettered`);
  return Math.max(...valid.map((r) => r.ticketsPerSecond));
};

const measurePipeline = async (options: PipelineOptions = {}): Promise<PipelineReport> => {
  const { tickets = 5000, concurrency = 4, rounds = 2, log = () => undefined } = options;
  const dir = mkdtempSync(join(tmpdir(), 'triage-bench-throughput-'));
  const runs: PipelineReport['runs'] = { pipeline: [], floor: [] };
  const run = async (kind: RunKind) => {
    const result = await runInChild(kind, tickets, concurrency, dir);
    runs[kind].push(result);
    log(
      `  ${kind}: ${result.ticketsPerSecond.toFixed(1)} tickets/s, ${result.cpuMsPerTicket.toFixed(2)} CPU ms a ticket` +
        (isValid(result) ? '' : ` (invalid: ${result.deadLettered} dead-lettered, ${result.lost} lost)`),
    );
  };
  try {
    await run('floor');
    for (let round = 0; round < rounds; round += 1) {
      await run('pipeline');
      await run('floor');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ticketsPerSecond = best(runs.pipeline, 'pipeline');
  const floorPerSecond = best(runs.floor, 'floor');
  const cpuMsPerTicket = { pipeline: leastCpu(runs.pipeline), floor: leastCpu(runs.floor) };
  return {
    ticketsPerSecond,
    floorPerSecond,
    ratio: ticketsPerSecond / floorPerSecond,
    cpuRatio: cpuMsPerTicket.floor / cpuMsPerTicket.pipeline,
    cpuMsPerTicket,
    tickets,
    concurrency,
    runs,
  };
};

export type { PipelineReport };
export { measurePipeline };
