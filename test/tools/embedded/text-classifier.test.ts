import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../lib/domain/scorer/prng.js';
import { crossValidate } from '../../../tools/embedded/cross-validate.js';
import type { TextClassifier } from '../../../tools/embedded/text-classifier.js';
import { trainTextClassifier } from '../../../tools/embedded/text-classifier.js';

const TEMPLATES: Record<string, readonly string[]> = {
  refund: [
    'I want a refund for the {item}',
    'please give me my money back for my {item}',
    'refund the {item} purchase',
    'can I get reimbursed for the {item}',
  ],
  delivery: [
    'where is my {item}',
    'my {item} has not arrived yet',
    'when will the {item} be delivered',
    'track the parcel with my {item}',
  ],
  password: [
    'I forgot the password for my {item} account',
    'reset my password, the {item} app will not let me in',
    'cannot log in since I bought the {item}',
    'my login stopped working on the {item}',
  ],
};
const ITEMS = ['phone', 'laptop', 'shoes', 'jacket', 'book', 'camera', 'watch', 'headphones'];
const PREFIXES = ['', 'hi, ', 'hello there. ', 'urgent: '];

/** A separable intent set: 3 intents × 4 templates × 8 items × 4 prefixes = 384 examples, seeded order. */
const syntheticIntents = (seed = 1): { text: string; label: string }[] => {
  const random = mulberry32(seed);
  return Object.entries(TEMPLATES)
    .flatMap(([label, templates]) =>
      templates.flatMap((t) =>
        ITEMS.flatMap((item) => PREFIXES.map((p) => ({ text: p + t.replace('{item}', item), label }))),
      ),
    )
    .map((e) => ({ e, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ e }) => e);
};

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('trainTextClassifier', () => {
  const examples = syntheticIntents();
  let classifier: TextClassifier;
  beforeAll(() => {
    classifier = trainTextClassifier(examples, { seed: 3 });
  });

  it('lists the labels sorted', () => {
    expect(classifier.labels).toEqual(['delivery', 'password', 'refund']);
  });

  it('predicts the intent of unseen phrasings and items', () => {
    expect(classifier.predict('Where is my tablet?').label).toBe('delivery');
    expect(classifier.predict('I would like a refund for this tablet').label).toBe('refund');
    expect(classifier.predict('forgot my password again').label).toBe('password');
  });

  it('returns a distribution over all labels that sums to 1, ranked by descending probability', () => {
    const prediction = classifier.predict('my parcel has not arrived');
    expect(prediction.ranked.map((r) => r.label).sort()).toEqual([...classifier.labels]);
    expect(sum(prediction.ranked.map((r) => r.probability))).toBeCloseTo(1, 10);
    const probabilities = prediction.ranked.map((r) => r.probability);
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    expect(prediction.label).toBe(prediction.ranked[0]!.label);
    expect(prediction.confidence).toBe(prediction.ranked[0]!.probability);
    expect(prediction.confidence).toBeGreaterThan(0.5);
  });

  it('returns finite probabilities without NaN for empty or unknown text', () => {
    for (const text of ['', '   ', '%%% zzqx ¿¡', '日本語のテキスト']) {
      const prediction = classifier.predict(text);
      const probabilities = prediction.ranked.map((r) => r.probability);
      expect(probabilities.every(Number.isFinite)).toBe(true);
      expect(sum(probabilities)).toBeCloseTo(1, 10);
      expect(classifier.labels).toContain(prediction.label);
    }
  });

  it('renormalises over the allowed labels, keeping their ratio and ignoring unknown ones', () => {
    const text = 'refund my camera, it has not arrived';
    const full = Object.fromEntries(classifier.predict(text).ranked.map((r) => [r.label, r.probability]));
    const among = classifier.predictAmong(text, ['password', 'refund', 'no_such_label', 'refund']);
    expect(among.ranked.map((r) => r.label).sort()).toEqual(['password', 'refund']);
    expect(sum(among.ranked.map((r) => r.probability))).toBeCloseTo(1, 10);
    const byLabel = Object.fromEntries(among.ranked.map((r) => [r.label, r.probability]));
    expect(byLabel.refund! / byLabel.password!).toBeCloseTo(full.refund! / full.password!, 6);
    expect(among.label).toBe('refund');
  });

  it('throws when none of the allowed labels is known', () => {
    expect(() => classifier.predictAmong('where is my phone', ['nope'])).toThrow(RangeError);
  });

  it('gives identical predictions for the same seed', () => {
    const again = trainTextClassifier(examples, { seed: 3 });
    for (const text of ['where is my tablet', 'refund please', '']) {
      expect(again.predict(text)).toEqual(classifier.predict(text));
    }
  });

  it('fits a temperature in refit mode and uses T = 1 when calibration is off', () => {
    const calibrated = trainTextClassifier(examples, { seed: 3 });
    expect(calibrated.temperature).toBeGreaterThanOrEqual(0.1);
    expect(calibrated.temperature).toBeLessThanOrEqual(10);
    expect(calibrated.temperature).not.toBe(1);
    expect(trainTextClassifier(examples, { calibration: 'none' }).temperature).toBe(1);
  });

  it('trains with a single member and with a single label', () => {
    const linearOnly = trainTextClassifier(examples, { network: false, calibration: 'holdout' });
    expect(linearOnly.predict('where is my watch').label).toBe('delivery');
    const oneLabel = trainTextClassifier([{ text: 'hello', label: 'only' }]);
    expect(oneLabel.predict('anything')).toEqual({
      label: 'only',
      confidence: 1,
      ranked: [{ label: 'only', probability: 1 }],
    });
  });

  it('rejects an empty training set', () => {
    expect(() => trainTextClassifier([])).toThrow(RangeError);
  });
});

describe('crossValidate', () => {
  it('predicts every example once out of fold and reports metrics', () => {
    const examples = syntheticIntents(2);
    const progress: number[] = [];
    const result = crossValidate(examples, { folds: 3, seed: 4, onFold: (done) => progress.push(done) });
    expect(result.outOfFold.map((p) => p.index)).toEqual(examples.map((_, i) => i));
    expect(result.outOfFold.every((p, i) => p.label === examples[i]!.label)).toBe(true);
    expect(result.accuracy).toBeGreaterThan(0.95);
    expect(result.macroF1).toBeGreaterThan(0.95);
    expect(result.ece).toBeGreaterThanOrEqual(0);
    expect(result.ece).toBeLessThan(0.2);
    expect(result.trainSeconds).toHaveLength(3);
    expect(progress).toEqual([1, 2, 3]);
  });
});
