import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createScorerStore } from '../../../../lib/adapters/s3/scorer-store.js';
import type { ScorerEvidence } from '../../../../lib/domain/scorer/scorer-evidence.schema.js';
import { trainScorer } from '../../../../lib/domain/scorer/train-scorer.js';
import { labelledExamples } from '../../../support/labelled-examples.js';

/** What the scorer store asks of S3: the layout, the order of writes, and validation of what it reads. */

const s3 = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'k', secretAccessKey: 's' } });
const mock = mockClient(s3);
const store = createScorerStore({ client: s3, bucket: 'scorer', kmsKeyId: 'key-1' });

const artifact = trainScorer(labelledExamples(10), {
  trainedAt: '2026-11-02T03:00:00.000Z',
  model: 'linear',
});
const evidence: ScorerEvidence = [
  {
    ticketId: 't-1',
    route: 'change_pin',
    scorerRoute: 'change_pin',
    probability: 0.97,
    weight: 1,
    source: 'history',
    decidedAt: '2026-11-01T10:00:00.000Z',
  },
];
const body = (value: unknown) => ({ transformToString: async () => JSON.stringify(value) }) as never;

beforeEach(() => mock.reset());

describe('scorer store', () => {
  it('writes the artifact, then the evidence, under the version, SSE-KMS', async () => {
    mock.on(PutObjectCommand).resolves({});
    await store.putVersion(artifact, evidence);
    const puts = mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input);
    expect(puts.map((p) => p.Key)).toEqual([
      `scorers/${artifact.version}/artifact.json`,
      `scorers/${artifact.version}/evidence.json`,
    ]);
    for (const put of puts)
      expect(put).toMatchObject({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: 'key-1' });
  });

  it('writes no evidence when the artifact could not be written', async () => {
    mock.on(PutObjectCommand).rejects(new Error('AccessDenied'));
    await expect(store.putVersion(artifact, evidence)).rejects.toThrow('AccessDenied');
    expect(mock.commandCalls(PutObjectCommand)).toHaveLength(1);
  });

  it('reads a version back as written, and undefined for a version that is not there', async () => {
    mock
      .on(GetObjectCommand, { Key: `scorers/${artifact.version}/artifact.json` })
      .resolves({ Body: body(artifact) })
      .on(GetObjectCommand, { Key: `scorers/${artifact.version}/evidence.json` })
      .resolves({ Body: body(evidence) })
      .on(GetObjectCommand, { Key: 'scorers/missing/artifact.json' })
      .rejects(new NoSuchKey({ message: 'no such key', $metadata: {} }));
    expect(await store.getArtifact(artifact.version)).toEqual(artifact);
    expect(await store.getEvidence(artifact.version)).toEqual(evidence);
    expect(await store.getArtifact('missing')).toBeUndefined();
  });

  it('refuses an evidence object whose probabilities are out of range', async () => {
    mock.on(GetObjectCommand).resolves({ Body: body([{ ...evidence[0], probability: 1.5 }]) });
    await expect(store.getEvidence(artifact.version)).rejects.toThrow();
  });
});
