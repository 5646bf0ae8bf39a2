/**
 * One throughput run, in its own process: `node --import tsx bench/throughput-run.ts floor|pipeline
 * TICKETS CONCURRENCY OUT.json`. A fresh process per run matters for the pipeline: the handler
 * modules read their configuration once, at import, like a Lambda cold start, so a second local
 * stack in the same process would still talk to the first one's (stopped) endpoints.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadTaxonomy } from '../lib/config/load-taxonomy.js';
import type { LocalStack } from '../tools/local/local-stack.js';
import { startLocalStack } from '../tools/local/local-stack.js';
import { runTickets } from '../tools/local/run-tickets.js';
import { SAMPLE } from '../tools/local/sample-data.js';
import { captureTelemetry } from '../tools/local/telemetry-capture.js';
import { cycleTickets } from './bench-tickets.js';
import { startFloorStack } from './emulator-floor.js';

type RunKind = 'floor' | 'pipeline';

interface ThroughputRun {
  kind: RunKind;
  tickets: number;
  seconds: number;
  ticketsPerSecond: number;
  /**
   * CPU time of the whole process (emulators, stand-in model, handlers, harness) per ticket over
   * the timed window. Far less sensitive than wall-clock throughput to load from other processes.
   */
  cpuMsPerTicket: number;
  /** Where the tickets ended up; a valid run has every ticket escalated or auto-resolved. */
  autoResolved: number;
  escalated: number;
  quarantined: number;
  deadLettered: number;
  lost: number;
}

const startStack = (kind: RunKind, concurrency: number): Promise<LocalStack> =>
  kind === 'floor'
    ? startFloorStack({ concurrency })
    : // Routes start in shadow mode (no seeded history): every ticket is classified and escalated.
      startLocalStack({ trainPath: SAMPLE.train, taxonomyPath: SAMPLE.taxonomy, concurrency });

const timeRun = async (
  kind: RunKind,
  count: number,
  concurrency: number,
  log: (line: string) => void,
): Promise<ThroughputRun> => {
  const items = cycleTickets(SAMPLE.tickets, count, `bench-${kind}-${randomUUID().slice(0, 8)}`);
  // The handlers print EMF metrics and logs on stdout, as in Lambda; keep them off the report.
  const telemetry = captureTelemetry(false);
  const stack = await startStack(kind, concurrency);
  try {
    let lastLogged = 0;
    const cpuBefore = process.cpuUsage();
    const { summary } = await runTickets(stack, items, {
      taxonomy: loadTaxonomy(SAMPLE.taxonomy),
      idleTimeoutMs: 60_000,
      onProgress: (p) => {
        if (p.accounted - lastLogged < 2500 && p.accounted !== p.total) return;
        lastLogged = p.accounted;
        log(`  ${kind}: ${p.accounted}/${p.total} tickets accounted for`);
      },
    });
    const cpu = process.cpuUsage(cpuBefore);
    return {
      kind,
      tickets: count,
      seconds: summary.durationSeconds,
      ticketsPerSecond: summary.ticketsPerSecond,
      cpuMsPerTicket: (cpu.user + cpu.system) / 1000 / count,
      autoResolved: summary.autoResolved,
      escalated: summary.escalated,
      quarantined: summary.quarantined,
      deadLettered: summary.deadLettered,
      lost: summary.lost,
    };
  } finally {
    await stack.stop();
    telemetry.restore();
  }
};

const main = async () => {
  const [kind, tickets, concurrency, out] = process.argv.slice(2);
  if ((kind !== 'floor' && kind !== 'pipeline') || !out) {
    throw new Error('usage: throughput-run.ts floor|pipeline TICKETS CONCURRENCY OUT.json');
  }
  const run = await timeRun(kind, Number(tickets), Number(concurrency), (l) =>
    process.stderr.write(`${l}\n`),
  );
  writeFileSync(out, JSON.stringify(run));
};

if (process.argv[1]?.endsWith('throughput-run.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`throughput-run: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}

export type { RunKind, ThroughputRun };
export { timeRun };
