import { describe, expect, it } from 'vitest';
import {
  decodeFloats,
  decodeMatrix,
  encodeFloats,
  encodeMatrix,
} from '../../../../lib/domain/scorer/weight-codec.js';

const values = Float32Array.from([0.5, -1.25, 3, 0, 0, 0, 1e-4, -2e-4, 3e-4]);

describe('weight codec', () => {
  it('round-trips float32 exactly', () => {
    expect(decodeMatrix(encodeMatrix(values, 3, 3, 'float32'))).toEqual(values);
    expect(decodeFloats(encodeFloats([1.5, -2, 1e-8]))).toEqual(Float32Array.from([1.5, -2, 1e-8]));
  });

  it('round-trips int8 to within half a step of each row’s own scale, small rows included', () => {
    const decoded = decodeMatrix(encodeMatrix(values, 3, 3, 'int8'));
    const rowMax = [3, 0, 3e-4];
    decoded.forEach((v, i) => {
      expect(Math.abs(v - values[i]!)).toBeLessThanOrEqual(rowMax[Math.floor(i / 3)]! / 254 + 1e-9);
    });
    expect(Array.from(decoded.subarray(3, 6))).toEqual([0, 0, 0]);
  });

  it('stores int8 in a quarter of the bytes of float32', () => {
    const big = Float32Array.from({ length: 4000 }, (_, i) => Math.sin(i));
    const int8 = encodeMatrix(big, 100, 40, 'int8');
    const float32 = encodeMatrix(big, 100, 40, 'float32');
    if (int8.encoding !== 'int8') throw new Error('expected int8');
    expect(int8.data.length + int8.scales.length).toBeLessThan(float32.data.length / 3.5);
  });

  it('throws when the values are not rows × cols', () => {
    expect(() => encodeMatrix(values, 2, 3, 'int8')).toThrow(RangeError);
  });
});
