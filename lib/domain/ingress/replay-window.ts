/**
 * A signed timestamp bounds how long a captured request can be replayed. Unix seconds (digits
 * only) and ISO 8601 with a zone (`2021-03-25T05:09:27Z`, as Zendesk sends it) are read; anything
 * else is unreadable, never "now".
 */

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Milliseconds since the epoch, or undefined when the text is not a timestamp. */
const parseTimestamp = (text: string): number | undefined => {
  const value = text.trim();
  if (/^\d{1,12}$/.test(value)) return Number(value) * 1000;
  if (!ISO_WITH_ZONE.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
};

type WindowCheck = { ok: true } | { ok: false; problem: string };

/** Whether `timestampMs` is at most `toleranceSeconds` from `nowMs`, either way (the boundary is inside). */
const checkWindow = (timestampMs: number, nowMs: number, toleranceSeconds: number): WindowCheck => {
  const skewSeconds = (nowMs - timestampMs) / 1000;
  if (skewSeconds > toleranceSeconds) {
    return {
      ok: false,
      problem: `timestamp is ${Math.round(skewSeconds)} s old; the limit is ${toleranceSeconds} s`,
    };
  }
  if (-skewSeconds > toleranceSeconds) {
    return {
      ok: false,
      problem: `timestamp is ${Math.round(-skewSeconds)} s in the future; the limit is ${toleranceSeconds} s`,
    };
  }
  return { ok: true };
};

export type { WindowCheck };
export { checkWindow, parseTimestamp };
