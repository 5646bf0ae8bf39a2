import { describe, expect, it } from 'vitest';
import {
  aboveThresholdPropensity,
  DESIGN_REASONS,
  decideTicket,
} from '../../../../lib/domain/policy/decide-ticket.js';
import { uniformDraw } from '../../../../lib/domain/policy/exploration.js';
import type { RouteConfig } from '../../../../lib/domain/route-config/route-config.schema.js';
import { classification, config } from '../../../support/policy-fixtures.js';

/** The first ticket id, t-0, t-1, …, whose draw for `purpose` satisfies `accept`. */
const ticketIdWhere = (purpose: string, accept: (draw: number) => boolean): string => {
  for (let i = 0; i < 10_000; i += 1) if (accept(uniformDraw(`t-${i}`, purpose))) return `t-${i}`;
  throw new Error(`no ticket id draws as wanted for ${purpose}`);
};

describe('decideTicket', () => {
  const body = { body: 'When is my next payment?' };
  const auto = config({ explorationRate: 0.1, auditRate: 0.5 });
  const propensity = 0.1 + 0.9 * 0.5;

  it('records the exploration draw fixed by the ticket id', () => {
    const d = decideTicket(classification(), auto, { ...body, ticketId: 't-7' });
    expect(d.explorationDraw).toBe(uniformDraw('t-7', 'exploration-v1'));
  });

  it('makes an automated ticket a candidate whose label arrives by exploration or audit', () => {
    const ticketId = ticketIdWhere('exploration-v1', (d) => d >= 0.1);
    const d = decideTicket(classification(), auto, { ...body, ticketId });
    expect(d).toMatchObject({ decision: { action: 'AUTO' }, candidate: true });
    expect(d.labelPropensity).toBeCloseTo(propensity, 14);
    expect(aboveThresholdPropensity(auto)).toBeCloseTo(propensity, 14);
  });

  it('audits an auto-resolution exactly when its audit draw falls under the audit rate', () => {
    const explore = (d: number) => d >= 0.1;
    for (const ticketId of Array.from({ length: 60 }, (_, i) => `t-${i}`)) {
      if (!explore(uniformDraw(ticketId, 'exploration-v1'))) continue;
      const d = decideTicket(classification(), auto, { ...body, ticketId });
      expect(d.audit).toBe(uniformDraw(ticketId, 'audit-v1') < 0.5);
    }
    const audited = ticketIdWhere('audit-v1', (d) => d < 0.5);
    const never = config({ explorationRate: 0, auditRate: 0 });
    expect(decideTicket(classification(), never, { ...body, ticketId: audited }).audit).toBe(false);
    const always = config({ explorationRate: 0, auditRate: 1 });
    expect(decideTicket(classification(), always, { ...body, ticketId: audited }).audit).toBe(true);
  });

  it('gives a held-out ticket the propensity of the above-threshold design', () => {
    const ticketId = ticketIdWhere('exploration-v1', (d) => d < 0.1);
    const d = decideTicket(classification(), auto, { ...body, ticketId });
    expect(d).toMatchObject({ decision: { reason: 'exploration_holdout' }, candidate: true, audit: false });
    expect(d.labelPropensity).toBeCloseTo(propensity, 14);
  });

  it('labels every below-threshold or shadow ticket, so each is a candidate with propensity 1', () => {
    const below = decideTicket(classification({ confidence: 0.5 }), auto, { ...body, ticketId: 't-1' });
    expect(below).toMatchObject({ candidate: true, audit: false, labelPropensity: 1 });
    const shadow = decideTicket(classification({ confidence: 0.5 }), config({ mode: 'shadow' }), {
      ...body,
      ticketId: 't-1',
    });
    expect(shadow).toMatchObject({ candidate: true, labelPropensity: 1 });
    expect(shadow.decision).toMatchObject({ reasons: ['shadow_mode', 'below_threshold'] });
  });

  it('keeps a ticket escalated for its own sake out of calibration', () => {
    const d = decideTicket(classification({ sentiment: 'negative', confidence: 0.5 }), auto, {
      ...body,
      ticketId: 't-1',
    });
    expect(d).toEqual({
      decision: expect.objectContaining({ action: 'HUMAN' }),
      explorationDraw: uniformDraw('t-1', 'exploration-v1'),
      audit: false,
      candidate: false,
    });
  });

  it('keeps a ticket the need-a-person detector flagged out of calibration, as the guard keeps its own', () => {
    const d = decideTicket(
      classification(),
      config({ scorerVersion: 'v2' }),
      { ...body, ticketId: 't-1' },
      undefined,
      {
        version: 'v2',
        agrees: true,
        needsPerson: true,
      },
    );
    expect(d).toMatchObject({ decision: { reason: 'learned_needs_person' }, candidate: false, audit: false });
  });

  it('makes no candidate without a classification or a route config', () => {
    for (const d of [
      decideTicket(undefined, auto, { ...body, ticketId: 't-1' }),
      decideTicket(classification(), undefined, { ...body, ticketId: 't-1' }),
    ]) {
      expect(d).toMatchObject({ decision: { action: 'HUMAN' }, audit: false, candidate: false });
      expect(d.labelPropensity).toBeUndefined();
    }
  });

  it('does not audit a ticket whose audit draw equals the audit rate', () => {
    const ticketId = ticketIdWhere('exploration-v1', (d) => d >= 0.1);
    const rate = uniformDraw(ticketId, 'audit-v1');
    const d = decideTicket(classification(), config({ explorationRate: 0.1, auditRate: rate }), {
      ...body,
      ticketId,
    });
    expect(d).toMatchObject({ decision: { action: 'AUTO' }, audit: false });
  });

  it('counts only the sampling design’s own reasons as design reasons', () => {
    expect([...DESIGN_REASONS].sort()).toEqual([
      'below_threshold',
      'exploration_holdout',
      'score_not_certified',
      'shadow_mode',
    ]);
  });
});
describe('label propensity under per-route rates', () => {
  /** Share of 20,000 above-threshold tickets whose label is drawn (held out, or audited). */
  const drawnShare = (routeConfig: RouteConfig) => {
    let drawn = 0;
    let propensity: number | undefined;
    for (let i = 0; i < 20_000; i += 1) {
      const sampled = decideTicket(classification(), routeConfig, {
        ticketId: `P-${i}`,
        body: 'When is it due?',
      });
      const heldOut =
        sampled.decision.action === 'HUMAN' && sampled.decision.reason === 'exploration_holdout';
      if (heldOut || sampled.audit) drawn += 1;
      propensity = sampled.labelPropensity;
    }
    return { share: drawn / 20_000, propensity: propensity as number };
  };

  it.each([
    [0.02, 0.02],
    [0.1, 0.02],
    [0.2, 0.05],
  ])(
    'records the probability a label is drawn with at exploration %s and audit %s',
    (explorationRate, auditRate) => {
      const { share, propensity } = drawnShare(config({ explorationRate, auditRate }));
      expect(propensity).toBeCloseTo(explorationRate + (1 - explorationRate) * auditRate, 12);
      // Four standard errors of a 20,000-ticket share.
      expect(Math.abs(share - propensity)).toBeLessThan(
        4 * Math.sqrt((propensity * (1 - propensity)) / 20_000),
      );
    },
  );
});
