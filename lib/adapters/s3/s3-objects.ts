import type { S3Client } from '@aws-sdk/client-s3';
import { GetObjectCommand, ListObjectsCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';

/** A bucket and how objects written to it are encrypted. */
interface S3Location {
  client: S3Client;
  bucket: string;
  /** The stack's KMS key: objects are written SSE-KMS with it. Unset: the bucket's default. */
  kmsKeyId?: string;
}

const encryption = (kmsKeyId: string | undefined) =>
  kmsKeyId ? { ServerSideEncryption: 'aws:kms' as const, SSEKMSKeyId: kmsKeyId } : {};

const putJson = async (location: S3Location, key: string, value: unknown): Promise<void> => {
  await location.client.send(
    new PutObjectCommand({
      Bucket: location.bucket,
      Key: key,
      Body: JSON.stringify(value),
      ContentType: 'application/json',
      ...encryption(location.kmsKeyId),
    }),
  );
};

/** The object's JSON, or undefined when there is no such key. */
const getJson = async (location: S3Location, key: string): Promise<unknown> => {
  try {
    const out = await location.client.send(new GetObjectCommand({ Bucket: location.bucket, Key: key }));
    return JSON.parse((await out.Body?.transformToString()) ?? '');
  } catch (error) {
    if (error instanceof NoSuchKey) return undefined;
    throw error;
  }
};

/**
 * Every key under `prefix`, page by page (at most 1,000 keys a call), each page starting after the
 * last key of the one before. ListObjects (v1) and its marker rather than ListObjectsV2: the local
 * emulator builds v2 continuation tokens with DES, which Node 20's OpenSSL 3 refuses, so v2 cannot
 * page there; with no delimiter, the two list the same keys in the same order.
 */
const listKeys = async (location: S3Location, prefix: string, pageSize?: number): Promise<string[]> => {
  const keys: string[] = [];
  let marker: string | undefined;
  for (;;) {
    const out = await location.client.send(
      new ListObjectsCommand({
        Bucket: location.bucket,
        Prefix: prefix,
        Marker: marker,
        ...(pageSize ? { MaxKeys: pageSize } : {}),
      }),
    );
    const page = (out.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : []));
    keys.push(...page);
    marker = page.at(-1);
    if (!out.IsTruncated || marker === undefined) return keys;
  }
};

/** `fn` over `items` with at most `limit` calls in flight, results in the items' order. */
const mapBounded = async <T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
};

export type { S3Location };
export { getJson, listKeys, mapBounded, putJson };
