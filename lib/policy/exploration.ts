import { createHash } from 'node:crypto';

/**
 * A uniform draw in [0, 1) fixed by the ticket id, so a redelivered ticket draws the same value and
 * the sampling propensity recorded with its decision stays true.
 */
const explorationDraw = (ticketId: string, salt = 'exploration-v1'): number =>
  createHash('sha256').update(`${salt}:${ticketId}`).digest().readUInt32BE(0) / 2 ** 32;

export { explorationDraw };
