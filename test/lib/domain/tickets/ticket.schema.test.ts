import { describe, expect, it } from 'vitest';
import { CHANNELS, HistoryLabelSchema, TicketSchema } from '../../../../lib/domain/tickets/ticket.schema.js';

/** The message contract for publishers: strict at the door, free-form only inside `metadata`. */

const ticket = (over: Record<string, unknown> = {}) => ({
  ticketId: 'T-1',
  body: 'When is my next payment due?',
  customer: { id: 'C-1' },
  channel: 'email',
  createdAt: '2026-01-02T10:00:00Z',
  ...over,
});

const accepts = (value: unknown) => TicketSchema.safeParse(value).success;

describe('TicketSchema', () => {
  it('accepts the minimal ticket, and a full one with every optional field', () => {
    expect(accepts(ticket())).toBe(true);
    const full = ticket({
      subject: 'Payment date',
      customer: { id: 'C-1', tier: 'gold' },
      language: 'de-AT',
      createdAt: '2026-01-02T11:00:00+01:00',
      metadata: { order: 'O-9', amount: 12.5, vip: true, note: null },
      history: { route: 'pay_early', labelledAt: '2026-01-03T09:00:00Z' },
    });
    expect(TicketSchema.parse(full)).toEqual(full);
  });

  it('refuses an unknown top-level key, so a misspelt field is caught rather than dropped', () => {
    expect(accepts(ticket({ subjet: 'typo' }))).toBe(false);
    expect(accepts(ticket({ customer: { id: 'C-1', name: 'Ann' } }))).toBe(false);
  });

  it('takes ticket ids of letters, digits and . _ : @ # / + = - up to 128 characters', () => {
    expect(accepts(ticket({ ticketId: 'zendesk:12#a/b+c=d-e_f.g@h' }))).toBe(true);
    expect(accepts(ticket({ ticketId: 'x'.repeat(128) }))).toBe(true);
    for (const ticketId of ['', 'x'.repeat(129), 'has space', 'semi;colon', 'ümlaut']) {
      expect(accepts(ticket({ ticketId }))).toBe(false);
    }
  });

  it('refuses a blank body and one over 20,000 characters', () => {
    expect(accepts(ticket({ body: ' \n\t ' }))).toBe(false);
    expect(accepts(ticket({ body: 'x'.repeat(20_000) }))).toBe(true);
    expect(accepts(ticket({ body: 'x'.repeat(20_001) }))).toBe(false);
  });

  it('takes only the listed channels', () => {
    for (const channel of CHANNELS) expect(accepts(ticket({ channel }))).toBe(true);
    expect(accepts(ticket({ channel: 'fax' }))).toBe(false);
  });

  it('takes a BCP 47 language tag and refuses free text', () => {
    for (const language of ['en', 'deu', 'de-AT', 'zh-Hant-TW'])
      expect(accepts(ticket({ language }))).toBe(true);
    for (const language of ['english', 'e', 'en_US', 'en-'])
      expect(accepts(ticket({ language }))).toBe(false);
  });

  it('takes createdAt only as ISO 8601 with a zone or offset', () => {
    expect(accepts(ticket({ createdAt: '2026-01-02T10:00:00' }))).toBe(false);
    expect(accepts(ticket({ createdAt: '2 January 2026' }))).toBe(false);
  });

  it('holds at most 50 metadata keys of scalar values, text up to 1,000 characters', () => {
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
    expect(accepts(ticket({ metadata: keys(50) }))).toBe(true);
    expect(accepts(ticket({ metadata: keys(51) }))).toBe(false);
    expect(accepts(ticket({ metadata: { nested: { a: 1 } } }))).toBe(false);
    expect(accepts(ticket({ metadata: { list: [1] } }))).toBe(false);
    expect(accepts(ticket({ metadata: { long: 'x'.repeat(1_001) } }))).toBe(false);
    expect(accepts(ticket({ metadata: { ['k'.repeat(65)]: 1 } }))).toBe(false);
  });
});

describe('HistoryLabelSchema', () => {
  it('takes a route id or out_of_scope, with an optional label time, and nothing else', () => {
    expect(HistoryLabelSchema.safeParse({ route: 'out_of_scope' }).success).toBe(true);
    expect(HistoryLabelSchema.safeParse({ route: 'Pay Early' }).success).toBe(false);
    expect(HistoryLabelSchema.safeParse({ route: 'pay_early', labelledAt: 'yesterday' }).success).toBe(false);
    expect(HistoryLabelSchema.safeParse({ route: 'pay_early', correct: true }).success).toBe(false);
  });
});
