import { describe, expect, it } from 'vitest';
import { lazyScorer } from '../../../lib/wiring/lazy-scorer.js';

/**
 * The classify function's scorer is built on first use. Against a table and a bucket that cannot
 * be reached, a ticket's score fails (the use case then sends the ticket to a person) and the next
 * ticket tries again, rather than every later ticket inheriting the first failure.
 */
describe('lazyScorer', () => {
  it('builds nothing until asked, then fails per call while its stores cannot be reached', async () => {
    let sends = 0;
    const documents = {
      send: async () => {
        sends += 1;
        throw new Error('table unreachable');
      },
    } as never;
    const { scorer } = lazyScorer({ bucket: 'b', documents, configTable: 'configs', ttlMs: 0 });
    expect(sends).toBe(0);
    await expect(scorer.score('x')).rejects.toThrow(/table unreachable/);
    await expect(scorer.score('x')).rejects.toThrow(/table unreachable/);
    expect(sends).toBe(2);
  });
});
