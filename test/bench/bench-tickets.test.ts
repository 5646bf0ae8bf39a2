import { describe, expect, it } from 'vitest';
import { cycleTickets } from '../../bench/bench-tickets.js';
import { readInputFile } from '../../tools/local/input-file.js';
import { SAMPLE } from '../../tools/local/sample-data.js';

describe('cycleTickets', () => {
  it('repeats the sample with a fresh ticketId on every copy, so none is deduplicated', () => {
    const size = readInputFile(SAMPLE.tickets, 'size').length;
    const count = 2 * size + 50;
    const items = cycleTickets(SAMPLE.tickets, count, 'bench-test');
    expect(items).toHaveLength(count);
    expect(new Set(items.map((i) => i.ticketId)).size).toBe(count);
    expect(items.every((i) => (JSON.parse(i.body) as { ticketId: string }).ticketId === i.ticketId)).toBe(
      true,
    );
    // The copy after the last sample ticket is the first one again, under a new id.
    const first = JSON.parse(items[0]!.body) as { body: string };
    const again = JSON.parse(items[size]!.body) as { body: string };
    expect(again.body).toBe(first.body);
    expect(items[size]!.label).toBe(items[0]!.label);
  });
});
