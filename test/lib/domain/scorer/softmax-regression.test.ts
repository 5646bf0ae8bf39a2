import { describe, expect, it } from 'vitest';
import type { LogitModel } from '../../../../lib/domain/scorer/softmax.js';
import { linearModel, trainSoftmax } from '../../../../lib/domain/scorer/softmax-regression.js';
import { fitTfidf } from '../../../../lib/domain/scorer/tfidf.js';

const texts = ['card lost', 'card stolen', 'pin reset', 'pin forgot', 'card missing', 'pin locked'];
const vectorizer = fitTfidf(texts, { charNgramRange: [0, 0] });
const x = vectorizer.transformMany(texts);
const y = Int32Array.from([0, 0, 1, 1, 0, 1]);

const logitsOf = (model: LogitModel, text: string) => {
  const row = vectorizer.transform(text);
  return Array.from(model.logits(row.indices, row.values));
};

describe('trainSoftmax', () => {
  it('learns which class a word belongs to', () => {
    const [card, pin] = logitsOf(trainSoftmax(x, y, 2, { seed: 3 }), 'card stolen');
    expect(card).toBeGreaterThan(pin!);
  });

  it('scores a linear model rebuilt from its weights and bias exactly as the trained one', () => {
    const trained = trainSoftmax(x, y, 2, { seed: 3 });
    const rebuilt = linearModel(trained.weights, trained.bias);
    expect(logitsOf(rebuilt, 'lost pin')).toEqual(logitsOf(trained, 'lost pin'));
  });

  it('leans toward a class weighted up, on a text that shares words with both', () => {
    const margin = (classWeights?: number[]) => {
      const [card, pin] = logitsOf(trainSoftmax(x, y, 2, { seed: 3, classWeights }), 'card pin');
      return pin! - card!;
    };
    expect(margin([1, 5])).toBeGreaterThan(margin());
  });

  it('refuses class weights that do not match the classes', () => {
    expect(() => trainSoftmax(x, y, 2, { classWeights: [1] })).toThrow(RangeError);
  });

  it('refuses weights that are not whole rows of classes', () => {
    expect(() => linearModel(new Float32Array(5), new Float64Array(2))).toThrow(RangeError);
  });
});
