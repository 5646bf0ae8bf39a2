import { readFileSync } from 'node:fs';
import type { Taxonomy } from '../domain/taxonomy/taxonomy.schema.js';
import { TaxonomySchema } from '../domain/taxonomy/taxonomy.schema.js';

class TaxonomyError extends Error {
  override name = 'TaxonomyError';
}

const parseTaxonomy = (json: unknown, source = 'taxonomy'): Taxonomy => {
  const parsed = TaxonomySchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new TaxonomyError(`${source} is not a valid taxonomy (${issues})`);
  }
  return parsed.data;
};

const loadTaxonomy = (path: string): Taxonomy => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TaxonomyError(`cannot read taxonomy ${path}: ${(error as Error).message}`);
  }
  return parseTaxonomy(json, path);
};

export { loadTaxonomy, parseTaxonomy, TaxonomyError };
