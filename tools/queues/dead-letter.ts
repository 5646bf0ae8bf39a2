import type { Message, MessageAttributeValue } from '@aws-sdk/client-sqs';
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import type { SqsSender } from './publish-tickets.js';

/**
 * Operator tools for a dead-letter queue: look at what is in it without taking it away, and move
 * it back to its source queue, by SQS's own move task where the service offers one and otherwise
 * by receive → send → delete, one message at a time, so a message is never deleted before its copy
 * is on the source queue.
 */

interface DlqMessage {
  messageId: string;
  receiveCount: number;
  sentAt: string | null;
  ticketId: string | null;
  /** The first 120 characters of the body. */
  preview: string;
}

interface InspectOptions {
  /** Stop after this many distinct messages (default 100). */
  max?: number;
  /** Seconds a listed message stays hidden between receives (default 2); it is released at the end. */
  visibilityTimeout?: number;
}

const ticketIdOf = (body: string): string | null => {
  try {
    const value = (JSON.parse(body) as { ticketId?: unknown } | null)?.ticketId;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
};

const describe = (m: Message): DlqMessage => {
  const sent = Number(m.Attributes?.SentTimestamp);
  const body = m.Body ?? '';
  return {
    messageId: m.MessageId ?? '',
    receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 0),
    sentAt: Number.isFinite(sent) && sent > 0 ? new Date(sent).toISOString() : null,
    ticketId: ticketIdOf(body),
    preview: body.slice(0, 120),
  };
};

/**
 * Lists messages without deleting them. Each receive hides what it returns only briefly, so the
 * next receive can page past it; at the end every listed message is made visible again at once.
 */
const inspectDlq = async (sqs: SqsSender, queueUrl: string, options: InspectOptions = {}) => {
  const max = options.max ?? 100;
  const seen = new Map<string, { message: Message; receiptHandle: string }>();
  let idle = 0;
  while (seen.size < max && idle < 3) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: Math.min(10, max - seen.size),
        VisibilityTimeout: options.visibilityTimeout ?? 2,
        WaitTimeSeconds: 1,
        MessageSystemAttributeNames: ['SentTimestamp', 'ApproximateReceiveCount'],
      }),
    );
    const messages = out.Messages ?? [];
    if (messages.length === 0) break;
    let fresh = 0;
    for (const m of messages) {
      if (!m.MessageId || !m.ReceiptHandle) continue;
      if (!seen.has(m.MessageId)) fresh += 1;
      seen.set(m.MessageId, { message: seen.get(m.MessageId)?.message ?? m, receiptHandle: m.ReceiptHandle });
    }
    // Only messages already listed coming back: the queue has shown all it will.
    idle = fresh === 0 ? idle + 1 : 0;
  }
  const entries = [...seen.values()];
  for (let i = 0; i < entries.length; i += 10) {
    await sqs
      .send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queueUrl,
          Entries: entries
            .slice(i, i + 10)
            .map((e, j) => ({ Id: String(j), ReceiptHandle: e.receiptHandle, VisibilityTimeout: 0 })),
        }),
      )
      // Releasing early is a courtesy: the short visibility timeout releases them anyway.
      .catch(() => undefined);
  }
  return entries.slice(0, max).map((e) => describe(e.message));
};

type RedriveMethod = 'auto' | 'move-task' | 'loop';

interface RedriveReport {
  method: 'move-task' | 'loop';
  moved: number;
  /** Messages that could not be sent back; they stay in the DLQ. */
  failed: number;
  status: string;
  failureReason?: string;
  /** Why the move task was not used, when the loop ran instead. */
  fallbackReason?: string;
}

interface RedriveOptions {
  method?: RedriveMethod;
  /** Milliseconds between ListMessageMoveTasks polls (default 1000). */
  pollMs?: number;
  /** Give up waiting for a move task after this long (default 15 minutes). */
  timeoutMs?: number;
  onProgress?: (moved: number, total: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const queueArn = async (sqs: SqsSender, queueUrl: string): Promise<string> => {
  const out = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  const arn = out.Attributes?.QueueArn;
  if (!arn) throw new Error(`${queueUrl} has no QueueArn`);
  return arn;
};

interface StartedTask {
  sourceArn: string;
  taskHandle: string | undefined;
}

const startMoveTask = async (sqs: SqsSender, dlqUrl: string, toUrl: string): Promise<StartedTask> => {
  const [sourceArn, destinationArn] = await Promise.all([queueArn(sqs, dlqUrl), queueArn(sqs, toUrl)]);
  const started = await sqs.send(
    new StartMessageMoveTaskCommand({ SourceArn: sourceArn, DestinationArn: destinationArn }),
  );
  return { sourceArn, taskHandle: started.TaskHandle };
};

/** Polls ListMessageMoveTasks until the task is no longer RUNNING. */
const waitForMoveTask = async (
  sqs: SqsSender,
  { sourceArn, taskHandle }: StartedTask,
  options: RedriveOptions,
): Promise<RedriveReport> => {
  const sleep = options.sleep ?? defaultSleep;
  const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000);
  for (;;) {
    await sleep(options.pollMs ?? 1000);
    const out = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: sourceArn, MaxResults: 10 }));
    const results = out.Results ?? [];
    // The newest task comes first; a running one still carries its handle.
    const task = results.find((r) => r.TaskHandle === taskHandle) ?? results[0];
    const moved = task?.ApproximateNumberOfMessagesMoved ?? 0;
    options.onProgress?.(moved, task?.ApproximateNumberOfMessagesToMove ?? moved);
    if (task && task.Status !== 'RUNNING') {
      return {
        method: 'move-task',
        moved,
        failed:
          task.Status === 'COMPLETED'
            ? 0
            : Math.max(0, (task.ApproximateNumberOfMessagesToMove ?? 0) - moved),
        status: task.Status ?? 'UNKNOWN',
        ...(task.FailureReason ? { failureReason: task.FailureReason } : {}),
      };
    }
    if (Date.now() > deadline) {
      return {
        method: 'move-task',
        moved,
        failed: 0,
        status: 'RUNNING',
        failureReason: 'still running; check later',
      };
    }
  }
};

const copyAttributes = (attributes: Record<string, MessageAttributeValue> | undefined) =>
  attributes && Object.keys(attributes).length > 0
    ? Object.fromEntries(
        Object.entries(attributes).map(([k, v]) => [
          k,
          {
            DataType: v.DataType,
            ...(v.StringValue !== undefined ? { StringValue: v.StringValue } : {}),
            ...(v.BinaryValue !== undefined ? { BinaryValue: v.BinaryValue } : {}),
          },
        ]),
      )
    : undefined;

/** Receive → SendMessage to the source → DeleteMessage, per message: send before delete. */
const redriveByLoop = async (
  sqs: SqsSender,
  dlqUrl: string,
  toUrl: string,
  options: RedriveOptions,
): Promise<RedriveReport> => {
  let moved = 0;
  const failedIds = new Set<string>();
  let lastError: string | undefined;
  for (;;) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: dlqUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 30,
        WaitTimeSeconds: 1,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['MessageGroupId', 'MessageDeduplicationId'],
      }),
    );
    const messages = (out.Messages ?? []).filter((m) => m.MessageId && !failedIds.has(m.MessageId));
    if (messages.length === 0) break;
    for (const m of messages) {
      const attributes = copyAttributes(m.MessageAttributes);
      try {
        await sqs.send(
          new SendMessageCommand({
            QueueUrl: toUrl,
            MessageBody: m.Body ?? '',
            ...(attributes ? { MessageAttributes: attributes } : {}),
            ...(m.Attributes?.MessageGroupId ? { MessageGroupId: m.Attributes.MessageGroupId } : {}),
            ...(m.Attributes?.MessageDeduplicationId
              ? { MessageDeduplicationId: m.Attributes.MessageDeduplicationId }
              : {}),
          }),
        );
      } catch (error) {
        // Not sent, so not deleted: it returns to the DLQ when its visibility timeout runs out.
        failedIds.add(m.MessageId as string);
        lastError = `${(error as Error).name}: ${(error as Error).message}`;
        continue;
      }
      // A failed delete leaves a copy in the DLQ (a duplicate later), never a loss.
      await sqs.send(new DeleteMessageCommand({ QueueUrl: dlqUrl, ReceiptHandle: m.ReceiptHandle }));
      moved += 1;
      options.onProgress?.(moved, moved);
    }
  }
  return {
    method: 'loop',
    moved,
    failed: failedIds.size,
    status: failedIds.size === 0 ? 'COMPLETED' : 'PARTIAL',
    ...(lastError ? { failureReason: lastError } : {}),
  };
};

/**
 * Moves the DLQ's messages back to `toUrl`. `auto` (the default) tries StartMessageMoveTask and,
 * when the service refuses it, falls back to the receive → send → delete loop.
 */
const redriveDlq = async (
  sqs: SqsSender,
  dlqUrl: string,
  toUrl: string,
  options: RedriveOptions = {},
): Promise<RedriveReport> => {
  const method = options.method ?? 'auto';
  if (method === 'loop') return redriveByLoop(sqs, dlqUrl, toUrl, options);
  if (method === 'move-task') return waitForMoveTask(sqs, await startMoveTask(sqs, dlqUrl, toUrl), options);
  let started: StartedTask;
  try {
    started = await startMoveTask(sqs, dlqUrl, toUrl);
  } catch (error) {
    // Only a task that never started falls back: the loop must not race a running task.
    const fallbackReason = `${(error as Error).name}: ${(error as Error).message}`;
    return { ...(await redriveByLoop(sqs, dlqUrl, toUrl, options)), fallbackReason };
  }
  return waitForMoveTask(sqs, started, options);
};

export type { DlqMessage, InspectOptions, RedriveMethod, RedriveOptions, RedriveReport };
export { inspectDlq, redriveDlq };
