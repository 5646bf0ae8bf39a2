import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createActiveScorerStore } from '../adapters/dynamodb/active-scorer-store.js';
import { createLabelledExampleStore } from '../adapters/s3/labelled-example-store.js';
import { createScorerStore } from '../adapters/s3/scorer-store.js';
import { createScorerEvidenceSource } from '../domain/outcomes/scorer-evidence.js';
import type { RouteScorerSource, ScorerEvidenceSource } from '../domain/ports.js';
import { createRouteScorerSource } from '../domain/scorer/route-scorer-source.js';
import type { Taxonomy } from '../domain/taxonomy/taxonomy.schema.js';

/** The route scorer's stores for the functions that use it: classify, outcome and retune. */

interface ScorerLocation {
  s3: S3Client;
  bucket: string;
  documents: DynamoDBDocumentClient;
  configTable: string;
}

const stores = (location: ScorerLocation) => ({
  active: createActiveScorerStore({ client: location.documents, configTable: location.configTable }),
  scorers: createScorerStore({ client: location.s3, bucket: location.bucket }),
});

/** Where labels are kept as training examples (the bucket's default key encrypts them). */
const scorerExamples = (location: Pick<ScorerLocation, 's3' | 'bucket'>) =>
  createLabelledExampleStore({ client: location.s3, bucket: location.bucket });

/** The classify function's scorer, loaded on first use and re-checked like the route configs. */
const scorerSource = (location: ScorerLocation, ttlMs: number): RouteScorerSource => {
  const { active, scorers } = stores(location);
  return createRouteScorerSource({
    activeVersion: async () => (await active.get())?.version,
    artifact: async (version) => {
      const artifact = await scorers.getArtifact(version);
      if (!artifact) throw new Error(`scorer ${version} is active but its artifact is missing`);
      return artifact;
    },
    ttlMs,
  });
};

/** The retune's active scorer and its evidence. */
const scorerEvidence = (location: ScorerLocation, taxonomy: Taxonomy): ScorerEvidenceSource => {
  const { active, scorers } = stores(location);
  const teams = new Map(taxonomy.routes.map((r) => [r.id, r.team]));
  return createScorerEvidenceSource(active, scorers, (id) => teams.get(id));
};

export type { ScorerLocation };
export { scorerEvidence, scorerExamples, scorerSource };
