/**
 * RFC 4180 CSV: quoted fields, escaped quotes ("") and newlines inside quotes.
 * Written here rather than pulled in because the Lambda bundles stay small and the format is tiny.
 */

class CsvFormatError extends Error {
  override name = 'CsvFormatError';
}

const parseCsv = (input: string): string[][] => {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      inQuotes = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (inQuotes) throw new CsvFormatError('unterminated quoted field at end of input');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
};

/** Rows as records keyed by the header row. `line` is the 1-based data line (header excluded). */
const parseCsvRecords = (input: string): { line: number; record: Record<string, string> }[] => {
  const [header, ...rows] = parseCsv(input);
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return rows.map((cells, index) => ({
    line: index + 1,
    record: Object.fromEntries(names.map((name, col) => [name, cells[col] ?? ''])),
  }));
};

const needsQuotes = /[",\r\n]/;

const toCsvField = (value: string): string =>
  needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

const toCsv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  `${[header, ...rows].map((r) => r.map(toCsvField).join(',')).join('\n')}\n`;

export { CsvFormatError, parseCsv, parseCsvRecords, toCsv };
