import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseCsvRecords } from '../data/csv.js';
import { GUARD_LANGUAGES } from './guard-drivers.js';

/**
 * The routine set: tickets that need no person, in every guard language, each with the auto route
 * it belongs to. What the guard flags here is a false positive: automation it costs.
 */

const RoutineTicketSchema = z.object({
  text: z.string().min(1),
  language: z.enum(GUARD_LANGUAGES),
  category: z.string().min(1),
});

type RoutineTicket = z.infer<typeof RoutineTicketSchema>;

const ROUTINE_SET_COLUMNS = ['text', 'language', 'category'] as const;

const readRoutineSet = (path: string): RoutineTicket[] =>
  parseCsvRecords(readFileSync(path, 'utf8'), path).map(({ record }) => RoutineTicketSchema.parse(record));

/**
 * Each language's tickets alternate between a dev half (tuned on, or trained on by the detector)
 * and a held-out half (only measured), so a false-positive figure can stay honest after tuning.
 */
const splitRoutineSet = (tickets: readonly RoutineTicket[]) => {
  const seen = new Map<string, number>();
  const isDev = tickets.map((t) => {
    const i = seen.get(t.language) ?? 0;
    seen.set(t.language, i + 1);
    return i % 2 === 0;
  });
  return {
    dev: tickets.filter((_, i) => isDev[i]),
    heldout: tickets.filter((_, i) => !isDev[i]),
  };
};

export type { RoutineTicket };
export { ROUTINE_SET_COLUMNS, RoutineTicketSchema, readRoutineSet, splitRoutineSet };
