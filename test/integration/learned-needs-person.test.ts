import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLabelledExampleStore } from '../../lib/adapters/s3/labelled-example-store.js';
import { mapBounded } from '../../lib/adapters/s3/s3-objects.js';
import { createScorerStore } from '../../lib/adapters/s3/scorer-store.js';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { readSignals } from '../../lib/domain/policy/signals.js';
import type { LabelledExample } from '../../lib/domain/scorer/labelled-example.schema.js';
import { loadScorer } from '../../lib/domain/scorer/load-scorer.js';
import { MIN_NEED_POSITIVES } from '../../lib/domain/scorer/need-detector.js';
import type { TrainReport } from '../../lib/use-cases/train-route-scorer.js';
import type { LocalStack } from '../../tools/local/local-stack.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { classifyThroughHandler } from '../support/classify-through-handler.js';
import { automateRoutes } from '../support/route-configs.js';
import { sampleRows, smallSampleTrain } from '../support/small-train.js';

/**
 * The need-a-person detector end to end: labelled examples in the scorer bucket, some marked
 * `neededPerson` by agents for a way of saying it that the deterministic signals do not read; the
 * real train handler trains the scorer and its detector; every route is then automated on that
 * scorer version at threshold 0, with the LLM scripted to agree and raise no flag, so the detector
 * is all that stands between a ticket of that kind and an automatic answer.
 */

let stack: LocalStack;
let telemetry: TelemetrySink;
let report: TrainReport;

/** What agents marked: tickets saying things are hard at home, which no signal reads. */
const HARDSHIP = [
  'Things are hard at home.',
  'Things are really hard at home right now.',
  'It is hard at home.',
];
const ROUTINE = 'when is my next payment due';
const FLAGGED = `${ROUTINE}? Things are hard at home at the moment.`;

const example = (ticketId: string, text: string, route: string, neededPerson: boolean): LabelledExample => ({
  ticketId,
  text,
  route,
  ...(neededPerson ? { neededPerson: true } : {}),
  customerId: `c-${ticketId}`,
  source: 'human',
  weight: 1,
  decidedAt: '2026-12-01T10:00:00.000Z',
  labelledAt: '2026-12-01T12:00:00.000Z',
});

/** Eight routine tickets of each route, and one more of each with hardship added and marked. */
const labelled = (): LabelledExample[] => [
  ...sampleRows(0, 8).map((r, i) => example(`R-${i}`, r.text, r.label, false)),
  ...sampleRows(8, 9).map((r, i) => example(`N-${i}`, `${r.text} ${HARDSHIP[i % 3]}`, r.label, true)),
];

const triage = (tickets: [string, string][]) =>
  classifyThroughHandler(
    stack,
    tickets.map(([ticketId, body]) =>
      JSON.stringify({
        ticketId,
        body,
        customer: { id: 'c-9' },
        channel: 'chat',
        createdAt: '2026-12-07T09:00:00Z',
      }),
    ),
  );

beforeAll(async () => {
  telemetry = captureTelemetry();
  stack = await startLocalStack({
    trainPath: smallSampleTrain(20),
    taxonomyPath: SAMPLE.taxonomy,
    concurrency: 0,
    // Three folds and a linear-sized set: the same path as a daily run, in a few seconds.
    settings: { EXPLORATION_RATE: '0', AUDIT_RATE: '0', MIN_EXAMPLES: '20', CV_FOLDS: '3' },
  });
  const location = { client: stack.emulators.s3, bucket: stack.emulators.buckets.scorer };
  const store = createLabelledExampleStore(location);
  await mapBounded(labelled(), 8, (e) => store.put(e));
  report = await stack.train();
  if (report.kind !== 'trained') throw new Error(`the scorer did not train: ${JSON.stringify(report)}`);
  await automateRoutes(stack, loadTaxonomy(SAMPLE.taxonomy), 0, report.version);
  const scorer = loadScorer((await createScorerStore(location).getArtifact(report.version))!);
  // The LLM agrees with the scorer and raises no flag of its own.
  stack.standIn.setScript((text) =>
    text === ROUTINE || text === FLAGGED
      ? {
          route: scorer.score(text).route,
          confidence: 0.99,
          sentiment: 'neutral',
          wantsHuman: false,
          vulnerable: false,
        }
      : undefined,
  );
}, 120_000);

afterAll(async () => {
  stack?.standIn.setScript(undefined);
  await stack?.stop();
  telemetry?.restore();
});

describe('the need-a-person detector, trained by the train handler, in the classify handler', () => {
  it('uses wording the deterministic signals pass, so only the detector can catch it', () => {
    for (const text of [...HARDSHIP, FLAGGED, ROUTINE]) {
      expect(readSignals(text)).toMatchObject({ asksForHuman: false, vulnerability: false });
    }
  });

  it('trains a detector from the marked examples and reports it', () => {
    expect(report).toMatchObject({
      kind: 'trained',
      detector: { trained: true, positives: 25, negatives: 200 },
    });
    // A precondition of the example set, not of the detector: enough marks to train one.
    expect(labelled().filter((e) => e.neededPerson)).toHaveLength(25);
    expect(25).toBeGreaterThanOrEqual(MIN_NEED_POSITIVES);
  });

  it('sends a ticket of the marked kind to a person with the learned reason, and automates the routine one', async () => {
    const { resolutions, human } = await triage([
      ['L-1', FLAGGED],
      ['L-2', ROUTINE],
    ]);
    expect(resolutions.map((r) => r.ticketId)).toEqual(['L-2']);
    expect(human.map((h) => [h.ticketId, h.escalation])).toEqual([
      ['L-1', { reason: 'learned_needs_person', reasons: ['learned_needs_person'] }],
    ]);
    const stored = await DynamoDBDocumentClient.from(stack.emulators.dynamo).send(
      new GetCommand({ TableName: stack.emulators.tables.tickets, Key: { ticketId: 'L-1' } }),
    );
    expect(stored.Item).toMatchObject({
      reason: 'learned_needs_person',
      scorer: { version: report.kind === 'trained' ? report.version : '', needsPerson: true, agrees: true },
    });
  });
});
