import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../data/csv.js';
import { ROOT } from '../local/sample-data.js';
import { GUARD_LANGUAGES } from './guard-drivers.js';
import type { RoutineTicket } from './routine-set.js';
import { ROUTINE_SET_COLUMNS } from './routine-set.js';
import { ROUTINE_TICKETS } from './routine-source.js';

/**
 * Builds data/guard/routine.csv from the hand-written routine tickets, language by language in the
 * guard's language order, each ticket as written.
 *
 *   npx tsx tools/guard/build-routine.ts
 */

const OUTPUT = resolve(ROOT, 'data/guard/routine.csv');

const buildRoutineRows = (): RoutineTicket[] =>
  GUARD_LANGUAGES.flatMap((language) =>
    ROUTINE_TICKETS[language].map(([category, text]) => ({ text, language, category })),
  );

const routineCsv = (): string =>
  toCsv(
    ROUTINE_SET_COLUMNS,
    buildRoutineRows().map((t) => ROUTINE_SET_COLUMNS.map((c) => t[c])),
  );

const main = (): void => {
  writeFileSync(OUTPUT, routineCsv());
  console.log(`wrote ${buildRoutineRows().length} routine tickets to ${OUTPUT}`);
};

// Run as a script it writes the CSV; imported (by the test) it only builds the rows.
const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main();

export { buildRoutineRows, routineCsv };
