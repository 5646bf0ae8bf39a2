/**
 * Which fold a label falls in, from its ticket id alone: a fixed share of tickets screen (choose
 * which thresholds the stream level tests), the rest test. The draw is a hash, so it never looks
 * at a label, is the same at every retune, and keeps a ticket's labels together.
 */

/** Share of tickets whose labels screen; the rest bound the stream. */
const SCREEN_SHARE = 0.5;

/** FNV-1a, 32 bits: stable across runs and platforms. */
const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
};

const isScreenLabel = (ticketId: string, share = SCREEN_SHARE): boolean => fnv1a(ticketId) / 2 ** 32 < share;

export { fnv1a, isScreenLabel, SCREEN_SHARE };
