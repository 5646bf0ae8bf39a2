import { describe, expect, it } from 'vitest';
import { evidenceRows } from '../../../../lib/domain/scorer/evidence-rows.js';
import type { LabelledExample } from '../../../../lib/domain/scorer/labelled-example.schema.js';

const example: LabelledExample = {
  ticketId: 'T-1',
  text: 't',
  route: 'late_fee',
  llmRoute: 'late_fee',
  neededPerson: true,
  source: 'human',
  weight: 2,
  decidedAt: '2026-01-01T00:00:00.000Z',
  labelledAt: '2026-01-02T00:00:00.000Z',
};

describe('evidenceRows', () => {
  it('pairs each label with its out-of-fold score, keeping how it was labelled', () => {
    const rows = evidenceRows([example], new Map([['T-1', { route: 'pay_early', probability: 0.8 }]]));
    expect(rows).toEqual([
      {
        ticketId: 'T-1',
        route: 'late_fee',
        scorerRoute: 'pay_early',
        probability: 0.8,
        llmRoute: 'late_fee',
        neededPerson: true,
        weight: 2,
        source: 'human',
        decidedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
  });

  it('refuses to leave out a label the cross-fit did not score', () => {
    expect(() => evidenceRows([example], new Map())).toThrow(/no score for ticket T-1/);
  });
});
