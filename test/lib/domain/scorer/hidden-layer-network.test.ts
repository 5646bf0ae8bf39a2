import { describe, expect, it } from 'vitest';
import { networkModel, trainNetwork } from '../../../../lib/domain/scorer/hidden-layer-network.js';
import type { LogitModel } from '../../../../lib/domain/scorer/softmax.js';
import { fitTfidf } from '../../../../lib/domain/scorer/tfidf.js';

const texts = ['card lost', 'card stolen', 'pin reset', 'pin forgot', 'card missing', 'pin locked'];
const vectorizer = fitTfidf(texts, { charNgramRange: [0, 0] });
const x = vectorizer.transformMany(texts);
const y = Int32Array.from([0, 0, 1, 1, 0, 1]);

const logitsOf = (model: LogitModel, text: string) => {
  const row = vectorizer.transform(text);
  return Array.from(model.logits(row.indices, row.values));
};

describe('trainNetwork', () => {
  it('learns which class a word belongs to', () => {
    const trained = trainNetwork(x, y, 2, { hidden: 8, epochs: 5, seed: 3 });
    const [card, pin] = logitsOf(trained, 'pin locked');
    expect(pin).toBeGreaterThan(card!);
  });

  it('scores a network rebuilt from its parameters exactly as the trained one', () => {
    const trained = trainNetwork(x, y, 2, { hidden: 8, epochs: 5, seed: 3 });
    const { hidden, inputWeights, inputBias, outputWeights, outputBias } = trained;
    const rebuilt = networkModel({ hidden, inputWeights, inputBias, outputWeights, outputBias });
    expect(logitsOf(rebuilt, 'card pin')).toEqual(logitsOf(trained, 'card pin'));
  });

  it('refuses parameters whose shapes disagree', () => {
    const trained = trainNetwork(x, y, 2, { hidden: 8, seed: 3 });
    expect(() => networkModel({ ...trained, outputBias: new Float64Array(3) })).toThrow(RangeError);
  });
});
