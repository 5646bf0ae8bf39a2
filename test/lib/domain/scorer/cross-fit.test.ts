import { describe, expect, it } from 'vitest';
import { crossFitScores } from '../../../../lib/domain/scorer/cross-fit.js';
import type { RouteScorer } from '../../../../lib/domain/scorer/load-scorer.js';
import { loadScorer } from '../../../../lib/domain/scorer/load-scorer.js';
import { mulberry32, shuffleInPlace } from '../../../../lib/domain/scorer/prng.js';
import type { TrainingExample } from '../../../../lib/domain/scorer/train-scorer.js';
import { trainScorer } from '../../../../lib/domain/scorer/train-scorer.js';
import { testRouteThresholds } from '../../../../lib/domain/thresholds/route-test.js';
import { scorerTickets } from '../../../support/scorer-tickets.js';

const trainedAt = '2026-12-07T03:00:00.000Z';
const tickets = scorerTickets(20);

/** A stand-in trainer that remembers which tickets each fold's model trained on. */
const recordingTrainer = () => {
  const trainedOn: Set<string>[] = [];
  const train = (examples: readonly TrainingExample[]): RouteScorer => {
    const ids = new Set(examples.map((e) => e.ticketId));
    trainedOn.push(ids);
    const model = trainedOn.length - 1;
    // The probability names the model, so each score can be traced to the model that gave it.
    return {
      version: `m${model}`,
      routes: ['a', 'b'],
      score: () => ({ route: 'a', probability: (model + 1) / 10 }),
    };
  };
  return { trainedOn, train };
};

const linearScorer = (examples: readonly TrainingExample[]) =>
  loadScorer(trainScorer(examples, { trainedAt, model: 'linear' }));

/** Certified routes when each predicted route's out-of-fold scores test its thresholds. */
const certifiedRoutes = (examples: readonly TrainingExample[], train = linearScorer): string[] => {
  // Three folds rather than five: half the training, and still each fold model sees two thirds.
  const scores = crossFitScores(examples, { trainedAt, folds: 3, train });
  const byRoute = new Map<string, { score: number; correct: boolean }[]>();
  for (const e of examples) {
    const { route, probability } = scores.get(e.ticketId)!;
    const labels = byRoute.get(route) ?? [];
    labels.push({ score: probability, correct: route === e.route });
    byRoute.set(route, labels);
  }
  return [...byRoute]
    .filter(
      ([, labels]) => testRouteThresholds(labels, { cap: 0.05, delta: 0.05, minOwnLabels: 30 }).threshold,
    )
    .map(([route]) => route);
};

describe('crossFitScores', () => {
  it('scores every ticket with a fold model that never trained on it', () => {
    const { trainedOn, train } = recordingTrainer();
    const scores = crossFitScores(tickets, { trainedAt, train });
    expect(trainedOn).toHaveLength(5);
    expect(scores.size).toBe(tickets.length);
    for (const t of tickets) {
      const { fold, probability } = scores.get(t.ticketId)!;
      const model = Math.round(probability * 10) - 1;
      expect(trainedOn[model]!.has(t.ticketId)).toBe(false);
      expect(fold).toBe(model);
    }
    // Each model trained on every ticket outside its fold.
    trainedOn.forEach((ids, model) => {
      expect(ids.size).toBe(tickets.filter((t) => scores.get(t.ticketId)!.fold !== model).length);
    });
  });

  it('never trains a fold model on a held-out ticket’s duplicate or on its customer’s other tickets', () => {
    const grouped: TrainingExample[] = [
      ...tickets,
      { ticketId: 'dup-1', text: 'My PIN, it is LOCKED!', route: 'change_pin' },
      { ticketId: 'dup-2', text: 'my pin it is locked', route: 'change_pin' },
      { ticketId: 'cust-1', text: 'bitcoin wallet please', route: 'crypto', customerId: 'alice' },
      { ticketId: 'cust-2', text: 'refund owed today', route: 'refund_status', customerId: 'alice' },
    ];
    const { trainedOn, train } = recordingTrainer();
    const scores = crossFitScores(grouped, { trainedAt, train });
    for (const [a, b] of [
      ['dup-1', 'dup-2'],
      ['cust-1', 'cust-2'],
    ] as const) {
      const fold = scores.get(a)!.fold;
      expect(scores.get(b)!.fold).toBe(fold);
      expect(trainedOn[fold]!.has(b)).toBe(false);
    }
  });

  it('certifies routes from real labels but none from shuffled labels', () => {
    const data = scorerTickets(80, 3);
    expect(certifiedRoutes(data).length).toBeGreaterThan(0);
    const routes = shuffleInPlace(
      data.map((t) => t.route),
      mulberry32(11),
    );
    expect(certifiedRoutes(data.map((t, i) => ({ ...t, route: routes[i]! })))).toEqual([]);
  });
});
