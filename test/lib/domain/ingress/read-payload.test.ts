import { describe, expect, it } from 'vitest';
import {
  readBoolean,
  readFlag,
  readNumber,
  readPath,
  readText,
  readTime,
} from '../../../../lib/domain/ingress/read-payload.js';

/** Helpdesk placeholders render values as text, so every reader takes text as readily as the value. */

describe('readPath', () => {
  const payload = { ticket: { id: 312, tags: ['vip', { name: 'late' }] }, 'a.b': 'dotted key' };

  it('walks objects by key and arrays by numeric index', () => {
    expect(readPath(payload, 'ticket.id')).toBe(312);
    expect(readPath(payload, 'ticket.tags.0')).toBe('vip');
    expect(readPath(payload, 'ticket.tags.1.name')).toBe('late');
  });

  it('is undefined for a missing key, an index out of range or a non-numeric index of an array', () => {
    expect(readPath(payload, 'ticket.missing')).toBeUndefined();
    expect(readPath(payload, 'ticket.tags.5')).toBeUndefined();
    expect(readPath(payload, 'ticket.tags.length')).toBeUndefined();
    expect(readPath(payload, 'ticket.id.deeper')).toBeUndefined();
    expect(readPath(null, 'ticket')).toBeUndefined();
  });

  it('reads own properties only, so a path cannot reach the prototype', () => {
    expect(readPath(payload, 'ticket.toString')).toBeUndefined();
    expect(readPath(payload, '__proto__')).toBeUndefined();
    expect(readPath({ x: {} }, 'x.constructor')).toBeUndefined();
  });

  it('splits every dot, so a key holding a dot is not reachable', () => {
    expect(readPath(payload, 'a.b')).toBeUndefined();
  });
});

describe('readText', () => {
  it('trims strings and writes finite numbers as text', () => {
    expect(readText('  pay_early ')).toBe('pay_early');
    expect(readText(312)).toBe('312');
  });

  it('takes empty text (an unset placeholder), non-finite numbers and other types as no value', () => {
    for (const value of ['', '   ', Number.NaN, Number.POSITIVE_INFINITY, true, null, undefined, {}]) {
      expect(readText(value)).toBeUndefined();
    }
  });
});

describe('readNumber', () => {
  it('reads numbers and numeric text, negative and decimal', () => {
    expect(readNumber(42)).toEqual({ ok: true, value: 42 });
    expect(readNumber(' 312 ')).toEqual({ ok: true, value: 312 });
    expect(readNumber('-1.5')).toEqual({ ok: true, value: -1.5 });
  });

  it('names the value it could not read', () => {
    for (const value of ['12abc', '1e3', '', 'NaN', Number.NaN, null, true]) {
      const read = readNumber(value);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problem).toContain('is not a number');
    }
    expect(readNumber('12abc')).toEqual({ ok: false, problem: '"12abc" is not a number' });
  });
});

describe('readBoolean', () => {
  it('reads booleans and true or false as text, in any case', () => {
    expect(readBoolean(false)).toEqual({ ok: true, value: false });
    expect(readBoolean(' TRUE ')).toEqual({ ok: true, value: true });
    expect(readBoolean('False')).toEqual({ ok: true, value: false });
  });

  it('refuses anything else, 1, 0 and yes included', () => {
    for (const value of [1, 0, 'yes', '', null]) expect(readBoolean(value).ok).toBe(false);
    expect(readBoolean('yes')).toEqual({ ok: false, problem: '"yes" is not true or false' });
  });
});

describe('readFlag', () => {
  it('reads a checkbox rendered as true/false, yes/no or 1/0, in any case, and booleans', () => {
    for (const value of [true, 'TRUE', ' yes ', '1', 1])
      expect(readFlag(value)).toEqual({ ok: true, value: true });
    for (const value of [false, 'False', 'NO', '0', 0])
      expect(readFlag(value)).toEqual({ ok: true, value: false });
  });

  it('refuses other values, naming what a checkbox may be', () => {
    for (const value of ['checked', '2', '', null, {}]) expect(readFlag(value).ok).toBe(false);
    expect(readFlag('on')).toEqual({
      ok: false,
      problem: '"on" is not a checkbox value (true/false, yes/no, 1/0)',
    });
  });
});

describe('readTime', () => {
  it('gives ISO 8601 with a zone, and unix seconds, as one canonical instant', () => {
    expect(readTime('2013-12-12T05:35Z')).toEqual({ ok: true, value: '2013-12-12T05:35:00.000Z' });
    expect(readTime('2013-12-12T07:35:00+02:00')).toEqual({ ok: true, value: '2013-12-12T05:35:00.000Z' });
    expect(readTime(1_386_826_500)).toEqual({ ok: true, value: '2013-12-12T05:35:00.000Z' });
    expect(readTime('1386826500')).toEqual({ ok: true, value: '2013-12-12T05:35:00.000Z' });
  });

  it('refuses a time without a zone, and text that is no time', () => {
    for (const value of ['2013-12-12T05:35:00', 'yesterday', '', undefined]) {
      const read = readTime(value);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problem).toContain('is not an ISO 8601 time with a zone or unix seconds');
    }
  });
});
