import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { LabelledExample } from '../../tools/data/labelled-csv.js';
import type { PolicyRow } from '../../tools/taxonomy/derive-taxonomy.js';
import { deriveTaxonomy, readPolicyCsv, toRouteId } from '../../tools/taxonomy/derive-taxonomy.js';
import { DEFAULTS, UsageError } from './command.js';
import { readFlagFile } from './file-args.js';

/**
 * The taxonomy a run or a replay uses: --taxonomy as given; one derived from the --train labels
 * with --policy; the sample's when the labels are the sample's; otherwise (the product contract:
 * given only labelled data) one derived from the labels, every route auto-eligible.
 */

interface TaxonomyFlags {
  taxonomy?: string | undefined;
  policy?: string | undefined;
}

const sampleCovers = (sample: Taxonomy, examples: readonly Pick<LabelledExample, 'label'>[]) => {
  const ids = new Set(sample.routes.map((r) => r.id));
  return examples.every((e) => ids.has(toRouteId(e.label)));
};

const resolveTaxonomy = (
  flags: TaxonomyFlags,
  examples: readonly Pick<LabelledExample, 'text' | 'label'>[],
  log: (message: string) => void,
): { taxonomy: Taxonomy; derived: boolean } => {
  if (flags.taxonomy !== undefined && flags.policy !== undefined)
    throw new UsageError('give --taxonomy or --policy, not both');
  if (flags.taxonomy !== undefined)
    return { taxonomy: readFlagFile('taxonomy', flags.taxonomy, loadTaxonomy), derived: false };
  if (flags.policy !== undefined)
    return {
      taxonomy: deriveTaxonomy(examples, readFlagFile('policy', flags.policy, readPolicyCsv)),
      derived: true,
    };
  const sample = loadTaxonomy(DEFAULTS.taxonomy);
  if (sampleCovers(sample, examples)) return { taxonomy: sample, derived: false };
  const labels = [...new Set(examples.map((e) => e.label))];
  const every: PolicyRow = { policy: 'auto', team: 'support', priority: 'normal' };
  log(
    `the --train labels are not the sample taxonomy's: deriving a taxonomy from its ${labels.length} labels, every route auto-eligible (give --policy or --taxonomy to choose)`,
  );
  return { taxonomy: deriveTaxonomy(examples, new Map(labels.map((l) => [l, every]))), derived: true };
};

/** The taxonomy as a file, for the handlers that read TAXONOMY_PATH: the given one, or a temp copy. */
const taxonomyFile = (flags: TaxonomyFlags, resolved: { taxonomy: Taxonomy; derived: boolean }): string => {
  if (!resolved.derived) return flags.taxonomy ?? DEFAULTS.taxonomy;
  const path = join(mkdtempSync(join(tmpdir(), 'triage-')), 'taxonomy.json');
  writeFileSync(path, JSON.stringify(resolved.taxonomy));
  return path;
};

export { resolveTaxonomy, taxonomyFile };
