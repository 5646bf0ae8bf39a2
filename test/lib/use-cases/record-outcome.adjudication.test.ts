import { describe, expect, it } from 'vitest';
import type { QaAdjudicationItem } from '../../../lib/domain/outbound/outbound.schema.js';
import { QaItemSchema } from '../../../lib/domain/outbound/outbound.schema.js';
import { DEFAULT_BREAKER } from '../../../lib/domain/outcomes/circuit-breaker.js';
import type { Outcome } from '../../../lib/domain/outcomes/outcome.schema.js';
import { payloadHash } from '../../../lib/domain/outcomes/outcome-identity.js';
import type { StoredTicket } from '../../../lib/domain/tickets/ticket-record.js';
import { createRecordOutcome } from '../../../lib/use-cases/record-outcome.js';
import {
  createMemoryObservations,
  createMemoryOutcomes,
  createMemoryRouteConfigs,
} from '../../../tools/simulate/memory-repositories.js';
import { taxonomy, ticket } from '../../support/outcome-fixtures.js';

/**
 * Adjudication of disputed labels, through the outcome use case with in-memory repositories: a
 * human label that disagrees with the model on a calibration candidate is an error until QA rules,
 * QA gets one request for it, and QA's verdict replaces it.
 */

const NOW = Date.parse('2026-01-03T00:00:00Z');

const resolution = (finalRoute: string, over: Partial<Outcome> = {}): Outcome =>
  ({
    type: 'human_resolution',
    ticketId: 'T-1',
    finalRoute,
    handleSeconds: 200,
    resolvedAt: '2026-01-02T11:00:00Z',
    ...over,
  }) as Outcome;

const verdict = (correct: boolean, correctRoute?: string, ticketId = 'T-1'): Outcome => ({
  type: 'qa_verdict',
  ticketId,
  correct,
  ...(correctRoute ? { correctRoute } : {}),
  auditedAt: '2026-01-02T12:00:00Z',
});

const setup = () => {
  const tickets = new Map<string, StoredTicket>();
  const observations = createMemoryObservations();
  const qa: QaAdjudicationItem[] = [];
  const qaFailures = { left: 0 };
  const record = createRecordOutcome({
    readTicket: async (id) => tickets.get(id),
    outcomes: createMemoryOutcomes({ claimMs: 30_000, now: () => NOW }),
    observations,
    configs: createMemoryRouteConfigs(),
    taxonomy,
    breaker: DEFAULT_BREAKER,
    breakerWindowDays: 14,
    sendToQa: async (item) => {
      if (qaFailures.left > 0) {
        qaFailures.left -= 1;
        throw new Error('QA queue unavailable');
      }
      qa.push(item);
    },
    now: () => NOW,
  });
  tickets.set('T-1', ticket({ redactedText: 'Can I pay early? My card is [CARD].' }));
  const labels = () => observations.listRoute('pay_early', '');
  return { tickets, qa, qaFailures, record, labels };
};

describe('adjudication of disputed labels', () => {
  it('stores a human label that disagrees with the model as an error pending adjudication, and asks QA once', async () => {
    const { qa, record, labels } = setup();
    const disputed = resolution('late_fee');
    expect(await record(disputed)).toMatchObject({ kind: 'recorded', adjudicationRequested: true });
    expect(await labels()).toEqual([
      expect.objectContaining({ source: 'human', correct: false, adjudication: 'pending' }),
    ]);
    expect(qa).toEqual([
      {
        type: 'qa_adjudication',
        version: 1,
        adjudicationId: `T-1#${payloadHash(disputed)}`,
        ticketId: 'T-1',
        modelRoute: 'pay_early',
        confidence: 0.8,
        agentRoute: 'late_fee',
        redactedText: 'Can I pay early? My card is [CARD].',
        decidedAt: '2026-01-02T10:00:00.000Z',
        resolvedAt: '2026-01-02T11:00:00Z',
      },
    ]);
    expect(QaItemSchema.safeParse(qa[0]).success).toBe(true);
  });

  it('leaves a label that agrees with the model as it is, with nothing for QA', async () => {
    const { qa, record, labels } = setup();
    expect(await record(resolution('pay_early'))).not.toHaveProperty('adjudicationRequested');
    const [label] = await labels();
    expect(label).toMatchObject({ correct: true });
    expect(label).not.toHaveProperty('adjudication');
    expect(qa).toEqual([]);
  });

  it("replaces the pending label with QA's verdict, on the same observation", async () => {
    const { qa, record, labels } = setup();
    await record(resolution('late_fee'));
    const [pending] = await labels();
    // QA finds the model was right and the agent wrong.
    expect((await record(verdict(true, 'pay_early'))).kind).toBe('recorded');
    expect(await labels()).toEqual([
      expect.objectContaining({
        observationId: pending?.observationId,
        source: 'qa',
        correct: true,
        adjudication: 'done',
      }),
    ]);
    expect(qa).toHaveLength(1);
  });

  it('keeps the label an error when QA agrees with the agent', async () => {
    const { record, labels } = setup();
    await record(resolution('late_fee'));
    await record(verdict(false, 'late_fee'));
    expect(await labels()).toEqual([expect.objectContaining({ correct: false, adjudication: 'done' })]);
  });

  it('reads a verdict naming another route than the model as an error, whatever its correct flag says', async () => {
    const { record, labels } = setup();
    await record(resolution('late_fee'));
    await record(verdict(true, 'late_fee'));
    expect(await labels()).toEqual([expect.objectContaining({ correct: false, adjudication: 'done' })]);
  });

  it('treats an out-of-scope human label as a disputed error of the route the model chose', async () => {
    const { qa, record, labels } = setup();
    await record(resolution('out_of_scope'));
    expect(await labels()).toEqual([
      expect.objectContaining({ routeId: 'pay_early', correct: false, adjudication: 'pending' }),
    ]);
    expect(qa.map((i) => [i.modelRoute, i.agentRoute])).toEqual([['pay_early', 'out_of_scope']]);
    await record(verdict(false, 'out_of_scope'));
    expect(await labels()).toEqual([expect.objectContaining({ correct: false, adjudication: 'done' })]);
  });

  it('counts an out-of-scope audit verdict as an error of the auto-resolution, watched by the breaker', async () => {
    const { tickets, qa, record, labels } = setup();
    tickets.set('A-1', ticket({ ticketId: 'A-1', action: 'AUTO', labelPropensity: 0.069 }));
    const result = await record(verdict(true, 'out_of_scope', 'A-1'));
    expect(result).toMatchObject({ kind: 'recorded', breaker: expect.anything() });
    const [label] = await labels();
    expect(label).toMatchObject({ ticketId: 'A-1', source: 'qa', correct: false, autoResolved: true });
    expect(label).not.toHaveProperty('adjudication');
    expect(qa).toEqual([]);
  });

  it('keeps audits of auto-resolutions as they were: QA says right, the label is right', async () => {
    const { tickets, record, labels } = setup();
    tickets.set('A-2', ticket({ ticketId: 'A-2', action: 'AUTO', labelPropensity: 0.069 }));
    await record(verdict(true, 'pay_early', 'A-2'));
    const [label] = await labels();
    expect(label).toMatchObject({ ticketId: 'A-2', correct: true });
    expect(label).not.toHaveProperty('adjudication');
  });

  it('sends no second adjudication request when the outcome is delivered again', async () => {
    const { qa, record } = setup();
    const disputed = resolution('late_fee');
    expect((await record(disputed)).kind).toBe('recorded');
    expect((await record(disputed)).kind).toBe('duplicate');
    expect(qa).toHaveLength(1);
  });

  it('fails the outcome for a retry when QA cannot be told, and asks once when the retry succeeds', async () => {
    const { qa, qaFailures, record, labels } = setup();
    const disputed = resolution('late_fee');
    qaFailures.left = 1;
    await expect(record(disputed)).rejects.toThrow('QA queue unavailable');
    // The label is already an error: a failed request never leaves a disputed label counted right.
    expect(await labels()).toEqual([expect.objectContaining({ correct: false, adjudication: 'pending' })]);
    expect((await record(disputed)).kind).toBe('recorded');
    expect((await record(disputed)).kind).toBe('duplicate');
    expect(qa).toHaveLength(1);
  });

  it('asks nothing for a ticket that does not calibrate its route', async () => {
    const { tickets, qa, record, labels } = setup();
    tickets.set(
      'T-1',
      ticket({ candidate: false, labelPropensity: undefined, reason: 'customer_requested_human' }),
    );
    expect((await record(resolution('late_fee'))).kind).toBe('recorded');
    expect(await labels()).toEqual([]);
    expect(qa).toEqual([]);
  });
});
