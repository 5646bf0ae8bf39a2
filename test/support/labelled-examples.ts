import type { LabelledExample } from '../../lib/domain/scorer/labelled-example.schema.js';
import { syntheticTickets } from './synthetic-tickets.js';

/**
 * Labelled examples for the route scorer: `perRoute` synthetic tickets of each route, half labelled
 * by people (with the LLM's route and a propensity weight), half from history.
 */
const labelledExamples = (
  perRoute: number,
  routes: readonly string[] = ['refund_status', 'card_arrival', 'change_pin'],
): LabelledExample[] =>
  routes.flatMap((route, r) =>
    syntheticTickets(route, perRoute).map(({ text }, i) => ({
      ticketId: `${route}-${i}`,
      text: `${text} ticket ${r * perRoute + i}`,
      route,
      ...(i % 2 === 0
        ? { llmRoute: route, source: 'human' as const, weight: 20 }
        : { source: 'history' as const, weight: 1 }),
      customerId: `c-${(r * perRoute + i) % 97}`,
      decidedAt: '2026-11-01T10:00:00.000Z',
      labelledAt: '2026-11-01T12:00:00.000Z',
    })),
  );

export { labelledExamples };
