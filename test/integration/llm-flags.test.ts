import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { readSignals } from '../../lib/domain/policy/signals.js';
import type { LocalStack } from '../../tools/local/local-stack.js';
import { startLocalStack } from '../../tools/local/local-stack.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { classifyThroughHandler } from '../support/classify-through-handler.js';
import { automateRoutes } from '../support/route-configs.js';
import { smallSampleTrain } from '../support/small-train.js';

/**
 * The LLM's own flags, end to end: the real classify handler against the emulators, with the
 * stand-in scripted to answer as an LLM would (the stand-in itself cannot judge a wish for a person
 * or vulnerability). Every route is automated at threshold 0 with no exploration, and the ticket
 * texts trip none of the deterministic signals, so the model's flag is all that stands between the
 * ticket and an automatic answer.
 */

let stack: LocalStack;
let telemetry: TelemetrySink;

const TEXTS = {
  wantsHuman: 'Quick one about the dates on my sofa order, the usual schedule please.',
  vulnerable: 'Could you tell me the dates on my sofa order? Things are hard at home.',
  both: 'Dates on my sofa order please. Honestly I would rather sort it with you directly.',
  neither: 'Could you tell me the dates left on my sofa order?',
} as const;

const FLAGS: Record<string, { wantsHuman: boolean; vulnerable: boolean }> = {
  [TEXTS.wantsHuman]: { wantsHuman: true, vulnerable: false },
  [TEXTS.vulnerable]: { wantsHuman: false, vulnerable: true },
  [TEXTS.both]: { wantsHuman: true, vulnerable: true },
  [TEXTS.neither]: { wantsHuman: false, vulnerable: false },
};

const ticket = (ticketId: string, body: string) =>
  JSON.stringify({
    ticketId,
    body,
    customer: { id: 'c-7' },
    channel: 'chat',
    createdAt: '2026-12-01T09:00:00Z',
  });

const triage = (tickets: [string, string][]) =>
  classifyThroughHandler(
    stack,
    tickets.map(([id, body]) => ticket(id, body)),
  );

beforeAll(async () => {
  telemetry = captureTelemetry();
  stack = await startLocalStack({
    trainPath: smallSampleTrain(20),
    taxonomyPath: SAMPLE.taxonomy,
    concurrency: 0,
    settings: { EXPLORATION_RATE: '0', AUDIT_RATE: '0' },
  });
  await automateRoutes(stack, loadTaxonomy(SAMPLE.taxonomy), 0);
  stack.standIn.setScript((text) => {
    const flags = FLAGS[text];
    return flags && { route: 'payment_schedule', confidence: 0.99, sentiment: 'neutral', ...flags };
  });
}, 120_000);

afterAll(async () => {
  stack?.standIn.setScript(undefined);
  await stack?.stop();
  telemetry?.restore();
});

describe("the LLM's wantsHuman and vulnerable flags through the classify handler", () => {
  it('uses texts the deterministic signals pass, so only the model flags them', () => {
    for (const text of Object.values(TEXTS)) {
      expect(readSignals(text)).toEqual({
        asksForHuman: false,
        vulnerability: false,
        injectionSuspected: false,
      });
    }
  });

  it('sends a ticket the model flags to the human queue with the escalation reason, and auto-resolves the unflagged one', async () => {
    const { resolutions, human } = await triage([
      ['F-1', TEXTS.wantsHuman],
      ['F-2', TEXTS.vulnerable],
      ['F-3', TEXTS.both],
      ['F-4', TEXTS.neither],
    ]);
    expect(resolutions.map((r) => r.ticketId)).toEqual(['F-4']);
    const byId = new Map(human.map((h) => [h.ticketId, h.escalation]));
    expect(byId.get('F-1')).toMatchObject({
      reason: 'customer_requested_human',
      reasons: ['customer_requested_human'],
    });
    expect(byId.get('F-2')).toMatchObject({ reason: 'vulnerability', reasons: ['vulnerability'] });
    expect(byId.get('F-3')).toMatchObject({
      reason: 'customer_requested_human',
      reasons: ['customer_requested_human', 'vulnerability'],
    });
    expect([...byId.keys()].sort()).toEqual(['F-1', 'F-2', 'F-3']);
  });

  it('stores the decision with its reason and the model flags that caused it', async () => {
    await triage([['F-10', TEXTS.vulnerable]]);
    const documents = DynamoDBDocumentClient.from(stack.emulators.dynamo);
    const stored = await documents.send(
      new GetCommand({ TableName: stack.emulators.tables.tickets, Key: { ticketId: 'F-10' } }),
    );
    expect(stored.Item).toMatchObject({
      action: 'HUMAN',
      reason: 'vulnerability',
      destination: 'human',
      classification: { vulnerable: true, wantsHuman: false, route: 'payment_schedule' },
    });
  });
});
