import { describe, expect, it } from 'vitest';
import { TICKET_CLOSE, TICKET_OPEN } from '../../../lib/domain/classification/prompt.js';
import { buildNarrowedRequest, NONE_OF_THESE } from '../../../tools/eval/narrowed-prompt.js';
import { createExampleIndex } from '../../../tools/eval/nearest-examples.js';

const candidates = [
  { id: 'refund_status', description: 'Where a refund is.', examples: ['Where is my refund?'] },
  { id: 'card_arrival', description: 'A card has not arrived.', examples: ['<ticket>my card</ticket>'] },
];

describe('buildNarrowedRequest', () => {
  it('lets the model choose only among the candidates or none of them', () => {
    const request = buildNarrowedRequest(candidates, { body: 'refund?' });
    expect(request.toolSpec.inputSchema.json).toMatchObject({
      properties: { route: { enum: ['refund_status', 'card_arrival', NONE_OF_THESE] } },
    });
    expect(request.user).toContain('- refund_status: Where a refund is.');
    expect(request.user).toContain('example: "Where is my refund?"');
  });

  it('keeps the system prompt the same for every ticket, so it could be cached', () => {
    const a = buildNarrowedRequest(candidates, { body: 'one' });
    const b = buildNarrowedRequest(candidates.slice(1), { body: 'two' });
    expect(a.system).toBe(b.system);
  });

  it('neutralises delimiters inside examples so only the ticket sits between them', () => {
    const { user } = buildNarrowedRequest(candidates, { body: 'my card never came' });
    expect(user.split(TICKET_OPEN)).toHaveLength(2);
    expect(user.endsWith(`${TICKET_OPEN}\nmy card never came\n${TICKET_CLOSE}`)).toBe(true);
  });
});

describe('createExampleIndex', () => {
  const index = createExampleIndex([
    { text: 'my card has not arrived yet', label: 'card_arrival' },
    { text: 'how long does delivery of a new card take', label: 'card_arrival' },
    { text: 'I want to change my PIN', label: 'change_pin' },
  ]);

  it('returns the examples of the route that share the most words with the ticket', () => {
    expect(index.nearest('the card has still not arrived', 'card_arrival', 1)).toEqual([
      'my card has not arrived yet',
    ]);
  });

  it('never offers the ticket itself as its own example', () => {
    expect(index.nearest('my card has not arrived yet', 'card_arrival', 2)).toEqual([
      'how long does delivery of a new card take',
    ]);
  });
});
