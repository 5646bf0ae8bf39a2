import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Ticket } from '../../lib/domain/tickets/ticket.schema.js';
import { parseCsvTable } from '../data/csv.js';
import { LABEL_COLUMNS } from '../data/labelled-csv.js';

/**
 * Input for `triage run`. A `.csv` row becomes a ticket (the text column is its body); a `.jsonl`
 * line is sent as the raw SQS body exactly as given, valid or not.
 */

interface InputItem {
  /** The 1-based file line of the input (a CSV's header is line 1, its first ticket line 2). */
  line: number;
  body: string;
  /** The ticketId the body carries, when it has one: duplicates share it. */
  ticketId?: string;
  /** The ground-truth route, when the CSV has a label column. */
  label?: string;
}

class InputFileError extends Error {
  override name = 'InputFileError';
}

/** A file-system error in words: the code alone (ENOENT) means nothing to most operators. */
const describeFsError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return code ?? 'unreadable';
};

const ticketIdOf = (body: string): string | undefined => {
  try {
    // Read it the way the handler does: a leading byte-order mark is framing, not content.
    const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
    const value = (JSON.parse(text) as { ticketId?: unknown } | null)?.ticketId;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
};

const fromCsv = (text: string, path: string, runId: string, now: string): InputItem[] => {
  const { columns, records } = parseCsvTable(text, path);
  if (columns.length > 0 && !columns.includes('text')) {
    throw new InputFileError(
      `${path}: a CSV input needs a "text" column (columns found: ${columns.join(', ')})`,
    );
  }
  const labelColumn = LABEL_COLUMNS.find((c) => columns.includes(c));
  // Header names are matched without regard to case, so they are read lower-cased.
  return records.map(({ line, record }) => {
    const ticket: Ticket = {
      ticketId: record.ticketid || `${runId}-${String(line).padStart(6, '0')}`,
      body: record.text ?? '',
      customer: { id: record.customerid || `customer-${(line % 997) + 1}` },
      channel: (record.channel as Ticket['channel']) || 'email',
      createdAt: now,
      ...(record.subject ? { subject: record.subject } : {}),
      ...(record.language ? { language: record.language } : {}),
    };
    const label = labelColumn ? record[labelColumn]?.trim() : undefined;
    return { line, body: JSON.stringify(ticket), ticketId: ticket.ticketId, ...(label ? { label } : {}) };
  });
};

const fromJsonl = (text: string): InputItem[] =>
  text.split(/\r?\n/).flatMap((body, index) => {
    // SQS cannot carry an empty body, so blank lines are not messages.
    if (body.trim() === '') return [];
    const ticketId = ticketIdOf(body);
    return [{ line: index + 1, body, ...(ticketId ? { ticketId } : {}) }];
  });

const readInputFile = (path: string, runId: string, limit?: number): InputItem[] => {
  const kind = extname(path).toLowerCase();
  if (kind !== '.csv' && kind !== '.jsonl' && kind !== '.ndjson')
    throw new InputFileError(`${path}: input must be .csv or .jsonl`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputFileError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  const now = new Date().toISOString();
  let items: InputItem[];
  if (kind === '.csv') items = fromCsv(text, path, runId, now);
  else items = fromJsonl(text);
  return limit === undefined ? items : items.slice(0, limit);
};

export type { InputItem };
export { describeFsError, InputFileError, readInputFile };
