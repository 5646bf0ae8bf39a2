import { readFileSync } from 'node:fs';
import { parseTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import { OUT_OF_SCOPE } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import { parseCsvRecords } from '../data/csv.js';
import type { LabelledExample } from '../data/labelled-csv.js';

/**
 * A taxonomy derived from any labelled CSV, so a team can start from its own history. An optional
 * policy CSV (`intent,policy,team,priority[,answer]`) sets each route's handling. Without one, or
 * for a label it does not list, a route is human-only: automation is never assumed. A label that
 * says a ticket fits no route (`out_of_scope`, `oos` or `none`, any case) is the out-of-scope label,
 * never a route: such tickets count against whatever route the model picks.
 */

interface PolicyRow {
  policy: 'auto' | 'human';
  team: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  answer?: string;
}

class PolicyCsvError extends Error {
  override name = 'PolicyCsvError';
}

const PRIORITIES = new Set(['low', 'normal', 'high', 'urgent']);

const parsePolicyCsv = (text: string, source = 'policy CSV'): Map<string, PolicyRow> => {
  const rows = new Map<string, PolicyRow>();
  for (const { line, record } of parseCsvRecords(text)) {
    const intent = record.intent?.trim();
    const policy = record.policy?.trim();
    const priority = record.priority?.trim() || 'normal';
    if (!intent) throw new PolicyCsvError(`${source}: line ${line} has no intent`);
    if (policy !== 'auto' && policy !== 'human') {
      throw new PolicyCsvError(`${source}: line ${line} policy must be "auto" or "human", not "${policy}"`);
    }
    if (!PRIORITIES.has(priority))
      throw new PolicyCsvError(`${source}: line ${line} has priority "${priority}"`);
    rows.set(intent, {
      policy,
      team: record.team?.trim() || 'support',
      priority: priority as PolicyRow['priority'],
      ...(record.answer?.trim() ? { answer: record.answer.trim() } : {}),
    });
  }
  return rows;
};

const OUT_OF_SCOPE_LABELS = new Set([OUT_OF_SCOPE, 'oos', 'none']);

/** Whether a label column value means "fits no route". */
const isOutOfScopeLabel = (label: string): boolean => OUT_OF_SCOPE_LABELS.has(label.trim().toLowerCase());

/**
 * Labels become route ids: lower-case, with anything else folded to "_"; an out-of-scope label
 * becomes `out_of_scope`, the label people and QA report for it.
 */
const toRouteId = (label: string): string =>
  isOutOfScopeLabel(label)
    ? OUT_OF_SCOPE
    : label
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '_')
        .replace(/^[^a-z0-9]+/, '')
        .slice(0, 64) || 'route';

const readable = (label: string) => label.replace(/[_-]+/g, ' ').trim();

/** A safe generic reply for a route whose policy CSV gives no approved answer. */
const genericAnswer = (label: string): string =>
  `Thanks for your message about ${readable(label)}. Step-by-step help for this is in the Help section of our app. ` +
  'If that does not solve it, reply to this message and a person from our team will help you.';

const deriveTaxonomy = (
  examples: readonly Pick<LabelledExample, 'text' | 'label'>[],
  policies: ReadonlyMap<string, PolicyRow> = new Map(),
  name = 'derived',
): Taxonomy => {
  const byLabel = new Map<string, string[]>();
  for (const e of examples) {
    if (isOutOfScopeLabel(e.label)) continue;
    const texts = byLabel.get(e.label);
    if (texts) texts.push(e.text);
    else byLabel.set(e.label, [e.text]);
  }
  const routes = [...byLabel.entries()].map(([label, texts]) => {
    const policy = policies.get(label);
    return {
      id: toRouteId(label),
      description: `Tickets about ${readable(label)}.`,
      examples: texts.slice(0, 3).map((t) => t.slice(0, 500)),
      policy: policy?.policy ?? 'human',
      team: policy?.team ?? 'support',
      priority: policy?.priority ?? 'normal',
      ...(policy?.policy === 'auto' ? { answer: policy.answer ?? genericAnswer(label) } : {}),
    };
  });
  return parseTaxonomy({ name, version: '1', routes }, name);
};

const readPolicyCsv = (path: string): Map<string, PolicyRow> =>
  parsePolicyCsv(readFileSync(path, 'utf8'), path);

export type { PolicyRow };
export { deriveTaxonomy, isOutOfScopeLabel, PolicyCsvError, parsePolicyCsv, readPolicyCsv, toRouteId };
