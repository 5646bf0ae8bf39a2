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

/**
 * An instant in one spelling: "11:00:00+00:00", "12:00:00+01:00" and "11:00:00.000Z" are one time.
 * Whole seconds drop ".000", so the usual "11:00:00Z" keeps the spelling, and the hash, it had.
 */
const canonicalTime = (time: string): string => new Date(time).toISOString().replace('.000Z', 'Z');

/** The outcome with its time canonical: what its identity is taken over. */
const canonicalOutcome = (outcome: Outcome): Outcome => {
  switch (outcome.type) {
    case 'human_resolution':
      return { ...outcome, resolvedAt: canonicalTime(outcome.resolvedAt) };
    case 'qa_verdict':
      return { ...outcome, auditedAt: canonicalTime(outcome.auditedAt) };
    case 'customer_feedback':
      return { ...outcome, at: canonicalTime(outcome.at) };
  }
};

/**
 * SHA-256 of the stable body with its time canonical, hex: the same report with its time written
 * another way is a duplicate, not a conflict. The stored body keeps the time as it was sent.
 */
const payloadHash = (outcome: Outcome): string =>
  createHash('sha256')
    .update(outcomeBody(canonicalOutcome(outcome)))
    .digest('hex');

export { canonicalTime, outcomeBody, payloadHash };
