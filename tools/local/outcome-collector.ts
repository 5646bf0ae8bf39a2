import type { SQSClient } from '@aws-sdk/client-sqs';
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { HumanWorkItem, QaItem, ResolutionMessage } from '../../lib/domain/outbound/outbound.schema.js';

/**
 * Watches where tickets end up, from outside the system, the way upstream and ops would: the
 * resolutions, human and QA queues (drained, as their consumers would; the QA queue carries audits
 * and adjudication requests), the ingest DLQ (read, never
 * deleted, so it can still be redriven) and the quarantine table.
 */

interface Downstream {
  destination: 'resolutions' | 'human';
  message: ResolutionMessage | HumanWorkItem;
}

interface CollectorSources {
  sqs: SQSClient;
  documents: DynamoDBDocumentClient;
  resolutionsUrl: string;
  humanUrl: string;
  qaUrl: string;
  ingestDlqUrl: string;
  quarantineTable: string;
  /** The helpdesk and the upstream: told of every message as it is drained. */
  onDownstream?: (downstream: Downstream) => void;
  /** QA: told of every audit and every adjudication request the QA queue carries. */
  onQaItem?: (item: QaItem) => void;
}

const createOutcomeCollector = (sources: CollectorSources) => {
  const downstream = new Map<string, Downstream>();
  const deadLettered = new Set<string>();
  const quarantined = new Map<string, string>();

  const drain = async (queueUrl: string, take: (body: string) => void): Promise<number> => {
    const out = await sources.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    const messages = out.Messages ?? [];
    for (const m of messages) take(m.Body ?? '{}');
    if (messages.length > 0) {
      await sources.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }),
      );
    }
    return messages.length;
  };

  const readDlq = async (): Promise<number> => {
    const out = await sources.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: sources.ingestDlqUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        VisibilityTimeout: 300,
      }),
    );
    for (const m of out.Messages ?? []) if (m.MessageId) deadLettered.add(m.MessageId);
    return out.Messages?.length ?? 0;
  };

  const scanQuarantine = async (): Promise<void> => {
    let start: Record<string, unknown> | undefined;
    do {
      const out = await sources.documents.send(
        new ScanCommand({
          TableName: sources.quarantineTable,
          ProjectionExpression: 'quarantineId, reason',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of out.Items ?? []) quarantined.set(String(item.quarantineId), String(item.reason));
      start = out.LastEvaluatedKey;
    } while (start);
  };

  const downstreamOf = (destination: Downstream['destination']) => (body: string) => {
    const message = JSON.parse(body) as Downstream['message'];
    // At-least-once delivery: the first message for a ticket wins; a repeat is not a new ticket.
    if (downstream.has(message.ticketId)) return;
    const seen = { destination, message };
    downstream.set(message.ticketId, seen);
    sources.onDownstream?.(seen);
  };
  const takeResolution = downstreamOf('resolutions');
  const takeHuman = downstreamOf('human');
  const takeQa = (body: string) => sources.onQaItem?.(JSON.parse(body) as QaItem);

  /** One sweep of every place a ticket can end up. */
  const poll = async (): Promise<void> => {
    while ((await drain(sources.resolutionsUrl, takeResolution)) === 10);
    while ((await drain(sources.humanUrl, takeHuman)) === 10);
    while ((await drain(sources.qaUrl, takeQa)) === 10);
    while ((await readDlq()) === 10);
    await scanQuarantine();
  };

  return { poll, downstream, deadLettered, quarantined };
};

type OutcomeCollector = ReturnType<typeof createOutcomeCollector>;

export type { Downstream, OutcomeCollector };
export { createOutcomeCollector };
