import { describe, expect, it } from 'vitest';
import { ANY, firstChars } from '../../../../../lib/domain/policy/signals/first-chars.js';

describe('firstChars', () => {
  it.each([
    [String.raw`(speak|talk|chat)\s+(to|with)`, 'cst'],
    [String.raw`(can'?t|cannot)\s+afford|hardship`, 'ch'],
    [String.raw`(mijn\s+)?(dochter|zoon)\s+helpt`, 'dmz'],
    [String.raw`(?:x|y)z|[7-9]\d\s+vuotia`, '789xy'],
    [String.raw`(\d+|few)\s+quid`, '0123456789f'],
    [String.raw`ich\s+kann(?=\s*([,.]|$))`, 'i'],
  ])('reads the first characters of %s', (source, chars) => {
    expect([...firstChars(source)].sort().join('')).toBe(chars);
  });

  it.each([String.raw`\p{L}*ankenaevn`, String.raw`(a)?|b`, String.raw`.x`, String.raw`[^a]b`])(
    'answers ANY for %s, which may start with anything',
    (source) => {
      expect(firstChars(source).has(ANY)).toBe(true);
    },
  );
});
