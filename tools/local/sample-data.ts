import { resolve } from 'node:path';

/** The project's own sample: a buy-now-pay-later taxonomy and labelled tickets it owns. */

const ROOT = resolve(import.meta.dirname, '../..');

const SAMPLE = {
  taxonomy: resolve(ROOT, 'data/bnpl/taxonomy.json'),
  train: resolve(ROOT, 'data/bnpl/train.csv'),
  tickets: resolve(ROOT, 'data/bnpl/tickets.csv'),
} as const;

/** BANKING77 lives beside the project in ../shared when it is there; it is never copied in. */
const BANKING77 = {
  train: resolve(ROOT, '../shared/data/banking77/train.csv'),
  policy: resolve(ROOT, '../shared/data/banking77/policy.csv'),
} as const;

export { BANKING77, ROOT, SAMPLE };
