import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLabelledCsv } from '../../../tools/data/labelled-csv.js';
import { stratifiedFolds } from '../../../tools/embedded/cross-validate.js';
import { trainTextClassifier } from '../../../tools/embedded/text-classifier.js';

// The data set lives next to the repo (../shared), not in it.
const dataPath = fileURLToPath(new URL('../../../../shared/data/banking77/train.csv', import.meta.url));
const exists = existsSync(dataPath);
if (!exists) console.warn(`banking77 accuracy test skipped: ${dataPath} not found`);

describe('embedded classifier on BANKING77', () => {
  it.runIf(exists)(
    'reaches at least 90% accuracy on a stratified 20% hold-out',
    () => {
      const examples = readLabelledCsv(dataPath);
      const heldOut = new Set(
        stratifiedFolds(
          examples.map((e) => e.label),
          5,
          1,
        )[0],
      );
      // Accuracy does not depend on the temperature: trained once, uncalibrated, in a third of the
      // time of the default's two trainings (which reach 90.7% here; this one 90.6%).
      const classifier = trainTextClassifier(
        examples.filter((_, i) => !heldOut.has(i)),
        { calibration: 'none' },
      );
      const test = examples.filter((_, i) => heldOut.has(i));
      const correct = test.filter((e) => classifier.predict(e.text).label === e.label).length;
      expect(correct / test.length).toBeGreaterThanOrEqual(0.9);
    },
    60_000,
  );
});
