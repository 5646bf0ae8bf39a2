import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Ticket } from '../../lib/domain/tickets/ticket.schema.js';
import { parseCsvRecords } from '../data/csv.js';
import { LABEL_COLUMNS } from '../data/labelled-csv.js';

/**
 * Input for `triage run`. A `.csv` row becomes a ticket (the text column is its body); a `.jsonl`
 * line is sent as the raw SQS body exactly as given, valid or not.
 */

interface InputItem {
  /** 1-based data line of the input (the CSV header is not counted). */
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

const fromCsv = (text: string, runId: string, now: string): InputItem[] => {
  const records = parseCsvRecords(text);
  if (records.length > 0 && !('text' in (records[0]?.record ?? {}))) {
    throw new InputFileError('a CSV input needs a "text" column');
  }
  const labelColumn = LABEL_COLUMNS.find((c) => c in (records[0]?.record ?? {}));
  return records.map(({ line, record }) => {
    const ticket: Ticket = {
      ticketId: record.ticketId || `${runId}-${String(line).padStart(6, '0')}`,
      body: record.text ?? '',
      customer: { id: record.customerId || `customer-${(line % 997) + 1}` },
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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputFileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const kind = extname(path).toLowerCase();
  const now = new Date().toISOString();
  let items: InputItem[];
  if (kind === '.csv') items = fromCsv(text, runId, now);
  else if (kind === '.jsonl' || kind === '.ndjson') items = fromJsonl(text);
  else throw new InputFileError(`${path}: input must be .csv or .jsonl`);
  return limit === undefined ? items : items.slice(0, limit);
};

export type { InputItem };
export { InputFileError, readInputFile };
