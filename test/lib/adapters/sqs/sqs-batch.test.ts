import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { processSqsBatch } from '../../../../lib/adapters/sqs/sqs-batch.js';
import { createLambdaContext } from '../../../../tools/local/lambda-context.js';

/** Partial batch responses: only the records that failed come back after the visibility timeout. */

const record = (messageId: string, body: string): SQSRecord => ({
  messageId,
  receiptHandle: `rh-${messageId}`,
  body,
  attributes: {
    ApproximateReceiveCount: '1',
    SentTimestamp: '0',
    SenderId: 'test',
    ApproximateFirstReceiveTimestamp: '0',
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:Tickets',
  awsRegion: 'us-east-1',
});

const event = (...bodies: string[]): SQSEvent => ({
  Records: bodies.map((body, i) => record(`m${i}`, body)),
});

const context = createLambdaContext('classify', 30_000);

/** Hooks that record what they saw. */
const hooks = () => {
  const outcomes: string[] = [];
  const failures: [string, unknown][] = [];
  return {
    outcomes,
    failures,
    onOutcome: (outcome: string) => void outcomes.push(outcome),
    onFailure: (r: SQSRecord, error: unknown) => void failures.push([r.messageId, error]),
  };
};

describe('processSqsBatch', () => {
  it('reports no failures when every record succeeds, and hands each outcome to the hook', async () => {
    const seen = hooks();
    const response = await processSqsBatch(event('a', 'b'), context, async (r) => r.body.toUpperCase(), seen);
    expect(response).toEqual({ batchItemFailures: [] });
    expect(seen.outcomes.sort()).toEqual(['A', 'B']);
    expect(seen.failures).toEqual([]);
  });

  it('reports exactly the failed records by message id, and tells the hook why', async () => {
    const seen = hooks();
    const boom = new Error('model throttled');
    const response = await processSqsBatch(
      event('ok', 'fail', 'ok'),
      context,
      async (r) => {
        if (r.body === 'fail') throw boom;
        return r.body;
      },
      seen,
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
    expect(seen.outcomes).toEqual(['ok', 'ok']);
    expect(seen.failures).toEqual([['m1', boom]]);
  });

  it('reports a batch that failed entirely as failures rather than throwing', async () => {
    const seen = hooks();
    const response = await processSqsBatch(
      event('x', 'y'),
      context,
      async () => {
        throw new Error('down');
      },
      seen,
    );
    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['m0', 'm1']);
    expect(seen.failures).toHaveLength(2);
  });

  it('runs the records of a batch concurrently', async () => {
    let running = 0;
    let most = 0;
    await processSqsBatch(
      event('a', 'b', 'c'),
      context,
      async (r) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running -= 1;
        return r.body;
      },
      hooks(),
    );
    expect(most).toBe(3);
  });

  it('passes the invocation context to the record handler', async () => {
    const contexts: unknown[] = [];
    await processSqsBatch(
      event('a'),
      context,
      async (_r, c) => {
        contexts.push(c);
        return 'done';
      },
      hooks(),
    );
    expect(contexts).toHaveLength(1);
    expect(contexts[0]).toBe(context);
  });
});
