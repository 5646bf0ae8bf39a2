import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../../lib/config/resources.js';
import { parseTicketMessage, QuarantineError } from '../../../../lib/domain/tickets/parse-message.js';

const valid = {
  ticketId: 'T-1001',
  body: 'When is my next instalment due?',
  customer: { id: 'c-1', tier: 'gold' },
  channel: 'email',
  createdAt: '2026-11-01T10:00:00Z',
};

const reasonOf = (body: string) => {
  try {
    parseTicketMessage(body);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(QuarantineError);
    return (error as QuarantineError).reason;
  }
};

describe('parseTicketMessage', () => {
  it('accepts a ticket that follows the contract', () => {
    expect(parseTicketMessage(JSON.stringify(valid))).toMatchObject({ ticketId: 'T-1001', channel: 'email' });
  });

  it('accepts optional subject, language and metadata', () => {
    const ticket = {
      ...valid,
      subject: 'Instalment',
      language: 'de-AT',
      metadata: { orderId: 'A1', amount: 12 },
    };
    expect(parseTicketMessage(JSON.stringify(ticket)).metadata).toEqual({ orderId: 'A1', amount: 12 });
  });

  it('quarantines a body that is not JSON as invalid_json', () => {
    expect(reasonOf('{"ticketId": ')).toBe('invalid_json');
  });

  it('quarantines a missing body with the failing path in the detail', () => {
    const { body: _omit, ...rest } = valid;
    expect(() => parseTicketMessage(JSON.stringify(rest))).toThrow(/body/);
  });

  it('keeps the ticketId of a ticket that fails the schema, for tracing', () => {
    try {
      parseTicketMessage(JSON.stringify({ ...valid, channel: 'fax' }));
      expect.unreachable();
    } catch (error) {
      expect((error as QuarantineError).ticketId).toBe('T-1001');
    }
  });

  it.each([
    ['an unknown top-level key', { ...valid, bodyy: 'x' }],
    ['a blank body', { ...valid, body: '   ' }],
    ['a body over 20,000 characters', { ...valid, body: 'a'.repeat(20_001) }],
    ['a ticketId with spaces', { ...valid, ticketId: 'T 1' }],
    ['a non-ISO createdAt', { ...valid, createdAt: 'yesterday' }],
    ['a number as body', { ...valid, body: 42 }],
    [
      'more than 50 metadata keys',
      { ...valid, metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) },
    ],
    ['a nested metadata object', { ...valid, metadata: { deep: { x: 1 } } }],
  ])('quarantines %s as schema_violation', (_name, ticket) => {
    expect(reasonOf(JSON.stringify(ticket))).toBe('schema_violation');
  });

  it('quarantines a message over the size limit without parsing it', () => {
    expect(reasonOf(`"${'x'.repeat(MAX_MESSAGE_BYTES)}"`)).toBe('oversized');
  });

  it('rejects a __proto__ key without polluting Object.prototype', () => {
    const body = `{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}`;
    expect(reasonOf(body)).toBe('schema_violation');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a body that starts with a byte-order mark', () => {
    expect(reasonOf(`\uFEFF${JSON.stringify(valid)}`)).toBe('accepted');
  });
});
