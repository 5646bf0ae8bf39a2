import { describe, expect, it } from 'vitest';
import { DEFAULT_BREAKER } from '../../../lib/domain/outcomes/circuit-breaker.js';
import type { Outcome } from '../../../lib/domain/outcomes/outcome.schema.js';
import {
  BreakerConflictError,
  OutcomeBusyError,
  UndecidedTicketError,
} from '../../../lib/domain/outcomes/outcome-errors.js';
import { outcomeBody, payloadHash } from '../../../lib/domain/outcomes/outcome-identity.js';
import type { RouteConfigRepository } from '../../../lib/domain/ports.js';
import { VersionConflictError } from '../../../lib/domain/ports.js';
import type { LabelledExample } from '../../../lib/domain/scorer/labelled-example.schema.js';
import type { StoredTicket } from '../../../lib/domain/tickets/ticket-record.js';
import { createRecordOutcome } from '../../../lib/use-cases/record-outcome.js';
import {
  createMemoryObservations,
  createMemoryOutcomes,
  createMemoryRouteConfigs,
} from '../../../tools/simulate/memory-repositories.js';
import { config, taxonomy, ticket } from '../../support/outcome-fixtures.js';

const NOW = Date.parse('2026-01-03T00:00:00Z');

const resolution = {
  type: 'human_resolution',
  ticketId: 'T-1',
  finalRoute: 'pay_early',
  handleSeconds: 200,
  resolvedAt: '2026-01-02T11:00:00Z',
} as const;

const setup = async (wrapConfigs: (r: RouteConfigRepository) => RouteConfigRepository = (r) => r) => {
  const tickets = new Map<string, StoredTicket>();
  const observations = createMemoryObservations();
  const configs = createMemoryRouteConfigs();
  const clock = { now: NOW };
  const outcomes = createMemoryOutcomes({ claimMs: 30_000, now: () => clock.now });
  await configs.save(
    config('pay_early', {
      mode: 'auto',
      threshold: 0.9,
      version: 1,
      pin: { kind: 'threshold', threshold: 0.9, by: 'ops', reason: 'launch' },
    }),
  );
  const examples: LabelledExample[] = [];
  const record = createRecordOutcome({
    examples: { put: async (e) => void examples.push(e) },
    readTicket: async (id) => tickets.get(id),
    outcomes,
    observations,
    configs: wrapConfigs(configs),
    taxonomy,
    breaker: DEFAULT_BREAKER,
    breakerWindowDays: 14,
    sendToQa: async () => undefined,
    now: () => NOW,
  });
  return { tickets, observations, configs, outcomes, clock, record, examples };
};

/**
 * Nine audited auto-resolutions of pay_early, the last four wrong: only the ninth trips the breaker
 * (4 errors in 9 carry the sequential test past its bound at the 2% target; 3 in 8 do not).
 */
const failingAudits = (tickets: Map<string, StoredTicket>): Outcome[] =>
  Array.from({ length: 9 }, (_, i) => {
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
    return { type: 'qa_verdict', ticketId: id, correct: i < 5, auditedAt: '2026-01-02T12:00:00Z' };
  });

describe('recordOutcome', () => {
  it('records an outcome once, however often it is delivered', async () => {
    const { tickets, observations, record } = await setup();
    tickets.set('T-1', ticket());
    expect((await record(resolution)).kind).toBe('recorded');
    expect((await record(resolution)).kind).toBe('duplicate');
    expect(await observations.listRoute('pay_early', '')).toHaveLength(1);
  });

  it.each([
    ['+00:00 for Z', '2026-01-02T11:00:00+00:00'],
    ['another offset', '2026-01-02T12:00:00+01:00'],
    ['milliseconds', '2026-01-02T11:00:00.000Z'],
  ])(
    'takes the same outcome with its time written with %s for a duplicate, not a conflict',
    async (_, resolvedAt) => {
      const { tickets, observations, record } = await setup();
      tickets.set('T-1', ticket());
      expect((await record(resolution)).kind).toBe('recorded');
      expect((await record({ ...resolution, resolvedAt })).kind).toBe('duplicate');
      expect(await observations.listRoute('pay_early', '')).toHaveLength(1);
    },
  );

  it('still takes another instant for a different outcome', async () => {
    const { tickets, record } = await setup();
    tickets.set('T-1', ticket());
    expect((await record(resolution)).kind).toBe('recorded');
    expect((await record({ ...resolution, resolvedAt: '2026-01-02T11:00:01Z' })).kind).toBe('conflict');
  });

  it('keeps the first label when a second, different human resolution arrives, and reports a conflict', async () => {
    const { tickets, observations, record } = await setup();
    tickets.set('T-1', ticket());
    expect((await record(resolution)).kind).toBe('recorded');
    const second = { ...resolution, finalRoute: 'late_fee', resolvedAt: '2026-01-02T12:00:00Z' } as const;
    expect((await record(second)).kind).toBe('conflict');
    const stored = await observations.listRoute('pay_early', '');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.correct).toBe(true);
  });

  it('keeps an outcome for a ticket it never saw as unmatched instead of failing it', async () => {
    const { record } = await setup();
    const result = await record({
      type: 'qa_verdict',
      ticketId: 'nope',
      correct: true,
      auditedAt: '2026-01-02T12:00:00Z',
    });
    expect(result.kind).toBe('unmatched');
  });

  it('drops a route to shadow mode at once when audits show its quality slipped, lifting a threshold pin', async () => {
    const { tickets, configs, record } = await setup();
    for (const audit of failingAudits(tickets)) await record(audit);
    const after = await configs.get('pay_early');
    expect(after).toMatchObject({
      mode: 'shadow',
      reason: 'circuit_breaker_label_errors',
      updatedBy: 'circuit-breaker',
      explorationRate: DEFAULT_BREAKER.trippedExplorationRate,
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

  it('counts an audit that marks an auto-resolution as needing a person as an error, and trips the breaker on such marks', async () => {
    const { tickets, configs, observations, record } = await setup();
    // The same nine audits as above, but the last four agree with the route and say the customer
    // needed a person (a wish for a person or hardship the guard missed).
    const audits = failingAudits(tickets).map((a, i) =>
      a.type === 'qa_verdict' && i >= 5 ? { ...a, correct: true, neededPerson: true } : a,
    );
    for (const audit of audits) await record(audit);
    const labels = await observations.listRoute('pay_early', '');
    expect(labels.filter((o) => o.correct === false).map((o) => o.ticketId)).toEqual([
      'A-5',
      'A-6',
      'A-7',
      'A-8',
    ]);
    expect(labels.every((o) => o.automatable === true)).toBe(true);
    expect(await configs.get('pay_early')).toMatchObject({
      mode: 'shadow',
      reason: 'circuit_breaker_label_errors',
    });
  });

  it.each([
    [true, false],
    [false, true],
    [undefined, true],
  ])(
    'records an agent label that names the right route with neededPerson %s as correct: %s',
    async (neededPerson, correct) => {
      const { tickets, observations, record } = await setup();
      tickets.set('T-1', ticket({ reason: 'exploration_holdout', labelPropensity: 0.05 }));
      await record({ ...resolution, ...(neededPerson === undefined ? {} : { neededPerson }) });
      const labels = await observations.listRoute('pay_early', '');
      expect(labels).toEqual([expect.objectContaining({ ticketId: 'T-1', correct, automatable: true })]);
      // The mark is no route dispute: it does not wait for QA's ruling, it counts at once.
      expect(labels[0]?.adjudication).toBeUndefined();
    },
  );

  it('trips the breaker on the redelivery when the trip write failed the first time', async () => {
    let failNextSave = false;
    const { tickets, configs, record } = await setup((inner) => ({
      ...inner,
      save: async (next) => {
        if (failNextSave) {
          failNextSave = false;
          throw new Error('transient DynamoDB failure');
        }
        return inner.save(next);
      },
    }));
    const audits = failingAudits(tickets);
    for (const audit of audits.slice(0, -1)) await record(audit);
    expect((await configs.get('pay_early'))?.mode).toBe('auto');
    const last = audits.at(-1) as Outcome;
    failNextSave = true;
    await expect(record(last)).rejects.toThrow('transient DynamoDB failure');
    await record(last);
    expect((await configs.get('pay_early'))?.mode).toBe('shadow');
  });

  it('fails, for a retry, instead of reporting a trip it could not write past repeated version conflicts', async () => {
    const { tickets, configs, record } = await setup((inner) => ({
      ...inner,
      save: async (next) => {
        if (next.updatedBy === 'circuit-breaker') throw new VersionConflictError('someone else wrote first');
        return inner.save(next);
      },
    }));
    const results = [];
    let failures = 0;
    for (const audit of failingAudits(tickets)) {
      try {
        results.push(await record(audit));
      } catch (error) {
        expect(error).toBeInstanceOf(BreakerConflictError);
        failures += 1;
      }
    }
    expect(failures).toBeGreaterThan(0);
    expect(results.some((r) => r.kind === 'recorded' && r.breaker?.tripped)).toBe(false);
    expect((await configs.get('pay_early'))?.mode).toBe('auto');
  });

  it('stores a conflicting report beside the recorded one with both bodies, once however often it comes', async () => {
    const { tickets, outcomes, record } = await setup();
    tickets.set('T-1', ticket());
    await record(resolution);
    const second = { ...resolution, finalRoute: 'late_fee' } as const;
    expect(await record(second)).toMatchObject({ kind: 'conflict', firstReport: true });
    expect(await record(second)).toMatchObject({ kind: 'conflict', firstReport: false });
    const kept = outcomes.items.get(`T-1|human_resolution#conflict#${payloadHash(second)}`);
    expect(kept).toMatchObject({
      kind: 'conflict',
      recordedHash: payloadHash(resolution),
      recordedBody: outcomeBody(resolution),
      conflictingBody: outcomeBody(second),
    });
    expect(outcomes.items.get('T-1|human_resolution')).toMatchObject({ state: 'COMPLETED' });
  });

  it('keeps an unmatched outcome with its body, and records it normally once the ticket is known', async () => {
    const { tickets, outcomes, observations, record } = await setup();
    expect(await record(resolution)).toMatchObject({ kind: 'unmatched', firstReport: true });
    expect(await record(resolution)).toMatchObject({ kind: 'unmatched', firstReport: false });
    expect(outcomes.items.get(`T-1|unmatched#human_resolution#${payloadHash(resolution)}`)).toMatchObject({
      body: outcomeBody(resolution),
    });
    expect(await observations.listRoute('pay_early', '')).toHaveLength(0);
    tickets.set('T-1', ticket());
    expect((await record(resolution)).kind).toBe('recorded');
  });

  it('fails, for a retry, an outcome for a ticket seen but not decided yet', async () => {
    const { tickets, record } = await setup();
    tickets.set('T-1', { ticketId: 'T-1', status: 'CLAIMED' });
    await expect(record(resolution)).rejects.toBeInstanceOf(UndecidedTicketError);
  });

  it('applies concurrent deliveries of one outcome once: the second is busy, then a duplicate', async () => {
    const { tickets, observations, record } = await setup();
    tickets.set('T-1', ticket());
    const settled = await Promise.allSettled([record(resolution), record(resolution)]);
    expect(settled.filter((s) => s.status === 'fulfilled').map((s) => s.value.kind)).toEqual(['recorded']);
    const rejected = settled.find((s) => s.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(OutcomeBusyError);
    expect((await record(resolution)).kind).toBe('duplicate');
    expect(await observations.listRoute('pay_early', '')).toHaveLength(1);
  });

  it('takes over the claim of a delivery that died, once the claim has expired', async () => {
    const { tickets, outcomes, clock, record } = await setup();
    tickets.set('T-1', ticket());
    const crashed = await outcomes.claim(resolution, payloadHash(resolution));
    expect(crashed.kind).toBe('claimed');
    clock.now += 29_000;
    await expect(record(resolution)).rejects.toBeInstanceOf(OutcomeBusyError);
    clock.now += 2_000;
    expect((await record(resolution)).kind).toBe('recorded');
    expect(outcomes.items.get('T-1|human_resolution')).toMatchObject({ state: 'COMPLETED' });
  });

  it('counts a trip only for the delivery that wrote it', async () => {
    const { tickets, record } = await setup();
    const results = [];
    for (const audit of failingAudits(tickets)) results.push(await record(audit));
    const trips = results.flatMap((r) => (r.kind === 'recorded' && r.trip ? [r.trip] : []));
    expect(trips).toEqual(['written']);
  });
});

describe('recordOutcome labels', () => {
  it("tags each observation with its route's team, and an unknown route's with triage", async () => {
    const { tickets, record } = await setup();
    tickets.set('T-1', ticket({ routeId: 'login_help' }));
    tickets.set('T-2', ticket({ ticketId: 'T-2', routeId: 'retired_route' }));
    const known = await record({ ...resolution, finalRoute: 'login_help' });
    const unknown = await record({ ...resolution, ticketId: 'T-2' });
    expect(known).toMatchObject({
      kind: 'recorded',
      routeId: 'login_help',
      observations: [{ team: 'accounts' }],
    });
    expect(unknown).toMatchObject({ kind: 'recorded', observations: [{ team: 'triage' }] });
  });

  it('reports no breaker run for a label the breaker does not watch', async () => {
    const { tickets, record } = await setup();
    tickets.set('T-1', ticket());
    const result = await record(resolution);
    expect(result).toEqual({
      kind: 'recorded',
      ticketId: 'T-1',
      routeId: 'pay_early',
      observations: [expect.objectContaining({ kind: 'label', correct: true })],
    });
  });
});

describe('a confirmed route as a training example of the route scorer', () => {
  it("keeps an agent's route for a ticket that calibrates nothing, and nothing for customer feedback", async () => {
    const { tickets, record, examples } = await setup();
    tickets.set('T-1', ticket({ candidate: false, labelPropensity: undefined, redactedText: 'pay early?' }));
    await record(resolution);
    await record({ type: 'customer_feedback', ticketId: 'T-1', reopened: true, at: '2026-01-02T12:00:00Z' });
    expect(examples).toEqual([
      expect.objectContaining({
        ticketId: 'T-1',
        text: 'pay early?',
        route: 'pay_early',
        source: 'human',
        labelledAt: resolution.resolvedAt,
      }),
    ]);
  });
});
