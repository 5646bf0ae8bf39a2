import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBatchingSender, SendFailedError } from '../../../../lib/adapters/sqs/batching-sender.js';

const sqs = mockClient(SQSClient);
const URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/HumanWork';

describe('createBatchingSender', () => {
  beforeEach(() => {
    sqs.reset();
    sqs.on(SendMessageBatchCommand).callsFake((input: { Entries: { Id: string }[] }) => ({
      Successful: input.Entries.map((e) => ({ Id: e.Id, MessageId: `m-${e.Id}` })),
    }));
  });

  it('coalesces 23 concurrent sends into three SendMessageBatch calls', async () => {
    const sender = createBatchingSender(new SQSClient({ region: 'eu-west-1' }));
    await Promise.all(Array.from({ length: 23 }, (_, i) => sender.send(URL, `body-${i}`)));
    const sizes = sqs.commandCalls(SendMessageBatchCommand).map((c) => c.args[0].input.Entries?.length);
    expect(sizes).toEqual([10, 10, 3]);
    const bodies = sqs
      .commandCalls(SendMessageBatchCommand)
      .flatMap((c) => c.args[0].input.Entries?.map((e) => e.MessageBody));
    expect(new Set(bodies).size).toBe(23);
  });

  it('fails only the sender whose entry SQS refused', async () => {
    sqs.on(SendMessageBatchCommand).resolves({
      Successful: [{ Id: '0', MessageId: 'a', MD5OfMessageBody: '' }],
      Failed: [{ Id: '1', Code: 'InternalError', SenderFault: false }],
    });
    const sender = createBatchingSender(new SQSClient({ region: 'eu-west-1' }));
    const results = await Promise.allSettled([sender.send(URL, 'ok'), sender.send(URL, 'refused')]);
    expect(results[0].status).toBe('fulfilled');
    expect(results[1].status).toBe('rejected');
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(SendFailedError);
  });

  it('fails every sender of a batch whose request failed', async () => {
    sqs.on(SendMessageBatchCommand).rejects(new Error('network down'));
    const sender = createBatchingSender(new SQSClient({ region: 'eu-west-1' }));
    const results = await Promise.allSettled([sender.send(URL, 'a'), sender.send(URL, 'b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('keeps queues apart', async () => {
    const sender = createBatchingSender(new SQSClient({ region: 'eu-west-1' }));
    await Promise.all([sender.send(URL, 'a'), sender.send(`${URL}-2`, 'b')]);
    const urls = sqs.commandCalls(SendMessageBatchCommand).map((c) => c.args[0].input.QueueUrl);
    expect(urls.sort()).toEqual([URL, `${URL}-2`]);
  });
});
