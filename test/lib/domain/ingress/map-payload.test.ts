import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FIELD_MAPS,
  FieldMapsError,
  parseFieldMaps,
} from '../../../../lib/domain/ingress/default-field-maps.js';
import { AdapterMapSchema, FieldMapsSchema } from '../../../../lib/domain/ingress/field-map.schema.js';
import { mapPayload } from '../../../../lib/domain/ingress/map-payload.js';

/**
 * Helpdesk payloads → outcomes through field maps. The payloads are shaped like what the guide
 * (docs/helpdesk-guide.md) tells an admin to paste, with placeholders rendered the way the
 * helpdesks render them (everything as text), and like Zendesk's documented event-subscription
 * body.
 */

const RECEIVED = Date.parse('2026-11-20T10:05:00Z');
const zendesk = DEFAULT_FIELD_MAPS.zendesk;
const freshdesk = DEFAULT_FIELD_MAPS.freshdesk;

/** What the Zendesk "solved" trigger body of the guide renders to. */
const solved = (ticket: Record<string, unknown> = {}) => ({
  event: 'ticket_solved',
  ticket: {
    id: 'zen-48213',
    route: 'pay_early',
    handle_seconds: '312',
    agent_id: 'a-17',
    solved_at: '2026-11-20T10:02Z',
    ...ticket,
  },
});

describe('the default Zendesk map', () => {
  it('maps the solved trigger body to a human resolution with a canonical resolvedAt', () => {
    expect(mapPayload(zendesk, solved(), RECEIVED)).toEqual({
      kind: 'outcome',
      outcome: {
        type: 'human_resolution',
        ticketId: 'zen-48213',
        finalRoute: 'pay_early',
        handleSeconds: 312,
        agentId: 'a-17',
        resolvedAt: '2026-11-20T10:02:00.000Z',
      },
    });
  });

  it('maps "fits no route" values, in any case, to out_of_scope', () => {
    for (const route of ['no_route', 'NONE', ' out_of_scope ']) {
      const mapped = mapPayload(zendesk, solved({ route }), RECEIVED);
      expect(
        mapped.kind === 'outcome' && mapped.outcome.type === 'human_resolution' && mapped.outcome.finalRoute,
      ).toBe('out_of_scope');
    }
  });

  it('leaves an unset agent out and names a missing required field with where it was read', () => {
    const noAgent = mapPayload(zendesk, solved({ agent_id: '' }), RECEIVED);
    expect(noAgent.kind === 'outcome' && 'agentId' in noAgent.outcome).toBe(false);
    expect(mapPayload(zendesk, solved({ handle_seconds: '' }), RECEIVED)).toEqual({
      kind: 'invalid',
      problems: [{ field: 'handleSeconds', source: 'ticket.handle_seconds', problem: 'no value' }],
    });
  });

  it("reads the agent's needed-a-person checkbox as the helpdesk renders it, and leaves it out when unset", () => {
    const needed = (value: unknown) => {
      const mapped = mapPayload(zendesk, solved({ needed_person: value }), RECEIVED);
      return mapped.kind === 'outcome' && mapped.outcome.type === 'human_resolution'
        ? mapped.outcome.neededPerson
        : mapped;
    };
    for (const yes of ['true', 'Yes', '1', true]) expect(needed(yes)).toBe(true);
    for (const no of ['false', 'no', '0', false]) expect(needed(no)).toBe(false);
    for (const unset of ['', ' ', undefined]) expect(needed(unset)).toBeUndefined();
    expect(needed('maybe')).toEqual({
      kind: 'invalid',
      problems: [
        {
          field: 'neededPerson',
          source: 'ticket.needed_person',
          problem: '"maybe" is not a checkbox value (true/false, yes/no, 1/0)',
        },
      ],
    });
  });

  it('refuses a route value that is neither mapped nor a route id', () => {
    expect(mapPayload(zendesk, solved({ route: 'Pay Early' }), RECEIVED)).toEqual({
      kind: 'invalid',
      problems: [
        { field: 'finalRoute', source: 'ticket.route', problem: '"Pay Early" is not in the route map' },
      ],
    });
  });

  it('reports values the outcomes contract refuses, with their source', () => {
    const mapped = mapPayload(zendesk, solved({ handle_seconds: '90000', solved_at: 'yesterday' }), RECEIVED);
    expect(mapped).toEqual({
      kind: 'invalid',
      problems: [
        {
          field: 'resolvedAt',
          source: 'ticket.solved_at',
          problem: '"yesterday" is not an ISO 8601 time with a zone or unix seconds',
        },
      ],
    });
    const tooLong = mapPayload(zendesk, solved({ handle_seconds: '90000' }), RECEIVED);
    expect(tooLong.kind === 'invalid' && tooLong.problems.map((p) => [p.field, p.source])).toEqual([
      ['handleSeconds', 'ticket.handle_seconds'],
    ]);
  });

  it('maps a reopen to customer feedback, and a satisfaction rating to a CSAT score', () => {
    const at = '2026-11-21T08:00:00Z';
    expect(
      mapPayload(zendesk, { event: 'ticket_reopened', ticket: { id: 'zen-1', updated_at: at } }, RECEIVED),
    ).toEqual({
      kind: 'outcome',
      outcome: {
        type: 'customer_feedback',
        ticketId: 'zen-1',
        reopened: true,
        at: '2026-11-21T08:00:00.000Z',
      },
    });
    const rated = (rating: string) =>
      mapPayload(
        zendesk,
        { event: 'satisfaction_rated', ticket: { id: 'zen-1', updated_at: at }, satisfaction: { rating } },
        RECEIVED,
      );
    const csat = (rating: string) => {
      const m = rated(rating);
      return m.kind === 'outcome' && m.outcome.type === 'customer_feedback' ? m.outcome.csat : m;
    };
    expect(csat('Good')).toBe(5);
    expect(csat("Bad, I'm unsatisfied")).toBe(1);
    expect(csat('4')).toBe(4);
    expect(rated('meh')).toMatchObject({
      kind: 'invalid',
      problems: [{ field: 'csat', source: 'satisfaction.rating' }],
    });
    expect(rated('7')).toMatchObject({ kind: 'invalid', problems: [{ field: 'csat' }] });
  });

  it('names the event it could not match', () => {
    expect(mapPayload(zendesk, { event: 'ticket_pending', ticket: { id: '1' } }, RECEIVED)).toEqual({
      kind: 'invalid',
      problems: [{ field: '(payload)', problem: 'no field-map rule matches (event is "ticket_pending")' }],
    });
  });

  it('does not read inherited properties through a path', () => {
    const mapped = mapPayload(
      AdapterMapSchema.parse({
        ...zendeskInput(),
        rules: [{ ...zendeskInput().rules[0], ticketId: 'ticket.constructor' }],
      }),
      solved(),
      RECEIVED,
    );
    expect(mapped).toMatchObject({ kind: 'invalid', problems: [{ field: 'ticketId', problem: 'no value' }] });
  });
});

/** The default Zendesk map as input, to derive variants from. */
const zendeskInput = () => JSON.parse(JSON.stringify(zendesk)) as ReturnType<typeof AdapterMapSchema.parse>;

describe('a Zendesk event-subscription map', () => {
  // zen:event-type:ticket.status_changed as Zendesk documents it: ids as strings, tags in detail.
  const statusChanged = (current: string, tags: string[]) => ({
    account_id: 22129848,
    detail: {
      actor_id: '8447388090494',
      assignee_id: '8447388090494',
      brand_id: '8447346621310',
      created_at: '2026-11-20T09:40:00Z',
      id: '48213',
      status: current,
      tags,
      updated_at: '2026-11-20T10:02:00Z',
    },
    event: { current, previous: 'OPEN' },
    id: 'cbe4028c-7239-495d-b020-f22348516046',
    subject: 'zen:ticket:48213',
    time: '2026-11-20T10:02:00Z',
    type: 'zen:event-type:ticket.status_changed',
    zendesk_event_version: '2022-11-06',
  });

  const map = AdapterMapSchema.parse({
    rules: [
      {
        type: 'human_resolution',
        when: [
          { path: 'type', equals: 'zen:event-type:ticket.status_changed' },
          { path: 'event.current', equals: 'SOLVED' },
        ],
        ticketId: { path: 'detail.id', prefix: 'zen-' },
        finalRoute: 'detail.tags',
        handleSeconds: { value: 0 },
        agentId: 'detail.assignee_id',
        resolvedAt: 'time',
      },
    ],
    routes: { route_pay_early: 'pay_early', route_extend_due_date: 'extend_due_date' },
    outOfScope: ['route_none'],
    unmatched: 'ignore',
  });

  it('reads the route from the one mapped tag and prefixes the ticket id', () => {
    expect(mapPayload(map, statusChanged('SOLVED', ['vip', 'route_pay_early']), RECEIVED)).toEqual({
      kind: 'outcome',
      outcome: {
        type: 'human_resolution',
        ticketId: 'zen-48213',
        finalRoute: 'pay_early',
        handleSeconds: 0,
        agentId: '8447388090494',
        resolvedAt: '2026-11-20T10:02:00.000Z',
      },
    });
  });

  it('refuses tags that map to two routes, or to none', () => {
    expect(
      mapPayload(map, statusChanged('SOLVED', ['route_pay_early', 'route_extend_due_date']), RECEIVED),
    ).toEqual({
      kind: 'invalid',
      problems: [
        { field: 'finalRoute', source: 'detail.tags', problem: 'values map to pay_early, extend_due_date' },
      ],
    });
    expect(mapPayload(map, statusChanged('SOLVED', ['vip', 'pay_early']), RECEIVED)).toMatchObject({
      kind: 'invalid',
      problems: [{ field: 'finalRoute', problem: 'no value in the list is in the route map' }],
    });
  });

  it('ignores other status changes when the map says so', () => {
    expect(mapPayload(map, statusChanged('PENDING', ['route_pay_early']), RECEIVED)).toEqual({
      kind: 'ignored',
    });
  });
});

describe('the default Freshdesk map', () => {
  it('maps the resolved rule body, a dropdown label through the route map, the receipt time as resolvedAt', () => {
    const map = AdapterMapSchema.parse({
      ...JSON.parse(JSON.stringify(freshdesk)),
      routes: { 'Pay early': 'pay_early' },
    });
    const body = {
      event: 'ticket_resolved',
      ticket: { id: '1042', route: 'pay early', handle_seconds: '600' },
    };
    expect(mapPayload(map, body, RECEIVED)).toEqual({
      kind: 'outcome',
      outcome: {
        type: 'human_resolution',
        ticketId: '1042',
        finalRoute: 'pay_early',
        handleSeconds: 600,
        resolvedAt: '2026-11-20T10:05:00.000Z',
      },
    });
  });

  it("carries the agent's needed-a-person checkbox into the resolution", () => {
    const body = {
      event: 'ticket_resolved',
      ticket: { id: '1042', route: 'pay_early', handle_seconds: '600', needed_person: 'true' },
    };
    expect(mapPayload(freshdesk, body, RECEIVED)).toMatchObject({
      kind: 'outcome',
      outcome: { type: 'human_resolution', ticketId: '1042', neededPerson: true },
    });
  });

  it('refuses unmapped values when the map accepts only listed ones', () => {
    const map = AdapterMapSchema.parse({ ...JSON.parse(JSON.stringify(freshdesk)), otherValues: 'reject' });
    const body = { event: 'ticket_resolved', ticket: { id: '1042', route: 'pay_early', handle_seconds: 60 } };
    expect(mapPayload(map, body, RECEIVED)).toMatchObject({
      kind: 'invalid',
      problems: [{ field: 'finalRoute' }],
    });
    const none = mapPayload(map, { ...body, ticket: { ...body.ticket, route: 'No route' } }, RECEIVED);
    expect(
      none.kind === 'outcome' && none.outcome.type === 'human_resolution' && none.outcome.finalRoute,
    ).toBe('out_of_scope');
  });

  it('maps a reopen to customer feedback at the receipt time', () => {
    expect(mapPayload(freshdesk, { event: 'Ticket_Reopened', ticket: { id: 1042 } }, RECEIVED)).toEqual({
      kind: 'outcome',
      outcome: {
        type: 'customer_feedback',
        ticketId: '1042',
        reopened: true,
        at: '2026-11-20T10:05:00.000Z',
      },
    });
  });
});

describe('WEBHOOK_FIELD_MAPS', () => {
  it('keeps every default for "{}", and replaces only the adapters it names', () => {
    expect(parseFieldMaps('{}')).toEqual(DEFAULT_FIELD_MAPS);
    const custom = parseFieldMaps(
      JSON.stringify({
        generic: { requireTimestamp: true },
        freshdesk: { rules: zendeskInput().rules.slice(0, 1) },
      }),
    );
    expect(custom.generic.requireTimestamp).toBe(true);
    expect(custom.zendesk).toEqual(DEFAULT_FIELD_MAPS.zendesk);
    expect(custom.freshdesk.rules).toHaveLength(1);
    expect(custom.freshdesk.outOfScope).toEqual([]);
  });

  it('refuses bad JSON, unknown keys, bad paths and route labels that are not route ids, naming where', () => {
    expect(() => parseFieldMaps('{')).toThrow(FieldMapsError);
    expect(() => parseFieldMaps('{"salesforce": {}}')).toThrow(/salesforce|Unrecognized/);
    const bad = (zendeskMap: unknown) => FieldMapsSchema.safeParse({ zendesk: zendeskMap });
    expect(bad({ ...zendeskInput(), routes: { 'Pay early': 'Pay Early' } }).success).toBe(false);
    expect(
      bad({ ...zendeskInput(), rules: [{ ...zendeskInput().rules[0], ticketId: 'ticket..id' }] }).success,
    ).toBe(false);
    expect(bad({ ...zendeskInput(), rules: [] }).success).toBe(false);
    const feedbackWithout = { type: 'customer_feedback', ticketId: 'ticket.id', at: 'ticket.updated_at' };
    expect(bad({ ...zendeskInput(), rules: [feedbackWithout] }).success).toBe(false);
    expect(() => parseFieldMaps(JSON.stringify({ zendesk: { rules: [] } }))).toThrow(/zendesk\.rules/);
  });

  it('accepts out_of_scope as the label a helpdesk value maps to', () => {
    expect(acceptsRoutes({ Other: 'out_of_scope' })).toBe(true);
    expect(acceptsRoutes({ Other: 'Out Of Scope' })).toBe(false);
  });
});

const acceptsRoutes = (routes: Record<string, string>) =>
  FieldMapsSchema.safeParse({ zendesk: { ...zendeskInput(), routes } }).success;
