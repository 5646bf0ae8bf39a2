/**
 * The scorer bucket's layout, shared by the stores and infra/ (lifecycle rules and IAM grants name
 * the same prefixes).
 */

const EXAMPLES_PREFIX = 'examples/';
const SCORERS_PREFIX = 'scorers/';

/**
 * The object key of a ticket's example. A ticket id may hold `/`, `#` or `+`: encoded, each id is
 * one object directly under the prefix, and two ids never share a key.
 */
const exampleKey = (ticketId: string): string => `${EXAMPLES_PREFIX}${encodeURIComponent(ticketId)}.json`;

const artifactKey = (version: string): string =>
  `${SCORERS_PREFIX}${encodeURIComponent(version)}/artifact.json`;

const evidenceKey = (version: string): string =>
  `${SCORERS_PREFIX}${encodeURIComponent(version)}/evidence.json`;

export { artifactKey, EXAMPLES_PREFIX, evidenceKey, exampleKey, SCORERS_PREFIX };
