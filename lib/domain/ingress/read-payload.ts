import { parseTimestamp } from './replay-window.js';

/**
 * Reading values out of a vendor payload by dotted path, and reading them as the kinds of value the
 * outcomes contract holds. Helpdesk placeholders render everything as text ("312", "true",
 * "2013-12-12T05:35Z"), so each reader takes text as readily as the typed value.
 */

/** The value at a dotted path: own properties of objects, numeric indexes of arrays. */
const readPath = (payload: unknown, path: string): unknown => {
  let current: unknown = payload;
  for (const key of path.split('.')) {
    if (Array.isArray(current)) {
      current = /^\d+$/.test(key) ? current[Number(key)] : undefined;
    } else if (current !== null && typeof current === 'object' && Object.hasOwn(current, key)) {
      current = (current as Record<string, unknown>)[key];
    } else {
      return undefined;
    }
  }
  return current;
};

/** Text of a string or finite number; empty text (an unset placeholder) is no value. */
const readText = (value: unknown): string | undefined => {
  const text =
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : undefined;
  return text === '' ? undefined : text;
};

type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (problem: string): Read<never> => ({ ok: false, problem });

const readNumber = (value: unknown): Read<number> => {
  if (typeof value === 'number' && Number.isFinite(value)) return ok(value);
  const text = readText(value);
  if (text !== undefined && /^-?\d+(\.\d+)?$/.test(text)) return ok(Number(text));
  return bad(`${JSON.stringify(value)} is not a number`);
};

const readBoolean = (value: unknown): Read<boolean> => {
  if (typeof value === 'boolean') return ok(value);
  const text = readText(value)?.toLowerCase();
  if (text === 'true') return ok(true);
  if (text === 'false') return ok(false);
  return bad(`${JSON.stringify(value)} is not true or false`);
};

/** Text a helpdesk's checkbox placeholder may render as, by what it means. */
const FLAG_TEXT: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  '1': true,
  '0': false,
};

/**
 * A checkbox: a boolean, or any text a helpdesk renders one as (true/false, yes/no, 1/0, any case).
 * Wider than readBoolean, whose fields a map sets as constants or reads from payloads it controls.
 */
const readFlag = (value: unknown): Read<boolean> => {
  if (typeof value === 'boolean') return ok(value);
  const text = readText(value)?.toLowerCase();
  const flag = text === undefined ? undefined : FLAG_TEXT[text];
  return flag === undefined
    ? bad(`${JSON.stringify(value)} is not a checkbox value (true/false, yes/no, 1/0)`)
    : ok(flag);
};

/**
 * An instant as canonical ISO 8601 (`toISOString`): the same input always gives the same text, so a
 * redelivered payload hashes alike downstream. Unix seconds are read too.
 */
const readTime = (value: unknown): Read<string> => {
  const text = readText(value);
  const ms = text === undefined ? undefined : parseTimestamp(text);
  if (ms === undefined) {
    return bad(`${JSON.stringify(value)} is not an ISO 8601 time with a zone or unix seconds`);
  }
  return ok(new Date(ms).toISOString());
};

export type { Read };
export { readBoolean, readFlag, readNumber, readPath, readText, readTime };
