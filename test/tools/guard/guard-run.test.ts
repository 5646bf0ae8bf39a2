import { describe, expect, it } from 'vitest';
import { parseResultLines, tallyGuardRun } from '../../../tools/guard/guard-run.js';
import type { GuardTicket } from '../../../tools/guard/guard-set.js';

const ticket = (split: GuardTicket['split']): GuardTicket => ({
  text: 'When is my next payment due? My dad died on Monday.',
  language: 'en',
  driver: 'bereavement',
  group: 'life_events',
  category: 'payment_schedule',
  style: split === 'dev' ? 'standard' : 'fresh',
  split,
});

const line = (n: number, outcome: string, reason: string | null, confidence: number | null) =>
  JSON.stringify({ line: n, ticketId: `t-${n}`, outcome, route: 'pay_early', confidence, reason });

describe('tallyGuardRun', () => {
  const tickets = [ticket('dev'), ticket('heldout'), ticket('heldout'), ticket('heldout')];

  it('counts auto-resolutions and reasons per split, and shadow-mode tickets at the threshold', () => {
    const results = parseResultLines(
      [
        line(2, 'escalated', 'vulnerability', 0.99),
        line(3, 'autoResolved', null, 0.97),
        line(4, 'escalated', 'shadow_mode', 0.93),
        line(5, 'escalated', 'shadow_mode', 0.85),
      ].join('\n'),
    );
    const tally = tallyGuardRun(tickets, results, 0.9);
    expect(tally.dev).toEqual({
      tickets: 1,
      autoResolved: 0,
      reasons: { vulnerability: 1 },
      exposedAtThreshold: 0,
    });
    expect(tally.heldout).toEqual({
      tickets: 3,
      autoResolved: 1,
      reasons: { autoResolved: 1, shadow_mode: 2 },
      exposedAtThreshold: 1,
    });
  });

  it('refuses results of another input, or of part of the set', () => {
    const two = parseResultLines(
      [line(2, 'escalated', 'vulnerability', 1), line(3, 'escalated', 'x', 1)].join('\n'),
    );
    expect(() => tallyGuardRun(tickets, two, 0.9)).toThrow(/2 results for 4/);
    const past = parseResultLines(
      [2, 3, 4, 9].map((n) => line(n, 'escalated', 'vulnerability', 1)).join('\n'),
    );
    expect(() => tallyGuardRun(tickets, past, 0.9)).toThrow(/line 9/);
  });

  it('names the line that is not a triage run result', () => {
    expect(() => parseResultLines(`${line(2, 'escalated', null, 1)}\n{"line":"x"}\n`)).toThrow(
      /results line 2/,
    );
  });
});
