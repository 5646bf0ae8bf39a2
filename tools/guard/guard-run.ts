import { z } from 'zod';
import type { GuardTicket } from './guard-set.js';

/**
 * What `triage run --input data/guard/needs-person.csv --results FILE` did with the guard set, per
 * split: how many tickets were auto-resolved (the target is none), why the others reached a person,
 * and how many reached one only because their route was not automated (`shadow_mode`) although the
 * model was at least `threshold` sure: those an automated route would have answered.
 */

const ResultLineSchema = z.object({
  line: z.number().int().min(2),
  outcome: z.string(),
  confidence: z.number().nullable(),
  reason: z.string().nullable(),
});

type ResultLine = z.infer<typeof ResultLineSchema>;

interface GuardRunTally {
  tickets: number;
  autoResolved: number;
  reasons: Record<string, number>;
  /** Reached a person only through shadow mode, with the model at least `threshold` sure. */
  exposedAtThreshold: number;
}

const parseResultLines = (jsonl: string): ResultLine[] =>
  jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const parsed = ResultLineSchema.safeParse(JSON.parse(l));
      if (!parsed.success)
        throw new Error(`results line ${i + 1} is not a triage run result: ${parsed.error.message}`);
      return parsed.data;
    });

const emptyTally = (): GuardRunTally => ({ tickets: 0, autoResolved: 0, reasons: {}, exposedAtThreshold: 0 });

/** Results carry the input's line number: the CSV's header is line 1, so ticket i is line i + 2. */
const tallyGuardRun = (
  tickets: readonly GuardTicket[],
  results: readonly ResultLine[],
  threshold: number,
): Record<GuardTicket['split'], GuardRunTally> => {
  if (results.length !== tickets.length)
    throw new Error(`${results.length} results for ${tickets.length} guard-set tickets: run the whole set`);
  const tally = { dev: emptyTally(), heldout: emptyTally() };
  for (const r of results) {
    const ticket = tickets[r.line - 2];
    if (!ticket) throw new Error(`result for line ${r.line}, past the guard set's ${tickets.length} tickets`);
    const t = tally[ticket.split];
    t.tickets += 1;
    if (r.outcome === 'autoResolved') t.autoResolved += 1;
    const reason = r.reason ?? r.outcome;
    t.reasons[reason] = (t.reasons[reason] ?? 0) + 1;
    if (reason === 'shadow_mode' && (r.confidence ?? 0) >= threshold) t.exposedAtThreshold += 1;
  }
  return tally;
};

export type { GuardRunTally, ResultLine };
export { parseResultLines, tallyGuardRun };
