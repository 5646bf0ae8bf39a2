import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBatchMetrics } from '../../../lib/adapters/metrics/batch-metrics.js';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../../lib/adapters/metrics/metric-names.js';
import { loadTaxonomy } from '../../../lib/config/load-taxonomy.js';
import type { ClassifyResult } from '../../../lib/domain/classification/classify-result.js';
import { ModelAccessDeniedError } from '../../../lib/domain/classification/errors.js';
import type { Observation } from '../../../lib/domain/outcomes/observation.js';
import type { TicketRepository } from '../../../lib/domain/ports.js';
import type { RouteConfig } from '../../../lib/domain/route-config/route-config.schema.js';
import type { LabelledExample } from '../../../lib/domain/scorer/labelled-example.schema.js';
import { historyCorrect } from '../../../lib/domain/tickets/history-decision.js';
import { parseTicketMessage, QuarantineError } from '../../../lib/domain/tickets/parse-message.js';
import type { StoredTicket } from '../../../lib/domain/tickets/ticket-record.js';
import type { TriageOutcome } from '../../../lib/domain/tickets/triage-outcome.js';
import { createLimiter } from '../../../lib/use-cases/concurrency.js';
import type { TriageDeps } from '../../../lib/use-cases/triage-record.js';
import { createTriageRecord } from '../../../lib/use-cases/triage-record.js';
import { SAMPLE } from '../../../tools/local/sample-data.js';
import type { TelemetrySink } from '../../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../../tools/local/telemetry-capture.js';
import { classificationOf, refusedResult } from '../../support/classification.js';

/** A history ticket (triage backfill): scored as evidence, never decided, never sent anywhere. */

const taxonomy = loadTaxonomy(SAMPLE.taxonomy);
const DECIDED_AT = '2026-11-20T09:31:00.000Z';

// The most permissive live config: every confident ticket auto-resolved, every one audited.
const automated: RouteConfig = {
  routeId: 'payment_schedule',
  mode: 'auto',
  threshold: 0.1,
  explorationRate: 0,
  auditRate: 1,
  version: 3,
};

const answered = (route: string, confidence: number): ClassifyResult => ({
  ok: true,
  classification: classificationOf(route, confidence),
  usage: { inputTokens: 900, outputTokens: 40, cacheReadTokens: 0, cacheWriteTokens: 0 },
  costUsd: 0.0011,
  modelCalls: 1,
  latencyMs: 80,
});

const failed: ClassifyResult = {
  ok: false,
  error: 'invalid_model_output',
  detail: 'no tool call',
  usage: { inputTokens: 900, outputTokens: 5 },
  costUsd: 0.0009,
  modelCalls: 2,
  latencyMs: 90,
};

const message = (history: unknown, ticketId = 'history-1') =>
  JSON.stringify({
    ticketId,
    body: 'When is my next instalment due?',
    customer: { id: 'history' },
    channel: 'email',
    createdAt: '2025-03-01T10:00:00Z',
    ...(history === undefined ? {} : { history }),
  });

/** The tickets table's state machine in memory: claim, store the decision, mark it dispatched. */
const memoryTickets = () => {
  const items = new Map<string, StoredTicket>();
  const store: TicketRepository = {
    read: async (ticketId) => items.get(ticketId),
    claim: async (request) => {
      const existing = items.get(request.ticketId);
      if (existing?.status === 'DISPATCHED') return { kind: 'done', ticket: existing };
      if (existing?.status === 'DECIDED') return { kind: 'decided', ticket: existing };
      items.set(request.ticketId, {
        ticketId: request.ticketId,
        status: 'CLAIMED',
        bodyHash: request.bodyHash,
      });
      return { kind: 'claimed' };
    },
    saveDecision: async (record) => {
      items.set(record.ticketId, { ...items.get(record.ticketId), ...record, status: 'DECIDED' });
    },
    release: async () => undefined,
    markDispatched: async (ticketId) => {
      const item = items.get(ticketId);
      if (item) item.status = 'DISPATCHED';
    },
  };
  return { items, store };
};

const setup = (result: ClassifyResult, options: { failFirstPut?: boolean; acceptHistory?: boolean } = {}) => {
  const tickets = memoryTickets();
  const sent: string[] = [];
  const observations: Observation[] = [];
  const calls = { model: 0, puts: 0 };
  const quarantined: { reason: string; ticketId?: string }[] = [];
  const examples: LabelledExample[] = [];
  const deps: TriageDeps = {
    taxonomy,
    routeConfigs: async () => new Map([[automated.routeId, automated]]),
    classifier: {
      classify: async () => {
        calls.model += 1;
        return result;
      },
    },
    tickets: tickets.store,
    quarantine: {
      put: async (entry: { reason: string; ticketId?: string }) => void quarantined.push(entry),
    } as unknown as TriageDeps['quarantine'],
    sender: { send: async (url: string) => void sent.push(url) } as unknown as TriageDeps['sender'],
    observations: {
      put: async (o) => {
        calls.puts += 1;
        if (options.failFirstPut && calls.puts === 1) throw new Error('observations table unavailable');
        observations.push(o);
      },
    },
    examples: { put: async (e) => void examples.push(e) },
    queueUrls: { resolutions: 'q://resolutions', human: 'q://human', qa: 'q://qa' },
    modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
    modelLimiter: createLimiter(1),
    reserveMs: 0,
    now: () => Date.parse(DECIDED_AT),
    acceptHistory: options.acceptHistory ?? true,
  };
  return { triage: createTriageRecord(deps), tickets, sent, observations, calls, quarantined, examples };
};

describe('the history field of the ticket contract', () => {
  it('accepts a route id or out_of_scope, with an optional label time', () => {
    expect(parseTicketMessage(message({ route: 'payment_schedule' })).history).toEqual({
      route: 'payment_schedule',
    });
    expect(
      parseTicketMessage(message({ route: 'out_of_scope', labelledAt: '2025-03-02T08:00:00Z' })).history,
    ).toEqual({ route: 'out_of_scope', labelledAt: '2025-03-02T08:00:00Z' });
  });

  it.each([
    ['a label that is no route id', { route: 'Payment Schedule' }],
    ['an unknown key', { route: 'payment_schedule', correct: true }],
    ['a label time that is no ISO time', { route: 'payment_schedule', labelledAt: 'yesterday' }],
  ])('quarantines %s as a schema violation', (_, history) => {
    expect(() => parseTicketMessage(message(history))).toThrow(QuarantineError);
  });
});

describe('a history ticket through the classify use case', () => {
  it('is quarantined, unclaimed and unscored, on a stack that refuses history (ACCEPT_HISTORY=false)', async () => {
    const { triage, sent, tickets, observations, calls, quarantined } = setup(
      answered('payment_schedule', 0.97),
      {
        acceptHistory: false,
      },
    );
    const outcome = await triage({ messageId: 'm-1', body: message({ route: 'payment_schedule' }) });
    expect(outcome).toMatchObject({
      kind: 'quarantined',
      reason: 'history_not_accepted',
      ticketId: 'history-1',
    });
    expect(quarantined).toEqual([
      expect.objectContaining({ reason: 'history_not_accepted', ticketId: 'history-1' }),
    ]);
    expect([sent, observations, calls.model, tickets.items.size]).toEqual([[], [], 0, 0]);
    // A live ticket on the same stack is triaged as usual.
    await triage({ messageId: 'm-2', body: message(undefined, 'live-1') });
    expect(calls.model).toBe(1);
  });

  it('quarantines, unclaimed and unscored, a history ticket whose route the taxonomy does not know', async () => {
    // Recorded, it would be an error of whatever route the model picked: a label no route can earn.
    const { triage, sent, tickets, observations, calls, quarantined } = setup(
      answered('payment_schedule', 0.97),
    );
    const outcome = await triage({ messageId: 'm-1', body: message({ route: 'refund_everything' }) });
    expect(outcome).toMatchObject({
      kind: 'quarantined',
      reason: 'unknown_history_route',
      ticketId: 'history-1',
    });
    expect(quarantined).toEqual([
      expect.objectContaining({
        reason: 'unknown_history_route',
        ticketId: 'history-1',
        detail: expect.stringContaining('refund_everything'),
      }),
    ]);
    expect([sent, observations, calls.model, tickets.items.size]).toEqual([[], [], 0, 0]);
  });

  it('still records out_of_scope history, which no route can answer, as an error of the route picked', async () => {
    const { triage, observations } = setup(answered('payment_schedule', 0.97));
    await triage({ messageId: 'm-1', body: message({ route: 'out_of_scope' }) });
    expect(observations).toEqual([expect.objectContaining({ routeId: 'payment_schedule', correct: false })]);
  });

  it('sends nothing to the resolutions, human or QA queues, even on an automated, fully audited route', async () => {
    const { triage, sent, tickets } = setup(answered('payment_schedule', 0.97));
    const outcome = await triage({ messageId: 'm-1', body: message({ route: 'payment_schedule' }) });
    expect(sent).toEqual([]);
    expect(outcome).toMatchObject({ kind: 'history', ticketId: 'history-1', observed: true, resent: false });
    const stored = tickets.items.get('history-1');
    expect(stored).toMatchObject({
      status: 'DISPATCHED',
      action: 'HISTORY',
      destination: 'history',
      history: { route: 'payment_schedule' },
      routeId: 'payment_schedule',
      llmUsd: 0.0011,
    });
    expect(stored?.outboundMessage).toBeUndefined();
    expect(stored?.qaMessage).toBeUndefined();
    expect(stored?.candidate).toBeUndefined();
  });

  it('writes one history label of the model’s route: score, correctness, weight 1, never automatable', async () => {
    const { triage, observations } = setup(answered('payment_schedule', 0.97));
    await triage({ messageId: 'm-1', body: message({ route: 'payment_schedule' }) });
    expect(observations).toEqual([
      {
        routeId: 'payment_schedule',
        observationId: `${DECIDED_AT}#history-1#label`,
        ticketId: 'history-1',
        kind: 'label',
        source: 'history',
        team: 'payments',
        autoResolved: false,
        score: 0.97,
        correct: true,
        weight: 1,
        automatable: false,
        observedAt: DECIDED_AT,
      },
    ]);
  });

  it('records a label that names another route as an error of the model’s route', async () => {
    const { triage, observations } = setup(answered('payment_schedule', 0.8));
    await triage({ messageId: 'm-1', body: message({ route: 'late_fee' }) });
    expect(observations.map((o) => [o.routeId, o.correct])).toEqual([['payment_schedule', false]]);
  });

  it('records an out_of_scope history label as an error of whatever route the model chose', async () => {
    const { triage, observations } = setup(answered('payment_schedule', 0.99));
    await triage({ messageId: 'm-1', body: message({ route: 'out_of_scope' }) });
    expect(observations.map((o) => [o.routeId, o.correct])).toEqual([['payment_schedule', false]]);
    expect(historyCorrect('out_of_scope', 'out_of_scope')).toBe(false);
    expect(historyCorrect(undefined, 'payment_schedule')).toBe(false);
  });

  it('writes no label when the model fails, and says so', async () => {
    const { triage, observations, sent, tickets } = setup(failed);
    const outcome = await triage({ messageId: 'm-1', body: message({ route: 'payment_schedule' }) });
    expect(outcome).toMatchObject({ kind: 'history', observed: false, llmUsd: 0.0009 });
    expect(observations).toEqual([]);
    expect(sent).toEqual([]);
    expect(tickets.items.get('history-1')).toMatchObject({
      status: 'DISPATCHED',
      modelError: 'no tool call',
    });
  });

  it('leaves a history ticket for a retry, unscored, when the model is refused for configuration', async () => {
    const refused = refusedResult();
    const { triage, observations, sent, tickets } = setup(refused);
    await expect(
      triage({ messageId: 'm-1', body: message({ route: 'payment_schedule' }) }),
    ).rejects.toBeInstanceOf(ModelAccessDeniedError);
    expect(observations).toEqual([]);
    expect(sent).toEqual([]);
    expect(tickets.items.get('history-1')?.status).toBe('CLAIMED');
  });

  it('writes the same observation id on a redelivery after a failed write, without a second model call', async () => {
    const { triage, observations, calls } = setup(answered('late_fee', 0.9), { failFirstPut: true });
    const body = message({ route: 'late_fee' });
    await expect(triage({ messageId: 'm-1', body })).rejects.toThrow('observations table unavailable');
    const again = await triage({ messageId: 'm-2', body });
    expect(again).toMatchObject({ kind: 'history', observed: true, resent: true, inputTokens: 0 });
    expect(calls).toEqual({ model: 1, puts: 2 });
    expect(observations.map((o) => o.observationId)).toEqual([`${DECIDED_AT}#history-1#label`]);
  });

  it('has no effect at all on a delivery of a ticket already recorded', async () => {
    const { triage, observations, calls } = setup(answered('late_fee', 0.9));
    const body = message({ route: 'late_fee' });
    await triage({ messageId: 'm-1', body });
    expect(await triage({ messageId: 'm-2', body })).toEqual({ kind: 'duplicate', ticketId: 'history-1' });
    expect(observations).toHaveLength(1);
    expect(calls.model).toBe(1);
  });
});

describe('batch metrics of history tickets', () => {
  let sink: TelemetrySink;
  beforeEach(() => {
    sink = captureTelemetry();
  });
  afterEach(() => sink.restore());

  const history = (observed: boolean): TriageOutcome => ({
    kind: 'history',
    ticketId: 'history-1',
    routeId: observed ? 'payment_schedule' : undefined,
    observed,
    inputTokens: 900,
    outputTokens: 40,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    llmUsd: 0.001,
    latencyMs: 80,
    resent: false,
  });

  it('counts history as scored or unscored, never as a route’s received, auto-resolved or escalated ticket', () => {
    const batch = createBatchMetrics();
    batch.add(history(true));
    batch.add(history(true));
    batch.add(history(false));
    batch.publish(new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME }));
    const docs = sink.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((d) => '_aws' in d);
    expect(docs.filter((d) => d.Route !== undefined)).toEqual([]);
    const total = docs.find((d) => d.Route === undefined && d.Reason === undefined) ?? {};
    expect(total[METRIC.historyScored]).toBe(2);
    expect(total[METRIC.historyUnscored]).toBe(1);
    expect(total[METRIC.historyLlmCostUsd]).toBeCloseTo(0.003, 10);
    expect(total[METRIC.ticketsClassified]).toBe(0);
    for (const name of [METRIC.ticketsReceived, METRIC.autoResolved, METRIC.escalated]) {
      expect(total[name], name).toBeUndefined();
    }
  });
});

describe('a history ticket as a training example of the route scorer', () => {
  it("keeps its redacted text, its label and the model's route", async () => {
    const { triage, examples } = setup(answered('payment_schedule', 0.97));
    await triage({ messageId: 'm-1', body: message({ route: 'order_status' }) });
    expect(examples).toEqual([
      {
        ticketId: 'history-1',
        text: 'When is my next instalment due?',
        route: 'order_status',
        llmRoute: 'payment_schedule',
        customerId: 'history',
        source: 'history',
        weight: 1,
        decidedAt: DECIDED_AT,
        labelledAt: DECIDED_AT,
      },
    ]);
  });
});
