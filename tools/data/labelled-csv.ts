import { readFileSync, writeFileSync } from 'node:fs';
import { parseCsvTable, toCsv } from './csv.js';

/** The label column names that outside tools use, in order of preference (docs/contracts.md, "CSV files"). */
const LABEL_COLUMNS = ['category', 'label', 'intent'] as const;

interface LabelledExample {
  /** The 1-based file line the example starts on (the header is line 1). */
  line: number;
  text: string;
  label: string;
}

class LabelledCsvError extends Error {
  override name = 'LabelledCsvError';
}

const found = (columns: readonly string[]) =>
  columns.length > 0 ? `columns found: ${columns.join(', ')}` : 'no header row';

const parseLabelledCsv = (input: string, source = 'input'): LabelledExample[] => {
  const { columns, records } = parseCsvTable(input, source);
  if (!columns.includes('text'))
    throw new LabelledCsvError(`${source}: no "text" column (${found(columns)})`);
  const labelColumn = LABEL_COLUMNS.find((c) => columns.includes(c));
  if (!labelColumn) {
    throw new LabelledCsvError(`${source}: no label column (${LABEL_COLUMNS.join(', ')}); ${found(columns)}`);
  }
  if (records.length === 0) throw new LabelledCsvError(`${source}: no data rows`);
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

/** Writes examples as a labelled CSV (`text`, `category`) that `readLabelledCsv` reads back. */
const writeLabelledCsv = (
  path: string,
  examples: readonly Pick<LabelledExample, 'text' | 'label'>[],
): string => {
  writeFileSync(
    path,
    toCsv(
      ['text', 'category'],
      examples.map((e) => [e.text, e.label]),
    ),
  );
  return path;
};

export type { LabelledExample };
export { LABEL_COLUMNS, LabelledCsvError, parseLabelledCsv, readLabelledCsv, writeLabelledCsv };
