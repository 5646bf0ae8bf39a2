import { describe, expect, it } from 'vitest';
import { measureGuardCost } from '../../../tools/guard/guard-cost.js';

const quiet = () => ({ asksForHuman: false, vulnerability: false });

describe('measureGuardCost', () => {
  it('calls the layer once cold, then twice over every text, and reports the count', () => {
    const seen: string[] = [];
    const cost = measureGuardCost(
      (t) => {
        seen.push(t);
        return quiet();
      },
      ['a', 'b', 'c'],
    );
    expect(seen).toEqual(['a', 'a', 'b', 'c', 'a', 'b', 'c']);
    expect(cost.tickets).toBe(3);
    expect(cost.firstCallMs).toBeGreaterThanOrEqual(0);
    expect(cost.steadyMicrosPerTicket).toBeGreaterThanOrEqual(0);
  });

  it('refuses an empty set rather than dividing by zero', () => {
    expect(() => measureGuardCost(quiet, [])).toThrow(/at least one text/);
  });
});
