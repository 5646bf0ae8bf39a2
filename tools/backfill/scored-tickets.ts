import type { BatchGetCommandOutput, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { historyCorrect } from '../../lib/domain/tickets/history-decision.js';
import type { StoredTicket } from '../../lib/domain/tickets/ticket-record.js';

/**
 * Reads what the classifier made of published history tickets, from the tickets table: a ticket
 * is settled once DISPATCHED. Settled as history it was scored (a label was written for the
 * model's route) or failed (the model gave no answer, no label); a ticketId the table holds for
 * another ticket (a live one, or history with another label) is a conflict, and nothing of this
 * file was counted for it.
 */

type Settled =
  | { kind: 'scored'; routeId: string; correct: boolean; cost: TicketCost }
  | { kind: 'failed'; cost: TicketCost }
  | { kind: 'conflict' };

interface TicketCost {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  llmUsd: number;
}

const FIELDS = [
  'ticketId',
  'status',
  'action',
  'routeId',
  'history',
  'modelError',
  'inputTokens',
  'outputTokens',
  'cacheReadTokens',
  'cacheWriteTokens',
  'llmUsd',
] as const;

const costOf = (t: StoredTicket): TicketCost => ({
  inputTokens: t.inputTokens ?? 0,
  outputTokens: t.outputTokens ?? 0,
  cacheReadTokens: t.cacheReadTokens ?? 0,
  cacheWriteTokens: t.cacheWriteTokens ?? 0,
  llmUsd: t.llmUsd ?? 0,
});

/** What a stored ticket says about the history ticket published under its id with this label. */
const settledAs = (ticket: StoredTicket, label: string): Settled | undefined => {
  if (ticket.status !== 'DISPATCHED') return undefined;
  if (ticket.action !== 'HISTORY' || ticket.history?.route !== label) return { kind: 'conflict' };
  if (ticket.routeId === undefined || ticket.modelError !== undefined)
    return { kind: 'failed', cost: costOf(ticket) };
  return {
    kind: 'scored',
    routeId: ticket.routeId,
    correct: historyCorrect(ticket.routeId, label),
    cost: costOf(ticket),
  };
};

const BATCH_KEYS = 100;
const PROBE_KEYS = 25;

/**
 * The stored tickets among ticketIds, read in calls of 100 keys in the order given (keys DynamoDB
 * left unprocessed are read again). With `untilIdle`, a pass reads calls of 25 keys and stops after
 * the first call in which not every ticket is settled by `isSettled`: tickets are scored roughly in
 * the order they were published, so the rest are not done either, and a long backfill is not
 * slowed by reading what is still waiting on every poll.
 */
const readTickets = async (
  documents: DynamoDBDocumentClient,
  tableName: string,
  ticketIds: readonly string[],
  untilIdle?: { isSettled: (ticket: StoredTicket) => boolean },
): Promise<StoredTicket[]> => {
  const found: StoredTicket[] = [];
  const size = untilIdle ? PROBE_KEYS : BATCH_KEYS;
  for (let i = 0; i < ticketIds.length; i += size) {
    const batch: StoredTicket[] = [];
    const wanted = ticketIds.slice(i, i + size);
    let keys: Record<string, unknown>[] | undefined = wanted.map((ticketId) => ({ ticketId }));
    for (let attempt = 0; keys && keys.length > 0 && attempt < 5; attempt += 1) {
      const out: BatchGetCommandOutput = await documents.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: keys,
              ConsistentRead: true,
              ProjectionExpression: FIELDS.map((_, n) => `#f${n}`).join(', '),
              ExpressionAttributeNames: Object.fromEntries(FIELDS.map((f, n) => [`#f${n}`, f])),
            },
          },
        }),
      );
      batch.push(...((out.Responses?.[tableName] ?? []) as StoredTicket[]));
      keys = out.UnprocessedKeys?.[tableName]?.Keys;
    }
    found.push(...batch);
    if (untilIdle && batch.filter(untilIdle.isSettled).length < wanted.length) break;
  }
  return found;
};

export type { Settled, TicketCost };
export { readTickets, settledAs };
