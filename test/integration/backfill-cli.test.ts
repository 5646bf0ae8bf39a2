import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/triage-cli.js';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import { runBackfill } from '../../tools/backfill/backfill.js';
import { readHistoryCsv } from '../../tools/backfill/history-csv.js';
import { readLabelledCsv, writeLabelledCsv } from '../../tools/data/labelled-csv.js';
import type { LocalStack } from '../../tools/local/local-stack.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { emulatorEnv, runTriage } from '../support/run-cli.js';
import { sampleRows, smallSampleTrain } from '../support/small-train.js';

/**
 * `triage backfill` in process against the local stack (real classify handler behind the ingest
 * queue's poller, dynalite, the stand-in model), and the warm start that goes through it.
 */

let stack: LocalStack;
let telemetry: TelemetrySink;
let documents: DynamoDBDocumentClient;
const dir = mkdtempSync(join(tmpdir(), 'backfill-cli-'));
const trainPath = smallSampleTrain(3);

/** Sample tickets the training set does not hold: the 4th and 5th of each route. */
const historyCsv = (): string => writeLabelledCsv(join(dir, 'history.csv'), sampleRows(3, 5));

const historyLabels = async (): Promise<Observation[]> => {
  const items: Observation[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documents.send(
      new ScanCommand({ TableName: stack.emulators.tables.observations, ExclusiveStartKey: start }),
    );
    items.push(...((out.Items ?? []) as Observation[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items.filter((o) => o.source === 'history');
};

const target = () => [
  '--queue-url',
  stack.emulators.queues.ingest.url,
  '--tickets-table',
  stack.emulators.tables.tickets,
  '--taxonomy',
  SAMPLE.taxonomy,
];

beforeAll(async () => {
  telemetry = captureTelemetry();
  stack = await startLocalStack({ trainPath, taxonomyPath: SAMPLE.taxonomy });
  documents = DynamoDBDocumentClient.from(stack.emulators.dynamo);
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  telemetry?.restore();
});

describe('triage backfill against the local stack', () => {
  it('warm-starts through the classifier: one history label per training ticket, none twice', async () => {
    const rows = readLabelledCsv(trainPath).length;
    expect(await stack.seedHistory()).toBe(rows);
    expect(await historyLabels()).toHaveLength(rows);
    // The same file backfilled again is all duplicates: scored once, counted once.
    const { code, stdout } = await runTriage(stack.emulators, [
      'backfill',
      '--input',
      trainPath,
      ...target(),
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ tickets: rows, scored: rows, failed: 0, conflicts: 0 });
    expect(await historyLabels()).toHaveLength(rows);
  });

  it('resumes an interrupted backfill from its state file without counting a ticket twice', async () => {
    const input = historyCsv();
    const items = readHistoryCsv(input);
    const before = (await historyLabels()).length;
    const statePath = join(dir, 'history.state.json');

    // A first run stopped (as Ctrl-C stops it) after two chunks of ten.
    const controller = new AbortController();
    const partial = await runBackfill({
      sqs: stack.emulators.sqs,
      documents,
      queueUrl: stack.emulators.queues.ingest.url,
      ticketsTable: stack.emulators.tables.tickets,
      items,
      statePath,
      chunkSize: 10,
      signal: controller.signal,
      onPublished: (done) => {
        if (done >= 20) controller.abort();
      },
    });
    expect(partial).toMatchObject({ interrupted: true, published: 20 });
    // A crash between sending a chunk and recording it: five sent tickets the file does not list.
    const state = JSON.parse(readFileSync(statePath, 'utf8')) as { published: string[] };
    writeFileSync(statePath, JSON.stringify({ ...state, published: state.published.slice(5) }));

    // Ctrl-C at once: nothing more is published, exit 130, and the state file says what was.
    let stderr = '';
    const interrupted = await main(['backfill', '--input', input, ...target(), '--state', statePath], {
      stdout: { write: () => true },
      stderr: {
        write: (text: string) => {
          if (stderr === '') process.emit('SIGINT');
          stderr += text;
          return true;
        },
      },
      env: emulatorEnv(stack.emulators),
    });
    expect(interrupted).toBe(130);
    expect(stderr).toMatch(/interrupted: stopping after the current chunk/);

    const resumed = await runTriage(stack.emulators, [
      'backfill',
      '--input',
      input,
      ...target(),
      '--state',
      statePath,
      '--json',
    ]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/resuming: 15 of 50 tickets were published before/);
    const report = JSON.parse(resumed.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ tickets: 50, resumed: 15, published: 35, scored: 50, pending: 0 });
    const labels = await historyLabels();
    expect(labels).toHaveLength(before + 50);
    const ids = new Set(items.map((i) => i.ticketId));
    expect(labels.filter((o) => ids.has(o.ticketId))).toHaveLength(50);
  });

  it('prints labels and model-correct share per route, the cost, and the training step next, once everything is scored', async () => {
    const input = historyCsv();
    const { code, stdout, stderr } = await runTriage(stack.emulators, [
      'backfill',
      '--input',
      input,
      ...target(),
      '--state',
      join(dir, 'history.state.json'),
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/next: the train function .* trains the route scorer on this history/);
    expect(stdout).toMatch(/^route\s+labels\s+model correct$/m);
    expect(stdout).toMatch(
      /50 tickets · 50 scored · 0 failed · \d+ input \+ \d+ output tokens · \$0\.0000 · /,
    );
  });

  it('refuses labels the taxonomy has no route for, before publishing anything', async () => {
    const input = join(dir, 'unknown.csv');
    writeFileSync(input, 'text,category\nwhere is my parcel,Parcel Tracking\n');
    const { code, stderr } = await runTriage(stack.emulators, ['backfill', '--input', input, ...target()]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/1 label\(s\) name no route of .*\(parcel_tracking\)/);
  });
});
