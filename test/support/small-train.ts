import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLabelledCsv, writeLabelledCsv } from '../../tools/data/labelled-csv.js';
import { SAMPLE } from '../../tools/local/sample-data.js';

/** The sample training tickets from the `from`-th up to (not including) the `to`-th of each route. */
const sampleRows = (from: number, to: number) => {
  const seen = new Map<string, number>();
  return readLabelledCsv(SAMPLE.train).filter((e) => {
    const n = seen.get(e.label) ?? 0;
    seen.set(e.label, n + 1);
    return n >= from && n < to;
  });
};

/**
 * The first `perLabel` sample training tickets of each route, as a CSV: every label is there, so
 * the stand-in knows every route, and it trains (and scores first evidence) in a second or two
 * instead of the full set's ten seconds and more.
 */
const smallSampleTrain = (perLabel: number): string =>
  writeLabelledCsv(join(mkdtempSync(join(tmpdir(), 'small-train-')), 'train.csv'), sampleRows(0, perLabel));

export { sampleRows, smallSampleTrain };
