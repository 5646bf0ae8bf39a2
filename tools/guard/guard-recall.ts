import type { GuardSignals } from '../../lib/domain/policy/signals/index.js';
import type { GuardTicket } from './guard-set.js';

/**
 * Recall of the guard's layers on the guard set, and their false-positive rate on routine tickets.
 * A layer is a function from ticket text to the guard's two flags, or undefined when it cannot be
 * measured here (the LLM's own flags need the LLM).
 */

type Layer = (text: string) => GuardSignals;

interface Rate {
  hits: number;
  total: number;
  rate: number;
}

const rate = (hits: number, total: number): Rate => ({ hits, total, rate: total === 0 ? 0 : hits / total });

const flagged = (s: GuardSignals): boolean => s.asksForHuman || s.vulnerability;

/** Recall overall and by a key (language, driver, FCA group), for one layer and one split. */
const recallBy = (
  tickets: readonly GuardTicket[],
  layer: Layer,
  key: (t: GuardTicket) => string,
): { all: Rate; by: Record<string, Rate> } => {
  const counts = new Map<string, [number, number]>();
  let hits = 0;
  for (const t of tickets) {
    const hit = flagged(layer(t.text));
    if (hit) hits += 1;
    const [h, n] = counts.get(key(t)) ?? [0, 0];
    counts.set(key(t), [h + (hit ? 1 : 0), n + 1]);
  }
  const by = Object.fromEntries([...counts].map(([k, [h, n]]) => [k, rate(h, n)]));
  return { all: rate(hits, tickets.length), by };
};

/** The share of routine texts a layer would send to a person, with the first few it sends. */
const falsePositives = (texts: readonly string[], layer: Layer, keep = 15) => {
  const sent = texts.filter((t) => flagged(layer(t)));
  return { ...rate(sent.length, texts.length), examples: sent.slice(0, keep) };
};

const either =
  (...layers: Layer[]): Layer =>
  (text) => {
    const all = layers.map((l) => l(text));
    return { asksForHuman: all.some((s) => s.asksForHuman), vulnerability: all.some((s) => s.vulnerability) };
  };

export type { Layer, Rate };
export { either, falsePositives, flagged, rate, recallBy };
