import type { Info } from 'csv-parse/sync';
import { parse } from 'csv-parse/sync';

/**
 * CSV files from outside tools, read through csv-parse: RFC 4180 quoting, a byte-order mark, CRLF,
 * and the delimiter a spreadsheet export happened to use (comma, semicolon or tab, detected from
 * the header). Header names are matched without regard to case, so `Text,Category` works.
 */

class CsvFormatError extends Error {
  override name = 'CsvFormatError';
}

interface CsvRecord {
  /** The 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  /** Cells keyed by header name, trimmed and lower-cased. */
  record: Record<string, string>;
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter that splits the header line most, outside quotes; a comma when none does. */
const detectDelimiter = (text: string): string => {
  const end = text.search(/\r?\n/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
};

const parseRows = (text: string, source: string) => {
  try {
    // csv-parse's typings do not model `info: true`, which wraps each record with where it was read.
    return parse(text, {
      bom: true,
      delimiter: detectDelimiter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
      info: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: Info }[];
  } catch (error) {
    // csv-parse's messages already name the file line ("… at line 6").
    throw new CsvFormatError(`${source}: ${(error as Error).message}`);
  }
};

interface CsvTable {
  /** The header names, trimmed and lower-cased: what errors list as "columns found". */
  columns: string[];
  records: CsvRecord[];
}

/** Rows as records keyed by the header row, each with the file line it starts on. */
const parseCsvTable = (input: string, source = 'CSV'): CsvTable => {
  const [header, ...data] = parseRows(input, source);
  if (!header) return { columns: [], records: [] };
  const names = header.record.map((h) => h.trim().toLowerCase());
  let previousEnd = header.info.lines;
  let previousEmpty = header.info.empty_lines;
  const records = data.map(({ record, info }) => {
    // info.lines is where the record ends; a quoted field may span lines, and blank lines are skipped.
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return { line, record: Object.fromEntries(names.map((name, col) => [name, record[col] ?? ''])) };
  });
  return { columns: names, records };
};

const parseCsvRecords = (input: string, source = 'CSV'): CsvRecord[] => parseCsvTable(input, source).records;

const needsQuotes = /[",\r\n]/;

const toCsvField = (value: string): string =>
  needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

const toCsv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  `${[header, ...rows].map((r) => r.map(toCsvField).join(',')).join('\n')}\n`;

export type { CsvRecord, CsvTable };
export { CsvFormatError, parseCsvRecords, parseCsvTable, toCsv };
