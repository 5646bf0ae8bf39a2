import { mulberry32 } from '../../lib/domain/scorer/prng.js';
import type { TrainingExample } from '../../lib/domain/scorer/train-scorer.js';

/** Six routes, each with words of its own; tickets mix three of them with shared filler. */
const ROUTE_WORDS: Record<string, readonly string[]> = {
  card_arrival: ['card', 'arrived', 'delivery', 'post', 'mail', 'shipped', 'envelope', 'courier'],
  change_pin: ['pin', 'code', 'change', 'reset', 'forgot', 'digits', 'unlock', 'locked'],
  crypto: ['bitcoin', 'crypto', 'wallet', 'ethereum', 'coins', 'blockchain', 'token', 'exchange'],
  refund_status: ['refund', 'money', 'back', 'returned', 'reimbursed', 'credited', 'merchant', 'owed'],
  top_up: ['top', 'topup', 'add', 'funds', 'deposit', 'load', 'balance', 'transfer'],
  exchange_rate: ['rate', 'euro', 'dollar', 'currency', 'pounds', 'converted', 'fx', 'abroad'],
};

const FILLER = [
  'please',
  'help',
  'my',
  'is',
  'where',
  'the',
  'why',
  'today',
  'can',
  'you',
  'i',
  'need',
  'a',
  'it',
];

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/**
 * `perRoute` tickets for each of the six routes, seeded, with distinct ticket ids and customers. Each text
 * has three of its route's words and three filler words in random order, so texts rarely repeat.
 */
const scorerTickets = (perRoute: number, seed = 1): TrainingExample[] => {
  const random = mulberry32(seed);
  return Object.entries(ROUTE_WORDS).flatMap(([route, words]) =>
    Array.from({ length: perRoute }, (_, i) => {
      const terms = [pick(words, random), pick(words, random), pick(words, random)];
      for (let f = 0; f < 3; f += 1)
        terms.splice(Math.floor(random() * (terms.length + 1)), 0, pick(FILLER, random));
      return { ticketId: `${route}-${i}`, text: terms.join(' '), route, customerId: `c-${route}-${i}` };
    }),
  );
};

export { ROUTE_WORDS, scorerTickets };
