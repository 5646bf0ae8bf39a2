import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LabelledExampleStore, RouteScorerSource } from '../domain/ports.js';

/**
 * The classify function's route scorer and example store, built on the first ticket that needs
 * them: the S3 client and the scorer's code are imported then, beside that ticket's model call,
 * so a cold start pays for none of it. A failed build is tried again by the next ticket.
 */

interface LazyScorerOptions {
  bucket: string;
  documents: DynamoDBDocumentClient;
  configTable: string;
  ttlMs: number;
  /** An S3 client to use (the local stack's); else one is built on first use. */
  s3?: S3Client;
}

const build = async (options: LazyScorerOptions) => {
  const [{ scorerExamples, scorerSource }, { createS3Client }] = await Promise.all([
    import('./scorer-deps.js'),
    import('./s3-client.js'),
  ]);
  const location = { ...options, s3: options.s3 ?? createS3Client() };
  return { source: scorerSource(location, options.ttlMs), examples: scorerExamples(location) };
};

const lazyScorer = (
  options: LazyScorerOptions,
): { scorer: RouteScorerSource; examples: Pick<LabelledExampleStore, 'put'> } => {
  let built: ReturnType<typeof build> | undefined;
  const load = () => {
    built ??= build(options).catch((error: unknown) => {
      built = undefined;
      throw error;
    });
    return built;
  };
  return {
    scorer: { score: async (text) => (await load()).source.score(text) },
    examples: { put: async (example) => (await load()).examples.put(example) },
  };
};

export type { LazyScorerOptions };
export { lazyScorer };
