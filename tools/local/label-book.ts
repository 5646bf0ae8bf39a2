import { existsSync } from 'node:fs';
import { OUT_OF_SCOPE } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { LabelledExample } from '../data/labelled-csv.js';
import { readLabelledCsv } from '../data/labelled-csv.js';
import { toRouteId } from '../taxonomy/derive-taxonomy.js';

/**
 * What the simulated people of `triage serve` know: the true route of each ticket text found in
 * labelled files (the --train CSV and the sample tickets), matched on the text with case and
 * spacing folded. A text two files label differently is known to no one: people would have to guess.
 */

type LabelBook = (text: string) => string | undefined;

const keyOf = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Only labels the taxonomy can take: one of its routes, or "fits no route". */
const createLabelBook = (
  examples: readonly Pick<LabelledExample, 'text' | 'label'>[],
  routes: readonly string[],
): { lookup: LabelBook; size: number } => {
  const valid = new Set([...routes, OUT_OF_SCOPE]);
  const labels = new Map<string, string | null>();
  for (const e of examples) {
    const label = toRouteId(e.label);
    if (!valid.has(label)) continue;
    const key = keyOf(e.text);
    const seen = labels.get(key);
    labels.set(key, seen === undefined || seen === label ? label : null);
  }
  return {
    lookup: (text) => labels.get(keyOf(text)) ?? undefined,
    size: [...labels.values()].filter((l) => l !== null).length,
  };
};

/** The labelled files that exist among these paths, read as examples. */
const readLabelledFiles = (paths: readonly string[]): LabelledExample[] =>
  [...new Set(paths)].filter((p) => existsSync(p)).flatMap((p) => readLabelledCsv(p));

export type { LabelBook };
export { createLabelBook, readLabelledFiles };
