import { describe, expect, it } from 'vitest';
import type { StoredTicket } from '../../lib/adapters/dynamodb/ticket-record.js';
import { DEFAULT_BREAKER } from '../../lib/domain/outcomes/circuit-breaker.js';
import { createRecordOutcome, UnknownTicketError } from '../../lib/use-cases/record-outcome.js';
import {
  createMemoryObservations,
  createMemoryOutcomes,
  createMemoryRouteConfigs,
} from '../../tools/simulate/memory-repositories.js';
import { config, taxonomy, ticket } from './fixtures.js';

const setup = async () => {
  const tickets = new Map<string, StoredTicket>();
  const observations = createMemoryObservations();
  const configs = createMemoryRouteConfigs();
  await configs.save(
    config('pay_early', {
      mode: 'auto',
      threshold: 0.9,
      version: 1,
      pin: { kind: 'threshold', threshold: 0.9, by: 'ops', reason: 'launch' },
    }),
  );
  const record = createRecordOutcome({
    readTicket: async (id) => tickets.get(id),
    outcomes: createMemoryOutcomes(),
    observations,
    configs,
    taxonomy,
    breaker: DEFAULT_BREAKER,
    breakerWindowDays: 14,
    now: () => Date.parse('2026-01-03T00:00:00Z'),
  });
  return { tickets, observations, configs, record };
};

describe('recordOutcome', () => {
  it('records an outcome once, however often it is delivered or re-reported', async () => {
    const { tickets, observations, record } = await setup();
    tickets.set('T-1', ticket());
    const outcome = {
      type: 'human_resolution',
      ticketId: 'T-1',
      finalRoute: 'pay_early',
      handleSeconds: 200,
      resolvedAt: '2026-01-02T11:00:00Z',
    } as const;
    expect((await record(outcome)).kind).toBe('recorded');
    expect((await record(outcome)).kind).toBe('duplicate');
    expect(
      (await record({ ...outcome, finalRoute: 'late_fee', resolvedAt: '2026-01-02T12:00:00Z' })).kind,
    ).toBe('duplicate');
    expect(await observations.listRoute('pay_early', '')).toHaveLength(1);
  });

  it('fails, for a later retry, an outcome for a ticket with no stored decision', async () => {
    const { record } = await setup();
    await expect(
      record({ type: 'qa_verdict', ticketId: 'nope', correct: true, auditedAt: '2026-01-02T12:00:00Z' }),
    ).rejects.toBeInstanceOf(UnknownTicketError);
  });

  it('drops a route to shadow mode at once when audits show its quality slipped, lifting a threshold pin', async () => {
    const { tickets, configs, record } = await setup();
    for (let i = 0; i < 12; i += 1) {
      const id = `A-${i}`;
      tickets.set(
        id,
        ticket({
          ticketId: id,
          action: 'AUTO',
          labelPropensity: 0.069,
          decidedAt: `2026-01-02T10:${String(i).padStart(2, '0')}:00.000Z`,
        }),
      );
      await record({ type: 'qa_verdict', ticketId: id, correct: i >= 5, auditedAt: '2026-01-02T12:00:00Z' });
    }
    const after = await configs.get('pay_early');
    expect(after).toMatchObject({
      mode: 'shadow',
      reason: 'circuit_breaker_audit_errors',
      updatedBy: 'circuit-breaker',
    });
    expect(after?.pin).toBeUndefined();
    expect(after?.evidenceSince).toBe('2026-01-03T00:00:00.000Z');
    const trail = await configs.history('pay_early');
    expect(trail[0]).toMatchObject({
      actor: 'circuit-breaker',
      before: { mode: 'auto' },
      after: { mode: 'shadow' },
    });
  });
});
