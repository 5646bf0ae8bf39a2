import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTicketMessage } from '../../../lib/domain/tickets/parse-message.js';
import { readBackfillState, writeBackfillState } from '../../../tools/backfill/backfill-state.js';
import { parseHistoryCsv, UNKNOWN_CREATED_AT } from '../../../tools/backfill/history-csv.js';
import { LabelledCsvError } from '../../../tools/data/labelled-csv.js';

/** Labelled history as ticket messages: the same file always gives the same messages. */

const csv = 'text,Category\nWhen is my next payment?,Payment Schedule\nI was charged a late fee,late_fee\n';

describe('parseHistoryCsv', () => {
  it('makes each row a valid ticket message with its label folded to a route id', () => {
    const items = parseHistoryCsv(csv);
    expect(items.map((i) => i.label)).toEqual(['payment_schedule', 'late_fee']);
    const ticket = parseTicketMessage(items[0]?.body ?? '');
    expect(ticket).toMatchObject({
      body: 'When is my next payment?',
      channel: 'email',
      createdAt: UNKNOWN_CREATED_AT,
      history: { route: 'payment_schedule' },
    });
    expect(ticket.ticketId).toMatch(/^history-[0-9a-f]{24}$/);
  });

  it('gives the same ids and bodies on every read, and keeps them when rows are added before', () => {
    const first = parseHistoryCsv(csv);
    expect(parseHistoryCsv(csv)).toEqual(first);
    const grown = parseHistoryCsv(
      csv.replace('text,Category\n', 'text,Category\nHow do I log in?,login_help\n'),
    );
    expect(grown.slice(1).map((i) => [i.ticketId, i.body])).toEqual(first.map((i) => [i.ticketId, i.body]));
  });

  it('gives each row without a customerid a customer of its own, and keeps a given one', () => {
    const items = parseHistoryCsv('text,label,customerid\na,late_fee,\nb,late_fee,\nc,late_fee,c-9\n');
    const customers = items.map((i) => parseTicketMessage(i.body).customer.id);
    expect(new Set(customers).size).toBe(3);
    expect(customers[2]).toBe('c-9');
    expect(customers[0]).toBe(`unknown:${items[0]?.ticketId}`);
  });

  it('gives identical rows distinct ids, so each counts once', () => {
    const items = parseHistoryCsv('text,label\nsame words,late_fee\nsame words,late_fee\n');
    expect(new Set(items.map((i) => i.ticketId)).size).toBe(2);
  });

  it('keeps a given ticketId, channel and label time, and an out-of-scope label', () => {
    const [item] = parseHistoryCsv(
      'ticketId,text,intent,channel,labelledAt\nZD-1,Do you sell gift cards?,none,chat,2025-04-01T10:00:00Z\n',
    );
    expect(item?.ticketId).toBe('ZD-1');
    expect(parseTicketMessage(item?.body ?? '')).toMatchObject({
      channel: 'chat',
      history: { route: 'out_of_scope', labelledAt: '2025-04-01T10:00:00Z' },
    });
  });

  it.each([
    [
      'a row the classifier would quarantine',
      'text,label,channel\nhi,late_fee,fax\n',
      /line 2 is not a valid ticket \(channel/,
    ],
    [
      'a repeated ticketId',
      'ticketId,text,label\nA,one,late_fee\nA,two,late_fee\n',
      /line 3 repeats ticketId A/,
    ],
    ['an empty label', 'text,label\nhi,\n', /line 2 has an empty label/],
    ['no label column', 'text,route\nhi,late_fee\n', /no label column/],
  ])('refuses %s, naming it', (_, input, message) => {
    expect(() => parseHistoryCsv(input)).toThrow(LabelledCsvError);
    expect(() => parseHistoryCsv(input)).toThrow(message);
  });
});

describe('the backfill state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backfill-state-'));

  it('reads back the ticketIds written for a queue, and none for another queue or no file', () => {
    const path = join(dir, 'state.json');
    expect(readBackfillState(path, 'q://a').published.size).toBe(0);
    writeBackfillState(path, 'q://a', ['t-1', 't-2']);
    expect([...readBackfillState(path, 'q://a').published]).toEqual(['t-1', 't-2']);
    expect(readBackfillState(path, 'q://b')).toEqual({ published: new Set(), otherQueue: 'q://a' });
  });

  it('says which state file it cannot write', () => {
    expect(() => writeBackfillState(join(dir, 'missing-dir', 'state.json'), 'q://a', [])).toThrow(
      /cannot write the state file .*missing-dir/,
    );
  });

  it('refuses a file that is not a state file', () => {
    const path = join(dir, 'other.json');
    writeFileSync(path, '{"hello": 1}');
    expect(() => readBackfillState(path, 'q://a')).toThrow(/not a triage backfill state file/);
  });
});
