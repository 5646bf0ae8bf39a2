/** A share (0..1) as a percentage: `percent(0.0213)` is `2.13%`. */
const percent = (share: number, digits = 2): string => `${(100 * share).toFixed(digits)}%`;

/** `part` of `whole` as a percentage, `-` when there is nothing to take a share of. */
const percentOf = (part: number, whole: number, digits = 1): string =>
  whole > 0 ? `${((100 * part) / whole).toFixed(digits)}%` : '-';

export { percent, percentOf };
