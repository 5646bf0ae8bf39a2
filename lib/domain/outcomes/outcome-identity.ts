import { createHash } from 'node:crypto';
import type { Outcome } from './outcome.schema.js';

/**
 * What makes two deliveries "the same outcome": the same fields and values, whatever their key
 * order. A redelivery and an identical re-report hash alike; a corrected report does not.
 */

/**
 * The outcome as stable JSON, keys sorted: what is stored as its body and what its hash is taken
 * over. Outcomes are flat (every schema field is a primitive), so the sorted key list as the
 * replacer orders the whole object.
 */
const outcomeBody = (outcome: Outcome): string => JSON.stringify(outcome, Object.keys(outcome).sort());

/** SHA-256 of the stable body, hex. */
const payloadHash = (outcome: Outcome): string =>
  createHash('sha256').update(outcomeBody(outcome)).digest('hex');

export { outcomeBody, payloadHash };
