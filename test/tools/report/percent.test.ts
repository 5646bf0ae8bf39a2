import { describe, expect, it } from 'vitest';
import { percent, percentOf } from '../../../tools/report/percent.js';

describe('percent', () => {
  it('writes a share with two decimals unless told otherwise', () => {
    expect(percent(0.02134)).toBe('2.13%');
    expect(percent(0.05, 0)).toBe('5%');
  });

  it('writes a part of a whole with one decimal, and a dash when the whole is empty', () => {
    expect(percentOf(1, 3)).toBe('33.3%');
    expect(percentOf(0, 0)).toBe('-');
  });
});
