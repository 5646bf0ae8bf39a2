import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseCsvRecords } from '../data/csv.js';
import { DRIVER_GROUP, GUARD_LANGUAGES } from './guard-drivers.js';

/**
 * The guard set: tickets that pair a routine request with a reason to need a person, each with
 * its language, driver, FCA FG21/1 group, the routine request's category, the style it was
 * written in and its split (dev: tuned on; heldout: written by someone who had not seen the signals,
 * never tuned on).
 */

const DriverSchema = z.enum(Object.keys(DRIVER_GROUP) as [keyof typeof DRIVER_GROUP]);

const GuardTicketSchema = z.object({
  text: z.string().min(1),
  language: z.enum(GUARD_LANGUAGES),
  driver: DriverSchema,
  group: z.enum(Object.values(DRIVER_GROUP) as [(typeof DRIVER_GROUP)[keyof typeof DRIVER_GROUP]]),
  category: z.string().min(1),
  style: z.enum(['standard', 'phone', 'indirect', 'late', 'mixed', 'fresh', 'chat', 'brief', 'plain']),
  split: z.enum(['dev', 'heldout']),
});

type GuardTicket = z.infer<typeof GuardTicketSchema>;
type GuardStyle = GuardTicket['style'];

const GUARD_SET_COLUMNS = ['text', 'language', 'driver', 'group', 'category', 'style', 'split'] as const;

const readGuardSet = (path: string): GuardTicket[] =>
  parseCsvRecords(readFileSync(path, 'utf8'), path).map(({ record }) => GuardTicketSchema.parse(record));

export type { GuardStyle, GuardTicket };
export { GUARD_SET_COLUMNS, GuardTicketSchema, readGuardSet };
