import type { GuardSignals } from '../../lib/domain/policy/signals/index.js';

/**
 * What a guard layer costs: its first call in a fresh process (the signals compile their patterns
 * on first use, so a cold Lambda pays this once), and its steady cost per ticket over a second
 * pass of the same texts, once everything is compiled.
 */
export interface GuardCost {
  firstCallMs: number;
  steadyMicrosPerTicket: number;
  tickets: number;
}

export const measureGuardCost = (
  layer: (text: string) => GuardSignals,
  texts: readonly string[],
): GuardCost => {
  if (texts.length === 0) throw new Error('measureGuardCost needs at least one text');
  const start = performance.now();
  layer(texts[0] as string);
  const firstCallMs = performance.now() - start;
  for (const t of texts) layer(t);
  const steadyStart = performance.now();
  for (const t of texts) layer(t);
  const steadyMicrosPerTicket = (1000 * (performance.now() - steadyStart)) / texts.length;
  return { firstCallMs, steadyMicrosPerTicket, tickets: texts.length };
};
