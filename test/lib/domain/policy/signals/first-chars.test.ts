import { describe, expect, it } from 'vitest';
import { ANY, firstPairs } from '../../../../../lib/domain/policy/signals/first-chars.js';

describe('firstPairs', () => {
  it.each([
    [String.raw`(speak|talk|chat)\s+(to|with)`, 'ch sp ta'],
    [String.raw`(mijn\s+)?(dochter|zoon)\s+helpt`, 'do mi zo'],
    [String.raw`x*yz`, 'xx xy yz'],
    [String.raw`(ab){0,2}c`, 'ab c'],
    [String.raw`(ab){1,2}c`, 'ab'],
    [String.raw`m'\s*(appel\p{L}*)`, "m'"],
    [String.raw`(a|i)`, 'a i'],
    [String.raw`a\p{L}+`, 'a'],
    [String.raw`ich\s+kann(?=\s*([,.]|$))`, 'ic'],
    [String.raw`(can'?t|cannot)\s+afford|hardship`, 'ca ha'],
    [String.raw`(?:x|y)z|[7-8]\d`, `${Array.from({ length: 20 }, (_, i) => String(70 + i)).join(' ')} xz yz`],
  ])('reads the first two characters of %s, or one when the second could be anything', (source, keys) => {
    expect([...firstPairs(source)].sort().join(' ')).toBe(keys);
  });

  it.each([String.raw`\p{L}*ankenaevn`, String.raw`(a)?|b`, String.raw`.x`, String.raw`a?`])(
    'answers ANY for %s, which may start with anything',
    (source) => {
      expect(firstPairs(source)).toEqual(new Set([ANY]));
    },
  );
});
