import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '../../tools/data/csv.js';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import { SAMPLE } from '../../tools/local/sample-data.js';

/**
 * The first `perLabel` sample training tickets of each route, as a CSV: every label is there, so
 * the stand-in knows every route, and it trains (and scores first evidence) in a second or two
 * instead of the full set's ten seconds and more.
 */
const smallSampleTrain = (perLabel: number): string => {
  const seen = new Map<string, number>();
  const rows = readLabelledCsv(SAMPLE.train).filter((e) => {
    const n = seen.get(e.label) ?? 0;
    seen.set(e.label, n + 1);
    return n < perLabel;
  });
  const path = join(mkdtempSync(join(tmpdir(), 'small-train-')), 'train.csv');
  writeFileSync(
    path,
    toCsv(
      ['text', 'category'],
      rows.map((e) => [e.text, e.label]),
    ),
  );
  return path;
};

export { smallSampleTrain };
