/**
 * Typed arrays to and from the artifact's base64 blocks. Weight matrices may be quantised to int8 with one
 * scale per row (max |w| / 127): a row is one feature's weights, so a rare feature's small weights keep
 * their own resolution instead of sharing the scale of the largest weight in the model.
 * Byte order is little-endian, which is every platform Lambda runs Node on (x86_64 and arm64).
 */
import type { EncodedMatrix } from './scorer-artifact.schema.js';

type MatrixEncoding = EncodedMatrix['encoding'];

const toBase64 = (view: ArrayBufferView): string =>
  Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');

/** A copy into a fresh buffer: Buffer.from(base64) may sit unaligned inside Node's shared pool. */
const bytesOf = (text: string): ArrayBuffer => {
  const buffer = Buffer.from(text, 'base64');
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
};

const encodeFloats = (values: ArrayLike<number>): string => toBase64(Float32Array.from(values));

const decodeFloats = (text: string): Float32Array => new Float32Array(bytesOf(text));

const quantiseRows = (values: Float32Array, rows: number, cols: number) => {
  const scales = new Float32Array(rows);
  const data = new Int8Array(values.length);
  for (let r = 0; r < rows; r += 1) {
    let max = 0;
    for (let i = r * cols; i < (r + 1) * cols; i += 1) max = Math.max(max, Math.abs(values[i]!));
    if (max === 0) continue;
    const scale = max / 127;
    scales[r] = scale;
    for (let i = r * cols; i < (r + 1) * cols; i += 1) data[i] = Math.round(values[i]! / scale);
  }
  return { scales, data };
};

const encodeMatrix = (
  values: Float32Array,
  rows: number,
  cols: number,
  encoding: MatrixEncoding,
): EncodedMatrix => {
  if (values.length !== rows * cols)
    throw new RangeError(`encodeMatrix: ${values.length} values for ${rows}×${cols}`);
  if (encoding === 'float32') return { encoding, rows, cols, data: toBase64(values) };
  const { scales, data } = quantiseRows(values, rows, cols);
  return { encoding, rows, cols, scales: toBase64(scales), data: toBase64(data) };
};

/** The matrix as float32, row-major; int8 blocks are scaled back once here, never per score. */
const decodeMatrix = (matrix: EncodedMatrix): Float32Array => {
  if (matrix.encoding === 'float32') return decodeFloats(matrix.data);
  const scales = decodeFloats(matrix.scales);
  const data = new Int8Array(bytesOf(matrix.data));
  const out = new Float32Array(data.length);
  const { cols } = matrix;
  for (let r = 0; r < matrix.rows; r += 1) {
    const scale = scales[r]!;
    for (let i = r * cols; i < (r + 1) * cols; i += 1) out[i] = data[i]! * scale;
  }
  return out;
};

export type { MatrixEncoding };
export { decodeFloats, decodeMatrix, encodeFloats, encodeMatrix };
