import type { InputItem } from '../tools/local/input-file.js';
import { readInputFile } from '../tools/local/input-file.js';

/**
 * A ticket stream of any length made by cycling a labelled CSV: each copy is the same ticket with a
 * fresh ticketId, so the idempotency check lets every one through as a new ticket.
 */
const cycleTickets = (path: string, count: number, runId: string): InputItem[] => {
  const source = readInputFile(path, runId);
  if (source.length === 0) throw new RangeError(`${path} has no tickets`);
  return Array.from({ length: count }, (_, i) => {
    const item = source[i % source.length]!;
    const ticketId = `${runId}-${String(i + 1).padStart(6, '0')}`;
    const body = JSON.stringify({ ...(JSON.parse(item.body) as object), ticketId });
    return { line: i + 1, body, ticketId, ...(item.label ? { label: item.label } : {}) };
  });
};

export { cycleTickets };
