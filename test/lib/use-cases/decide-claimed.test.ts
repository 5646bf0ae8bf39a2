import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../lib/config/load-taxonomy.js';
import type { ClassifyResult } from '../../../lib/domain/classification/classify-result.js';
import { HumanWorkItemSchema } from '../../../lib/domain/outbound/outbound.schema.js';
import { decide } from '../../../lib/domain/policy/decide.js';
import type { RouteScorerSource, TicketClassifier } from '../../../lib/domain/ports.js';
import type { RouteConfig } from '../../../lib/domain/route-config/route-config.schema.js';
import { createLimiter } from '../../../lib/use-cases/concurrency.js';
import { decideClaimed } from '../../../lib/use-cases/decide-claimed.js';
import { SAMPLE } from '../../../tools/local/sample-data.js';
import { classificationOf, refusedResult } from '../../support/classification.js';

const taxonomy = loadTaxonomy(SAMPLE.taxonomy);
const [route] = taxonomy.routes;
const config: RouteConfig = {
  routeId: route?.id as string,
  mode: 'auto',
  threshold: 0.5,
  explorationRate: 0,
  auditRate: 0,
  version: 1,
};

const refused = refusedResult();

const classifier = (result: ClassifyResult): TicketClassifier => ({ classify: async () => result });

const ticket = {
  ticketId: 'T-1',
  body: 'When is my next payment due?',
  customer: { id: 'c-1' },
  channel: 'chat',
  createdAt: '2026-11-20T09:30:00Z',
} as const;

describe('a model that refuses the call for configuration', () => {
  it('sends the ticket to the human queue with the reason model_unavailable', async () => {
    const decision = await decideClaimed(
      {
        classifier: classifier(refused),
        routeConfigs: async () => new Map([[config.routeId, config]]),
        routes: new Map(taxonomy.routes.map((r) => [r.id, r])),
        modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
        modelLimiter: createLimiter(1),
        reserveMs: 0,
        now: () => Date.parse('2026-11-20T09:31:00Z'),
      },
      ticket as never,
    );
    expect(decision).toMatchObject({
      action: 'HUMAN',
      reason: 'model_unavailable',
      reasons: ['model_unavailable'],
      destination: 'human',
      candidate: false,
    });
    const item = HumanWorkItemSchema.parse(
      JSON.parse(decision.action === 'HISTORY' ? '' : decision.outboundMessage),
    );
    expect(item.escalation.reason).toBe('model_unavailable');
  });

  it('keeps invalid model output apart from an unavailable model in the policy', () => {
    const body = { body: 'When is my next payment due?' };
    expect(decide(undefined, config, body, 0.99)).toMatchObject({ reason: 'invalid_model_output' });
    expect(decide(undefined, config, body, 0.99, 'invalid_model_output')).toMatchObject({
      reasons: ['invalid_model_output'],
    });
    expect(decide(undefined, config, body, 0.99, 'model_unavailable')).toMatchObject({
      reasons: ['model_unavailable'],
    });
  });
});

describe('a ticket scored by the route scorer beside the model', () => {
  const [first, second] = taxonomy.routes.filter((r) => r.policy === 'auto');
  const llmSays = (routeId: string): ClassifyResult => ({
    ok: true,
    classification: classificationOf(routeId, 0.95),
    usage: { inputTokens: 10, outputTokens: 5 },
    costUsd: 0.001,
    modelCalls: 1,
    latencyMs: 20,
  });
  const certified: RouteConfig = {
    ...config,
    routeId: first?.id as string,
    threshold: 0.9,
    scorerVersion: 'v1',
  };
  const deps = (llm: ClassifyResult, scorer: RouteScorerSource) => ({
    classifier: classifier(llm),
    scorer,
    routeConfigs: async () => new Map([[certified.routeId, certified]]),
    routes: new Map(taxonomy.routes.map((r) => [r.id, r])),
    modelId: 'm',
    modelLimiter: createLimiter(1),
    reserveMs: 0,
    now: () => Date.parse('2026-11-20T09:31:00Z'),
  });
  const scorerSaying = (route: string, probability: number, version = 'v1'): RouteScorerSource => ({
    score: async () => ({ version, route, probability }),
  });

  it("auto-resolves on the scorer's probability when both name a route certified on that version", async () => {
    const decision = await decideClaimed(
      deps(llmSays(first?.id as string), scorerSaying(first?.id as string, 0.97)),
      ticket as never,
    );
    expect(decision).toMatchObject({
      action: 'AUTO',
      routeId: first?.id,
      classification: { route: first?.id, confidence: 0.97 },
      scorer: { version: 'v1', route: first?.id, probability: 0.97, agrees: true },
      llm: { route: first?.id, confidence: 0.95 },
    });
  });

  it("sends the ticket to a person on the scorer's route when the model names another", async () => {
    const decision = await decideClaimed(
      deps(llmSays(second?.id as string), scorerSaying(first?.id as string, 0.99)),
      ticket as never,
    );
    expect(decision).toMatchObject({
      action: 'HUMAN',
      reason: 'models_disagree',
      routeId: first?.id,
      classification: { confidence: 0 },
      llm: { route: second?.id },
      candidate: false,
    });
  });

  it('sends the ticket to a person when the scorer fails, on a route certified on a scorer', async () => {
    const failing: RouteScorerSource = {
      score: async () => {
        throw new Error('artifact unreadable');
      },
    };
    const decision = await decideClaimed(deps(llmSays(first?.id as string), failing), ticket as never);
    expect(decision).toMatchObject({ action: 'HUMAN', reason: 'score_not_certified' });
    expect(decision).not.toHaveProperty('scorer');
  });

  it('does not apply a threshold certified on another scorer version', async () => {
    const decision = await decideClaimed(
      deps(llmSays(first?.id as string), scorerSaying(first?.id as string, 0.99, 'v2')),
      ticket as never,
    );
    expect(decision).toMatchObject({
      action: 'HUMAN',
      reason: 'score_not_certified',
      candidate: true,
      labelPropensity: 1,
    });
  });
});
