import type { ScorerStore } from '../../domain/ports.js';
import { ScorerArtifactSchema } from '../../domain/scorer/scorer-artifact.schema.js';
import { ScorerEvidenceSchema } from '../../domain/scorer/scorer-evidence.schema.js';
import { artifactKey, evidenceKey } from './object-keys.js';
import type { S3Location } from './s3-objects.js';
import { getJson, putJson } from './s3-objects.js';

/**
 * Scorer versions in S3: `scorers/<version>/artifact.json` and `evidence.json`. Both are written
 * before the active-scorer pointer may name the version, so a reader that finds the pointer finds
 * both. What is read back is parsed: a tampered or truncated object fails here, not in scoring.
 */
const createScorerStore = (location: S3Location): ScorerStore => ({
  putVersion: async (artifact, evidence) => {
    const { version } = artifact;
    await putJson(location, artifactKey(version), ScorerArtifactSchema.parse(artifact));
    await putJson(location, evidenceKey(version), ScorerEvidenceSchema.parse(evidence));
  },
  getArtifact: async (version) => {
    const json = await getJson(location, artifactKey(version));
    return json === undefined ? undefined : ScorerArtifactSchema.parse(json);
  },
  getEvidence: async (version) => {
    const json = await getJson(location, evidenceKey(version));
    return json === undefined ? undefined : ScorerEvidenceSchema.parse(json);
  },
});

export { createScorerStore };
