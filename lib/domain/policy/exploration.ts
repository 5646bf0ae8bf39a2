import { createHash } from 'node:crypto';

/**
 * A uniform draw in [0, 1) fixed by the ticket id and a purpose, so a redelivered ticket draws the
 * same value and the sampling propensity recorded with its decision stays true.
 */
const uniformDraw = (ticketId: string, purpose: string): number =>
  createHash('sha256').update(`${purpose}:${ticketId}`).digest().readUInt32BE(0) / 2 ** 32;

export { uniformDraw };
