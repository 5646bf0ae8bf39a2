import { readFileSync } from 'node:fs';
import { parseCsvRecords } from './csv.js';

/** The label column names that outside tools use, in order of preference (DESIGN.md contract). */
const LABEL_COLUMNS = ['category', 'label', 'intent'] as const;

interface LabelledExample {
  /** 1-based data line of the CSV (header excluded). */
  line: number;
  text: string;
  label: string;
}

class LabelledCsvError extends Error {
  override name = 'LabelledCsvError';
}

const parseLabelledCsv = (input: string, source = 'input'): LabelledExample[] => {
  const records = parseCsvRecords(input);
  const first = records[0]?.record;
  if (!first) throw new LabelledCsvError(`${source}: no data rows`);
  if (!('text' in first)) throw new LabelledCsvError(`${source}: header has no "text" column`);
  const labelColumn = LABEL_COLUMNS.find((c) => c in first);
  if (!labelColumn) {
    throw new LabelledCsvError(`${source}: header needs a label column (${LABEL_COLUMNS.join(', ')})`);
  }
  return records.map(({ line, record }) => {
    const text = record.text ?? '';
    const label = (record[labelColumn] ?? '').trim();
    if (text.trim() === '') throw new LabelledCsvError(`${source}: line ${line} has an empty text`);
    if (label === '') throw new LabelledCsvError(`${source}: line ${line} has an empty ${labelColumn}`);
    return { line, text, label };
  });
};

const readLabelledCsv = (path: string): LabelledExample[] =>
  parseLabelledCsv(readFileSync(path, 'utf8'), path);

export type { LabelledExample };
export { LABEL_COLUMNS, LabelledCsvError, parseLabelledCsv, readLabelledCsv };
