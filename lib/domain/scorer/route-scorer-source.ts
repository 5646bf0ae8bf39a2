import type { ScorerOpinion } from '../classification/second-opinion.js';
import type { RouteScorerSource } from '../ports.js';
import type { RouteScorer } from './load-scorer.js';
import { loadScorer } from './load-scorer.js';
import type { ScorerArtifact } from './scorer-artifact.schema.js';

/**
 * The classify function's route scorer: nothing is loaded at cold start; the first ticket starts
 * the load (beside its model call), later ones reuse it. Which version is active is re-read at
 * most once per TTL, like the route configs, and a new version's artifact is loaded once; while
 * it loads, or when a refresh fails, the loaded version keeps scoring (a threshold certified on
 * another version never applies to its scores, so a stale scorer only sends tickets to people).
 */

interface ScorerSourceDeps {
  /** The active version, undefined before a first scorer is trained. */
  activeVersion: () => Promise<string | undefined>;
  artifact: (version: string) => Promise<ScorerArtifact>;
  ttlMs: number;
  now?: () => number;
}

const createRouteScorerSource = (deps: ScorerSourceDeps): RouteScorerSource => {
  const now = deps.now ?? Date.now;
  let loaded: RouteScorer | undefined;
  let checkedAt: number | undefined;
  let refreshing: Promise<void> | undefined;

  const refresh = async () => {
    const version = await deps.activeVersion();
    if (version === undefined) loaded = undefined;
    else if (loaded?.version !== version) loaded = loadScorer(await deps.artifact(version));
    checkedAt = now();
  };

  const current = async (): Promise<RouteScorer | undefined> => {
    if (checkedAt !== undefined && now() - checkedAt < deps.ttlMs) return loaded;
    refreshing ??= refresh().finally(() => {
      refreshing = undefined;
    });
    try {
      await refreshing;
    } catch (error) {
      if (!loaded) throw error;
    }
    return loaded;
  };

  return {
    score: async (text: string): Promise<ScorerOpinion | undefined> => {
      const scorer = await current();
      return scorer && { version: scorer.version, ...scorer.score(text) };
    },
  };
};

export type { ScorerSourceDeps };
export { createRouteScorerSource };
