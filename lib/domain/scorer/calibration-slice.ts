/**
 * The calibration slice: train the ensemble without a stratified share of the data, then fit the
 * temperature on that share. Stratified, so every intent is represented in what T is fitted on.
 */
import type { EnsembleModel, EnsembleOptions } from './ensemble.js';
import { trainEnsemble } from './ensemble.js';
import type { SparseMatrix } from './sparse-matrix.js';
import { rowOf, selectRows } from './sparse-matrix.js';
import { stratifiedFolds } from './stratify.js';
import { fitTemperature } from './temperature.js';

/** Below this many held-out rows a fitted temperature is noise; keep T = 1 instead. */
const MIN_CALIBRATION_ROWS = 30;

/**
 * Trains the ensemble without a stratified slice of the data and fits the temperature on that slice.
 * Undefined when the slice would be too small to say anything.
 */
const trainCalibrationSlice = (
  x: SparseMatrix,
  y: Int32Array,
  labelOf: readonly string[],
  classCount: number,
  options: EnsembleOptions & { calibrationFraction?: number },
  seed: number,
): { model: EnsembleModel; temperature: number } | undefined => {
  const fraction = options.calibrationFraction ?? 0.1;
  const folds = stratifiedFolds(labelOf, Math.max(2, Math.round(1 / fraction)), seed);
  const held = folds[0]!;
  if (held.length < MIN_CALIBRATION_ROWS) return undefined;
  const fit = folds.slice(1).flat();
  const model = trainEnsemble(
    selectRows(x, fit),
    Int32Array.from(fit, (i) => y[i]!),
    classCount,
    options,
    seed,
  );
  const logits = held.map((i) => {
    const row = rowOf(x, i);
    return model.logits(row.indices, row.values);
  });
  return {
    model,
    temperature: fitTemperature(
      logits,
      Int32Array.from(held, (i) => y[i]!),
    ),
  };
};

export { MIN_CALIBRATION_ROWS, trainCalibrationSlice };
