import { parseTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { Observation } from '../../lib/domain/outcomes/observation.js';
import { observationId } from '../../lib/domain/outcomes/observation.js';
import type { RouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import type { RetuneSettings } from '../../lib/domain/thresholds/plan-route.js';
import type { StoredTicket } from '../../lib/domain/tickets/ticket-record.js';
import { classificationOf } from './classification.js';

const taxonomy = parseTaxonomy({
  name: 'test',
  version: '1',
  routes: [
    {
      id: 'pay_early',
      description: 'pay early',
      policy: 'auto',
      team: 'payments',
      priority: 'normal',
      answer: 'Pay in the app.',
    },
    {
      id: 'late_fee',
      description: 'late fees',
      policy: 'auto',
      team: 'payments',
      priority: 'normal',
      answer: 'Fees are capped.',
    },
    {
      id: 'login_help',
      description: 'login',
      policy: 'auto',
      team: 'accounts',
      priority: 'normal',
      answer: 'Reset it.',
    },
    { id: 'dispute', description: 'disputes', policy: 'human', team: 'disputes', priority: 'high' },
  ],
});

const label = (
  routeId: string,
  score: number,
  correct: boolean,
  i: number,
  extra: Partial<Observation> = {},
): Observation => ({
  routeId,
  observationId: observationId(`2026-01-01T00:${String(i % 60).padStart(2, '0')}:00.000Z`, `t${i}`, 'label'),
  ticketId: `t${i}`,
  kind: 'label',
  source: 'history',
  team: taxonomy.routes.find((r) => r.id === routeId)?.team ?? 'x',
  autoResolved: false,
  score,
  correct,
  weight: 1,
  observedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

/** n labels at `score`, `errors` of them wrong. */
const labels = (routeId: string, n: number, score: number, errors = 0, offset = 0): Observation[] =>
  Array.from({ length: n }, (_, i) => label(routeId, score, i >= errors, offset + i));

const config = (routeId: string, over: Partial<RouteConfig> = {}): RouteConfig => ({
  routeId,
  mode: 'shadow',
  threshold: 0.9,
  explorationRate: 0.05,
  auditRate: 0.02,
  version: 0,
  ...over,
});

const ticket = (over: Partial<StoredTicket> = {}): StoredTicket => ({
  ticketId: 'T-1',
  status: 'DISPATCHED',
  routeId: 'pay_early',
  action: 'HUMAN',
  candidate: true,
  labelPropensity: 1,
  decidedAt: '2026-01-02T10:00:00.000Z',
  classification: classificationOf('pay_early', 0.8),
  ...over,
});

/** The product's retune defaults: 2% at δ = 0.05, 30 own labels, 0.1 step, break-even wrong-auto price. */
const retuneSettings: RetuneSettings = {
  targetError: 0.02,
  routeCap: 0.05,
  delta: 0.05,
  minSamples: 30,
  maxStepDown: 0.1,
  cost: { llmCostPerTicket: 0.001, humanCostPerTicket: 4, wrongAutoCost: 200 },
};

/** An agent's resolution of T-1 to `finalRoute`. */
const resolution = (finalRoute: string) =>
  ({
    type: 'human_resolution',
    ticketId: 'T-1',
    finalRoute,
    handleSeconds: 300,
    resolvedAt: '2026-01-02T11:00:00Z',
  }) as const;

export { config, label, labels, resolution, retuneSettings, taxonomy, ticket };
