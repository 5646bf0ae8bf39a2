/**
 * Compressed sparse rows: the one data layout both trainers read. TF-IDF rows have ~150 non-zeros out of
 * ~20k columns, so dense rows would waste two orders of magnitude of memory and time.
 */

interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

interface SparseMatrix {
  rows: number;
  cols: number;
  /** Row r's entries are indices/values[indptr[r] .. indptr[r+1]). */
  indptr: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

const stackRows = (vectors: readonly SparseVector[], cols: number): SparseMatrix => {
  const indptr = new Int32Array(vectors.length + 1);
  vectors.forEach((v, r) => {
    indptr[r + 1] = indptr[r]! + v.indices.length;
  });
  const indices = new Int32Array(indptr[vectors.length]!);
  const values = new Float32Array(indices.length);
  vectors.forEach((v, r) => {
    indices.set(v.indices, indptr[r]!);
    values.set(v.values, indptr[r]!);
  });
  return { rows: vectors.length, cols, indptr, indices, values };
};

const rowOf = (matrix: SparseMatrix, row: number): SparseVector => {
  const start = matrix.indptr[row]!;
  const end = matrix.indptr[row + 1]!;
  return { indices: matrix.indices.subarray(start, end), values: matrix.values.subarray(start, end) };
};

/** A new matrix holding the given rows in the given order (used to carve out a calibration slice). */
const selectRows = (matrix: SparseMatrix, rows: readonly number[]): SparseMatrix =>
  stackRows(
    rows.map((r) => rowOf(matrix, r)),
    matrix.cols,
  );

export type { SparseMatrix, SparseVector };
export { rowOf, selectRows, stackRows };
