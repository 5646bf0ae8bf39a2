import { describe, expect, it } from 'vitest';
import type { FoldExample } from '../../../../lib/domain/scorer/fold-groups.js';
import { groupFolds } from '../../../../lib/domain/scorer/fold-groups.js';
import type { TrainingExample } from '../../../../lib/domain/scorer/train-scorer.js';
import { scorerTickets } from '../../../support/scorer-tickets.js';

const tickets = scorerTickets(20);

const sizesOf = (folds: readonly number[], count: number): number[] =>
  Array.from({ length: count }, (_, f) => folds.filter((x) => x === f).length);

describe('groupFolds', () => {
  it('puts tickets joined by text or customer, even through each other, in one fold', () => {
    const chain: TrainingExample[] = [
      ...tickets,
      { ticketId: 'x1', text: 'Where is my card?', route: 'card_arrival', customerId: 'bob' },
      { ticketId: 'x2', text: 'top up failed', route: 'top_up', customerId: 'bob' },
      { ticketId: 'x3', text: 'TOP-UP  failed!!', route: 'top_up', customerId: 'carol' },
      { ticketId: 'x4', text: 'euro rate abroad', route: 'exchange_rate', customerId: 'carol' },
    ];
    const folds = groupFolds(chain, 5, 1);
    expect(new Set(folds.slice(-4)).size).toBe(1);
  });

  it('deals ungrouped tickets into near-equal folds with near-equal shares of each route', () => {
    const folds = groupFolds(tickets, 5, 2);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const crypto = [0, 1, 2, 3, 4].map(
      (f) => tickets.filter((t, i) => t.route === 'crypto' && folds[i] === f).length,
    );
    expect(Math.max(...crypto) - Math.min(...crypto)).toBeLessThanOrEqual(1);
  });

  it('depends on the seed, and only on the seed', () => {
    expect(groupFolds(tickets, 5, 4)).toEqual(groupFolds(tickets, 5, 4));
    expect(groupFolds(tickets, 5, 4)).not.toEqual(groupFolds(tickets, 5, 5));
  });

  it('throws for fewer than two folds', () => {
    expect(() => groupFolds(tickets, 1, 1)).toThrow(RangeError);
  });

  it('keeps tickets without a customer apart unless their texts match', () => {
    const anonymous: FoldExample[] = Array.from({ length: 20 }, (_, i) => ({
      text: `question number ${i} about my card`,
      route: 'card',
    }));
    expect(sizesOf(groupFolds(anonymous, 4, 1), 4)).toEqual([5, 5, 5, 5]);
  });

  it('joins texts only when their words match, not when the letters do across a space', () => {
    // "top up" and "topup" are other words; joined without spaces they would be one ticket.
    const pairs: FoldExample[] = Array.from({ length: 10 }, (_, i) => [
      { text: `top up ${i}`, route: 'top_up' },
      { text: `topup ${i}`, route: 'top_up' },
    ]).flat();
    const folds = groupFolds(pairs, 5, 3);
    const split = Array.from({ length: 10 }, (_, i) => folds[2 * i] !== folds[2 * i + 1]);
    expect(split.some(Boolean)).toBe(true);
  });

  it('deals routes it has not seen to the emptiest fold, so single tickets of many routes spread out', () => {
    const oneEach: FoldExample[] = Array.from({ length: 5 }, (_, i) => ({
      text: `ticket ${i}`,
      route: `r${i}`,
    }));
    expect(new Set(groupFolds(oneEach, 5, 1)).size).toBe(5);
  });

  it('deals the largest group first, so one big customer does not land on an already full fold', () => {
    const big: FoldExample[] = Array.from({ length: 8 }, (_, i) => ({
      text: `big customer ticket ${i}`,
      route: 'card',
      customerId: 'big',
    }));
    const singles: FoldExample[] = Array.from({ length: 12 }, (_, i) => ({
      text: `single ${i}`,
      route: 'card',
    }));
    for (const seed of [1, 2, 3, 4, 5]) {
      const folds = groupFolds([...singles, ...big], 4, seed);
      expect(Math.max(...sizesOf(folds, 4))).toBe(8);
    }
  });

  it('accepts two folds, the fewest there can be', () => {
    expect(new Set(groupFolds(tickets, 2, 1))).toEqual(new Set([0, 1]));
  });

  it('says what is wrong with a fold count it refuses', () => {
    expect(() => groupFolds(tickets, 2.5, 1)).toThrow(/folds must be an integer ≥ 2, got 2.5/);
  });
});
