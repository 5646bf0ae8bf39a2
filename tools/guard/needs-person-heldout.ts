import type { Driver, GuardLanguage } from './guard-drivers.js';

/**
 * The held-out clauses, written after the deterministic signals were frozen, in a third style:
 * longer, indirect, with misspellings and other words again. Never tune the signals on these.
 */
const NEEDS_PERSON_HELDOUT: Partial<Record<GuardLanguage, Record<Driver, readonly string[]>>> = {};

export { NEEDS_PERSON_HELDOUT };
