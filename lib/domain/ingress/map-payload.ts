import type { Outcome } from '../outcomes/outcome.schema.js';
import { OUT_OF_SCOPE, OutcomeSchema } from '../outcomes/outcome.schema.js';
import { RouteIdSchema } from '../taxonomy/taxonomy.schema.js';
import type { AdapterMap, Condition, FieldSource, Rule } from './field-map.schema.js';
import { valueKey } from './field-map.schema.js';
import type { Read } from './read-payload.js';
import { readBoolean, readFlag, readNumber, readPath, readText, readTime } from './read-payload.js';

/**
 * A helpdesk payload → one outcome, through the adapter's field map.
 * 1. take the first rule whose conditions all hold; none: ignored or a problem, as the map says;
 * 2. read each field from its source and convert it (ids to text, route values through the value
 *    map, numbers, booleans, instants to canonical ISO 8601);
 * 3. validate the result against the outcomes contract, naming the field and where it came from.
 */

interface Problem {
  /** The outcome field (`finalRoute`), or `(payload)` for the payload as a whole. */
  field: string;
  /** Where the map reads it (`ticket.route`), when it reads it from the payload. */
  source?: string;
  problem: string;
}

type Mapped =
  | { kind: 'outcome'; outcome: Outcome }
  | { kind: 'ignored' }
  | { kind: 'invalid'; problems: Problem[] };

const sourceOf = (source: FieldSource): string | undefined =>
  typeof source === 'string' ? source : 'path' in source ? source.path : undefined;

/** The raw value a source gives; a prefix applies to text and numbers. */
const rawValue = (payload: unknown, source: FieldSource, receivedAtMs: number): unknown => {
  if (typeof source === 'string') return readPath(payload, source);
  if ('value' in source) return source.value;
  if ('receivedAt' in source) return new Date(receivedAtMs).toISOString();
  const value = readPath(payload, source.path);
  const text = readText(value);
  return source.prefix && text !== undefined ? `${source.prefix}${text}` : value;
};

const conditionHolds = (payload: unknown, condition: Condition): boolean => {
  const value = readPath(payload, condition.path);
  const text = typeof value === 'boolean' ? String(value) : readText(value);
  if (text === undefined) return false;
  const wanted = Array.isArray(condition.equals) ? condition.equals : [condition.equals];
  return wanted.some((w) => valueKey(w) === valueKey(text));
};

/** A helpdesk's route value → a route label, through the map's lists. */
const readRoute = (map: AdapterMap, value: unknown): Read<string> => {
  const outOfScope = new Set(map.outOfScope.map(valueKey));
  const routes = new Map(Object.entries(map.routes).map(([k, v]) => [valueKey(k), v]));
  const listed = (text: string): string | undefined =>
    outOfScope.has(valueKey(text)) ? OUT_OF_SCOPE : routes.get(valueKey(text));
  if (Array.isArray(value)) {
    // A list (tags): only listed values count, and they must agree on one label.
    const labels = [
      ...new Set(
        value.flatMap((item) => {
          const text = readText(item);
          const label = text === undefined ? undefined : listed(text);
          return label ? [label] : [];
        }),
      ),
    ];
    if (labels.length === 1) return { ok: true, value: labels[0] as string };
    return {
      ok: false,
      problem:
        labels.length === 0
          ? 'no value in the list is in the route map'
          : `values map to ${labels.join(', ')}`,
    };
  }
  const text = readText(value);
  if (text === undefined) return { ok: false, problem: 'no value' };
  const label = listed(text);
  if (label) return { ok: true, value: label };
  if (map.otherValues === 'route-id' && RouteIdSchema.safeParse(text).success)
    return { ok: true, value: text };
  return { ok: false, problem: `${JSON.stringify(text)} is not in the route map` };
};

const readCsat = (map: AdapterMap, value: unknown): Read<number> => {
  const text = readText(value);
  const entry =
    text === undefined
      ? undefined
      : Object.entries(map.csatValues).find(([k]) => valueKey(k) === valueKey(text));
  return entry ? { ok: true, value: entry[1] } : readNumber(value);
};

const readId = (value: unknown): Read<string> => {
  const text = readText(value);
  return text === undefined ? { ok: false, problem: 'no value' } : { ok: true, value: text };
};

type Reader = (value: unknown) => Read<unknown>;

const readersFor = (map: AdapterMap): Record<string, Reader> => ({
  ticketId: readId,
  finalRoute: (v) => readRoute(map, v),
  handleSeconds: readNumber,
  agentId: readId,
  neededPerson: readFlag,
  resolvedAt: readTime,
  csat: (v) => readCsat(map, v),
  reopened: readBoolean,
  at: readTime,
});

/** Fields a rule may leave empty in a payload: they are left out of the outcome. */
const OPTIONAL = new Set(['agentId', 'neededPerson', 'csat', 'reopened']);

const buildOutcome = (map: AdapterMap, rule: Rule, payload: unknown, receivedAtMs: number): Mapped => {
  const readers = readersFor(map);
  const problems: Problem[] = [];
  const outcome: Record<string, unknown> = { type: rule.type };
  const { type: _type, when: _when, ...fields } = rule;
  for (const [field, source] of Object.entries(fields) as [string, FieldSource | undefined][]) {
    if (source === undefined) continue;
    const value = rawValue(payload, source, receivedAtMs);
    const absent =
      value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (absent && OPTIONAL.has(field)) continue;
    const read = absent ? ({ ok: false, problem: 'no value' } as const) : (readers[field] as Reader)(value);
    if (read.ok) outcome[field] = read.value;
    else problems.push({ field, source: sourceOf(source), problem: read.problem });
  }
  if (problems.length > 0) return { kind: 'invalid', problems };
  const parsed = OutcomeSchema.safeParse(outcome);
  if (parsed.success) return { kind: 'outcome', outcome: parsed.data };
  const sources = fields as Record<string, FieldSource | undefined>;
  return {
    kind: 'invalid',
    problems: parsed.error.issues.slice(0, 10).map((issue) => {
      const field = issue.path.length > 0 ? String(issue.path[0]) : '(payload)';
      const source = sources[field];
      return { field, ...(source ? { source: sourceOf(source) } : {}), problem: issue.message };
    }),
  };
};

const mapPayload = (map: AdapterMap, payload: unknown, receivedAtMs: number): Mapped => {
  const rule = map.rules.find((r) => r.when.every((c) => conditionHolds(payload, c)));
  if (rule) return buildOutcome(map, rule, payload, receivedAtMs);
  if (map.unmatched === 'ignore') return { kind: 'ignored' };
  const paths = [...new Set(map.rules.flatMap((r) => r.when.map((c) => c.path)))];
  const seen = paths.map((p) => `${p} is ${JSON.stringify(readPath(payload, p) ?? null)}`).join(', ');
  return {
    kind: 'invalid',
    problems: [{ field: '(payload)', problem: `no field-map rule matches (${seen})` }],
  };
};

export type { Mapped, Problem };
export { mapPayload };
