import { describe, expect, it } from 'vitest';
import { falsePositives, recallBy } from '../../../tools/guard/guard-recall.js';
import type { GuardTicket } from '../../../tools/guard/guard-set.js';

/** One guard-set row; each case below changes only its text and language. */
const ticket: GuardTicket = {
  text: 'My dad died on Monday. When is my next payment due?',
  language: 'en',
  driver: 'bereavement',
  group: 'life_events',
  category: 'payment_schedule',
  style: 'standard',
  split: 'dev',
};

describe('recallBy and falsePositives', () => {
  const layer = (text: string) => ({
    asksForHuman: text.includes('person'),
    vulnerability: text.includes('ill'),
  });
  const set: GuardTicket[] = [
    { ...ticket, text: 'a person please', language: 'en' },
    { ...ticket, text: 'I am ill', language: 'de' },
    { ...ticket, text: 'routine', language: 'de' },
  ];

  it('counts a ticket either flag catches, overall and per key', () => {
    const r = recallBy(set, layer, (t) => t.language);
    expect(r.all).toEqual({ hits: 2, total: 3, rate: 2 / 3 });
    expect(r.by).toEqual({ en: { hits: 1, total: 1, rate: 1 }, de: { hits: 1, total: 2, rate: 0.5 } });
  });

  it('reports the share of routine texts flagged, with examples', () => {
    expect(falsePositives(['fine', 'ill', 'ok', 'still'], layer)).toEqual({
      hits: 2,
      total: 4,
      rate: 0.5,
      examples: ['ill', 'still'],
    });
  });
});
