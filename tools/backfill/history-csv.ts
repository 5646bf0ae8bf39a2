import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Ticket } from '../../lib/domain/tickets/ticket.schema.js';
import { TicketSchema } from '../../lib/domain/tickets/ticket.schema.js';
import { parseCsvTable } from '../data/csv.js';
import { LABEL_COLUMNS, LabelledCsvError } from '../data/labelled-csv.js';
import { toRouteId } from '../taxonomy/derive-taxonomy.js';

/**
 * Labelled history as ticket messages for `triage backfill`. Each row of a labelled CSV (`text`
 * and `category`, `label` or `intent`; optional ticketId, subject, channel, customerId, language,
 * createdAt, labelledAt) becomes one ticket message with `history`, its label folded to a route id
 * the way a derived taxonomy folds it. Every body is a function of the row alone, so publishing the
 * file again sends the same messages, which the classifier treats as duplicates.
 */

interface HistoryItem {
  /** The 1-based file line of the row (the header is line 1). */
  line: number;
  ticketId: string;
  /** The route id the label folds to, or `out_of_scope`. */
  label: string;
  /** The SQS body: the ticket message, as JSON. */
  body: string;
}

/** A history row without a date gets this one: the body must not change from one run to the next. */
const UNKNOWN_CREATED_AT = '1970-01-01T00:00:00.000Z';

/**
 * A ticketId for a row that has none: the hash of its label and text, and of how many identical
 * rows came before it, so the id survives rows added or moved elsewhere in the file.
 */
const derivedTicketId = (label: string, text: string, occurrence: number): string =>
  `history-${createHash('sha256').update(`${label}\u0000${text}\u0000${occurrence}`).digest('hex').slice(0, 24)}`;

const issuesOf = (error: { issues: readonly { path: PropertyKey[]; message: string }[] }) =>
  error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'ticket'}: ${i.message}`)
    .join('; ');

const parseHistoryCsv = (input: string, source = 'input'): HistoryItem[] => {
  const { columns, records } = parseCsvTable(input, source);
  if (!columns.includes('text')) throw new LabelledCsvError(`${source}: no "text" column`);
  const labelColumn = LABEL_COLUMNS.find((c) => columns.includes(c));
  if (!labelColumn) throw new LabelledCsvError(`${source}: no label column (${LABEL_COLUMNS.join(', ')})`);
  if (records.length === 0) throw new LabelledCsvError(`${source}: no data rows`);
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  return records.map(({ line, record }) => {
    const text = record.text ?? '';
    const raw = (record[labelColumn] ?? '').trim();
    if (text.trim() === '') throw new LabelledCsvError(`${source}: line ${line} has an empty text`);
    if (raw === '') throw new LabelledCsvError(`${source}: line ${line} has an empty ${labelColumn}`);
    const label = toRouteId(raw);
    const key = `${label}\u0000${text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const ticketId = record.ticketid || derivedTicketId(label, text, occurrence);
    const ticket = {
      ticketId,
      body: text,
      // No customerid column: each ticket its own unknown customer. One shared placeholder would
      // make every history ticket one customer, whom the scorer's cross-fit keeps in one fold.
      customer: { id: record.customerid || `unknown:${ticketId}` },
      channel: record.channel || 'email',
      createdAt: record.createdat || UNKNOWN_CREATED_AT,
      ...(record.subject ? { subject: record.subject } : {}),
      ...(record.language ? { language: record.language } : {}),
      history: { route: label, ...(record.labelledat ? { labelledAt: record.labelledat } : {}) },
    };
    // Checked here, not by the classifier: a row it would quarantine would never be scored.
    const parsed = TicketSchema.safeParse(ticket);
    if (!parsed.success)
      throw new LabelledCsvError(`${source}: line ${line} is not a valid ticket (${issuesOf(parsed.error)})`);
    if (ids.has(ticket.ticketId))
      throw new LabelledCsvError(`${source}: line ${line} repeats ticketId ${ticket.ticketId}`);
    ids.add(ticket.ticketId);
    return { line, ticketId: ticket.ticketId, label, body: JSON.stringify(parsed.data satisfies Ticket) };
  });
};

const readHistoryCsv = (path: string): HistoryItem[] => parseHistoryCsv(readFileSync(path, 'utf8'), path);

export type { HistoryItem };
export { derivedTicketId, parseHistoryCsv, readHistoryCsv, UNKNOWN_CREATED_AT };
