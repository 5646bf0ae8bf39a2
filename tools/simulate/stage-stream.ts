import type { Classification } from '../../lib/domain/classification/classification.schema.js';
import type { Random } from '../../lib/domain/scorer/prng.js';
import { mulberry32, shuffleInPlace } from '../../lib/domain/scorer/prng.js';
import type { StreamTicket } from './replay.js';
import type { ConfidenceSpec, DriftSpec } from './scenario.schema.js';

/**
 * Stages one seed's stream: shuffles the scored tickets, then, from the drift point on, changes
 * what is true (relabel or swap) and how often the drifted routes arrive, while the text, and so
 * the model's answer, stays the same. It also turns the model's probability into the confidence
 * the policy sees: calibrated as it is, or verbalized the way an LLM reports it.
 */

interface ScoredTicket {
  text: string;
  label: string;
  classification: Classification;
}

interface StagedTicket extends StreamTicket {
  /** At or after the drift point. */
  afterDrift: boolean;
}

/** The levels an LLM tends to answer with when asked for a confidence. */
const VERBAL_LEVELS = [0.7, 0.8, 0.9, 0.95, 0.99] as const;
const HIGH_LEVELS = [0.9, 0.95, 0.99] as const;

const levelAtOrAbove = (probability: number): number =>
  VERBAL_LEVELS.find((level) => level >= probability) ?? VERBAL_LEVELS[VERBAL_LEVELS.length - 1]!;

/**
 * Verbalized confidence: a right answer reports the smallest level at or above its probability; a
 * wrong one, with probability `wrongHigh`, one of 0.9, 0.95 and 0.99 drawn uniformly instead.
 */
const verbalize = (probability: number, right: boolean, wrongHigh: number, random: Random): number => {
  const draw = random();
  const pick = random();
  if (!right && draw < wrongHigh) return HIGH_LEVELS[Math.min(2, Math.floor(pick * 3))]!;
  return levelAtOrAbove(probability);
};

/** Deterministic per (seed, key): the same ticket reports the same confidence in every replay. */
const keyedRandom = (seed: number, key: number): Random => mulberry32((seed * 2_654_435_761 + key) >>> 0);

const reportConfidence = (
  spec: ConfidenceSpec,
  t: ScoredTicket,
  seed: number,
  key: number,
): Classification => {
  if (spec.kind === 'calibrated') return t.classification;
  const right = t.classification.route === t.label;
  const confidence = verbalize(t.classification.confidence, right, spec.wrongHigh, keyedRandom(seed, key));
  return { ...t.classification, confidence };
};

/** Each drifted route's tickets move to one other auto-eligible route, chosen once from the seed. */
const relabelTargets = (drift: DriftSpec, autoRoutes: readonly string[], random: Random) =>
  new Map(
    (drift.routes ?? []).map((route) => {
      const others = autoRoutes.filter((r) => r !== route);
      return [route, others[Math.floor(random() * others.length)] ?? route] as const;
    }),
  );

const driftLabel = (label: string, drift: DriftSpec, targets: Map<string, string>, random: Random) => {
  if (drift.swap) {
    const [a, b] = drift.swap as [string, string];
    return label === a ? b : label === b ? a : label;
  }
  const target = targets.get(label);
  return target !== undefined && random() < (drift.relabel ?? 0) ? target : label;
};

const stageStream = (
  scored: readonly ScoredTicket[],
  seed: number,
  options: { drift?: DriftSpec; confidence: ConfidenceSpec; autoRoutes: readonly string[] },
): StagedTicket[] => {
  const random = mulberry32(seed);
  const order = shuffleInPlace([...scored], random);
  const { drift } = options;
  const atIndex = drift ? Math.floor(drift.at * order.length) : order.length;
  const drifted = new Set(drift?.routes ?? []);
  const targets = drift ? relabelTargets(drift, options.autoRoutes, random) : new Map<string, string>();
  const after = shuffleInPlace(
    order
      .slice(atIndex)
      .flatMap((t) => (drifted.has(t.label) ? Array.from({ length: drift?.volume ?? 1 }, () => t) : [t])),
    random,
  );
  const staged = [...order.slice(0, atIndex), ...after];
  return staged.map((t, i) => ({
    ticketId: `s${seed}-${String(i).padStart(6, '0')}`,
    text: t.text,
    label: drift && i >= atIndex ? driftLabel(t.label, drift, targets, random) : t.label,
    classification: reportConfidence(options.confidence, t, seed, i),
    afterDrift: i >= atIndex,
  }));
};

export type { ScoredTicket, StagedTicket };
export { reportConfidence, stageStream, VERBAL_LEVELS, verbalize };
