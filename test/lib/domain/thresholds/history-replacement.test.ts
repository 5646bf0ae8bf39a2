import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../../lib/domain/outcomes/observation.js';
import { replacedByLive } from '../../../../lib/domain/thresholds/history-replacement.js';
import { label } from '../../../support/outcome-fixtures.js';

/** Which history labels still count beside a route's live labels. */

const at = (
  score: number,
  source: Observation['source'],
  i: number,
  day: number,
  kind: Observation['kind'] = 'label',
) =>
  label('pay_early', score, true, i, {
    source,
    kind,
    ticketId: `${source}-${i}`,
    observedAt: `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  });

describe('replacedByLive', () => {
  it('retires the oldest history labels of a band, one per live label in the same band', () => {
    const history = [at(0.995, 'history', 1, 1), at(0.995, 'history', 2, 2), at(0.995, 'history', 3, 3)];
    const live = [at(0.996, 'human', 4, 4)];
    const kept = replacedByLive([...history, ...live]).map((o) => o.ticketId);
    expect(kept.sort()).toEqual(['history-2', 'history-3', 'human-4']);
  });

  it('leaves history in other bands, and retires nothing for feedback', () => {
    const history = [at(0.995, 'history', 1, 1), at(0.5, 'history', 2, 2)];
    const below = [at(0.4, 'human', 3, 3), at(0.3, 'human', 4, 4)];
    const feedback = [at(0.995, 'customer', 5, 5, 'feedback')];
    const kept = replacedByLive([...history, ...below, ...feedback]).map((o) => o.ticketId);
    expect(kept.sort()).toEqual(['customer-5', 'history-1', 'human-3', 'human-4']);
  });
});
