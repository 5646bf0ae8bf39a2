import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import { parseTicketMessage, QuarantineError } from '../../lib/domain/tickets/parse-message.js';
import { hashTicket } from '../../lib/domain/tickets/ticket-hash.js';

/** What upstreams will send, valid or not: each is accepted or quarantined with a precise reason. */

const valid = {
  ticketId: 'P-1',
  body: 'When is my next instalment?',
  customer: { id: 'c-1' },
  channel: 'chat',
  createdAt: '2026-11-01T10:00:00Z',
};
const json = (over: Record<string, unknown>) => JSON.stringify({ ...valid, ...over });

const verdict = (body: string): string => {
  try {
    parseTicketMessage(body);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof QuarantineError)) throw error;
    return error.reason;
  }
};

const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) });

describe('poison and odd messages', () => {
  it.each([
    ['bad JSON', '{"ticketId": "P-1",', 'invalid_json'],
    ['an empty object', '{}', 'schema_violation'],
    ['a JSON array', '[1,2]', 'schema_violation'],
    ['JSON null', 'null', 'schema_violation'],
    ['a missing id', JSON.stringify({ ...valid, ticketId: undefined }), 'schema_violation'],
    ['a numeric id', json({ ticketId: 42 }), 'schema_violation'],
    ['a body of the wrong type', json({ body: ['a'] }), 'schema_violation'],
    ['deep nesting', json({ metadata: nested(200) }), 'schema_violation'],
    ['a __proto__ key', `{"__proto__":{"admin":true},${json({}).slice(1)}`, 'schema_violation'],
    ['a constructor key', json({ constructor: { prototype: { x: 1 } } }), 'schema_violation'],
    ['an oversized body', json({ body: 'x'.repeat(300_000) }), 'oversized'],
    ['a control-character id', json({ ticketId: 'P\u0000-1' }), 'schema_violation'],
  ])('quarantines %s', (_name, body, reason) => {
    expect(verdict(body)).toBe(reason);
  });

  it.each([
    ['HTML and script in the text', json({ body: '<script>alert(1)</script><b>refund?</b>' })],
    ['control characters in the text', json({ body: 'line one\u0007\u001b[31m red\ttab' })],
    ['a lone surrogate in the text', json({ body: 'broken \ud800 emoji' })],
    ['a byte-order mark', `\uFEFF${json({})}`],
    ['right-to-left and zero-width characters', json({ body: 'pay\u200b\u202eyad' })],
    ['emoji and other scripts', json({ body: '🙂 Warum wurde ich belastet? 为什么' })],
  ])('accepts %s: it is legitimately valid, and handled as untrusted text', (_name, body) => {
    expect(verdict(body)).toBe('accepted');
  });

  it('takes the last value of a duplicate key, as JSON.parse does, and still validates it', () => {
    expect(parseTicketMessage(`{"channel":"fax",${json({}).slice(1)}`).channel).toBe('chat');
    expect(verdict(`${json({}).slice(0, -1)},"channel":"fax"}`)).toBe('schema_violation');
  });

  it('never throws anything but a QuarantineError, and never pollutes prototypes, on random input', () => {
    const random = mulberry32(42);
    const alphabet = [
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      '\\',
      'a',
      '1',
      ' ',
      '\u0000',
      '\ud800',
      '__proto__',
      'ticketId',
      'body',
      'true',
      'null',
    ];
    for (let i = 0; i < 3000; i += 1) {
      const length = Math.floor(random() * 40);
      let body = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      if (i % 3 === 0) body = json({ [alphabet[Math.floor(random() * alphabet.length)] as string]: body });
      expect(['accepted', 'invalid_json', 'schema_violation', 'oversized']).toContain(verdict(body));
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });
});

describe('the body hash that tells a redelivery from a conflicting duplicate', () => {
  const hashOf = (body: string) => hashTicket(parseTicketMessage(body));
  const original = hashOf(json({ metadata: { order: 'A-1', gift: false } }));

  it.each([
    ['keys in another order', JSON.stringify({ metadata: { gift: false, order: 'A-1' }, ...valid })],
    ['other spacing', JSON.stringify({ ...valid, metadata: { order: 'A-1', gift: false } }, null, 2)],
    ['a byte-order mark', `\uFEFF${json({ metadata: { order: 'A-1', gift: false } })}`],
  ])('gives the same ticket with %s the same hash: it is a redelivery', (_name, body) => {
    expect(hashOf(body)).toBe(original);
  });

  it.each([
    ['another body text', json({ body: 'Please refund me.', metadata: { order: 'A-1', gift: false } })],
    ['another customer', json({ customer: { id: 'c-2' }, metadata: { order: 'A-1', gift: false } })],
    ['a subject added', json({ subject: 'Hi', metadata: { order: 'A-1', gift: false } })],
    ['a metadata value of another type', json({ metadata: { order: 'A-1', gift: 'false' } })],
    ['a value that spells out the rest of the map', json({ metadata: { order: 'A-1","gift":false' } })],
    [
      'a duplicate key whose last value differs',
      `${json({ metadata: { order: 'A-1', gift: false } }).slice(0, -1)},"body":"x"}`,
    ],
  ])('gives %s another hash: it is a conflicting duplicate', (_name, body) => {
    expect(hashOf(body)).not.toBe(original);
  });

  it('is a sha256 digest that carries none of the ticket text', () => {
    expect(original).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(original).not.toContain('instalment');
  });
});
