import {
  GetObjectCommand,
  ListObjectsCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLabelledExampleStore } from '../../../../lib/adapters/s3/labelled-example-store.js';
import { exampleKey } from '../../../../lib/adapters/s3/object-keys.js';
import type { LabelledExample } from '../../../../lib/domain/scorer/labelled-example.schema.js';

/** What the store asks of S3 that the emulator cannot show: encryption headers and read concurrency. */

const s3 = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'k', secretAccessKey: 's' } });
const mock = mockClient(s3);

const example = (ticketId: string): LabelledExample => ({
  ticketId,
  text: 'my card was charged twice [EMAIL]',
  route: 'card_payment_fee_charged',
  source: 'human',
  weight: 1,
  decidedAt: '2026-11-01T10:00:00.000Z',
  labelledAt: '2026-11-01T12:00:00.000Z',
});

/** The part of a GetObject body the store reads. */
const body = (value: unknown) => ({ transformToString: async () => JSON.stringify(value) }) as never;

beforeEach(() => mock.reset());

describe('labelled example store', () => {
  it('writes each example SSE-KMS with the stack key when a key id is configured', async () => {
    mock.on(PutObjectCommand).resolves({});
    const store = createLabelledExampleStore({ client: s3, bucket: 'scorer', kmsKeyId: 'key-1' });
    await store.put(example('t-1'));
    const [call] = mock.commandCalls(PutObjectCommand);
    expect(call?.args[0].input).toMatchObject({
      Bucket: 'scorer',
      Key: 'examples/t-1.json',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'key-1',
    });
    expect(JSON.parse(String(call?.args[0].input.Body))).toEqual(example('t-1'));
  });

  it('leaves encryption to the bucket default when no key id is configured', async () => {
    mock.on(PutObjectCommand).resolves({});
    await createLabelledExampleStore({ client: s3, bucket: 'scorer' }).put(example('t-1'));
    expect(mock.commandCalls(PutObjectCommand)[0]?.args[0].input.ServerSideEncryption).toBeUndefined();
  });

  it('refuses an example without a valid label time before writing anything', async () => {
    const store = createLabelledExampleStore({ client: s3, bucket: 'scorer' });
    await expect(store.put({ ...example('t-1'), labelledAt: 'yesterday' })).rejects.toThrow();
    expect(mock.calls()).toHaveLength(0);
  });

  it('keys a ticket id with slashes and hashes as one object directly under examples/', () => {
    expect(exampleKey('zendesk/12#3+x')).toBe('examples/zendesk%2F12%233%2Bx.json');
    const stem = exampleKey('a/b:c@d=e').replace(/^examples\/|\.json$/g, '');
    expect(stem).not.toContain('/');
    expect(decodeURIComponent(stem)).toBe('a/b:c@d=e');
  });

  it('pages through the listing from the last key of each page and reads no more objects at once than its concurrency', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `t-${i}`);
    mock
      .on(ListObjectsCommand, { Marker: undefined })
      .resolves({ Contents: ids.slice(0, 4).map((id) => ({ Key: exampleKey(id) })), IsTruncated: true })
      .on(ListObjectsCommand, { Marker: exampleKey('t-3') })
      .resolves({ Contents: ids.slice(4).map((id) => ({ Key: exampleKey(id) })), IsTruncated: false });
    let inFlight = 0;
    let most = 0;
    mock.on(GetObjectCommand).callsFake(async (input: { Key: string }) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return { Body: body(example(decodeURIComponent(input.Key.replace(/^examples\/|\.json$/g, '')))) };
    });
    const store = createLabelledExampleStore({ client: s3, bucket: 'scorer', readConcurrency: 3 });
    const listed = await store.list();
    expect(listed.map((e) => e.ticketId)).toEqual(ids);
    expect(mock.commandCalls(ListObjectsCommand)).toHaveLength(2);
    expect(most).toBe(3);
  });

  it('leaves out an example that expired between the listing and its read', async () => {
    mock
      .on(ListObjectsCommand)
      .resolves({ Contents: [{ Key: exampleKey('t-1') }, { Key: exampleKey('t-2') }] });
    mock
      .on(GetObjectCommand, { Key: exampleKey('t-1') })
      .rejects(new NoSuchKey({ message: 'gone', $metadata: {} }))
      .on(GetObjectCommand, { Key: exampleKey('t-2') })
      .resolves({ Body: body(example('t-2')) });
    const listed = await createLabelledExampleStore({ client: s3, bucket: 'scorer' }).list();
    expect(listed.map((e) => e.ticketId)).toEqual(['t-2']);
  });
});
