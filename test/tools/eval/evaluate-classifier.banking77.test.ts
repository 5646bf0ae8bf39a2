import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabelledCsv } from '../../../tools/data/labelled-csv.js';
import { stratifiedFolds } from '../../../tools/embedded/cross-validate.js';
import { evaluateClassifier } from '../../../tools/eval/evaluate-classifier.js';
import { BANKING77 } from '../../../tools/local/sample-data.js';

/** BANKING77 lives outside the repository (../shared); without it this test is skipped, with a warning. */
const available = existsSync(BANKING77.train);
if (!available)
  console.warn(`test/tools/eval/evaluate-classifier.banking77: skipped, ${BANKING77.train} is missing`);

const HELD_OUT = ['lost_or_stolen_phone', 'virtual_card_not_working'];

describe('triage eval on BANKING77', () => {
  it.runIf(available)(
    'reports intents missing from training as out of scope and still ranks the rest usefully',
    () => {
      const examples = readLabelledCsv(BANKING77.train);
      // A fifth to train on and a tenth to test on keeps this to a few seconds.
      const folds = stratifiedFolds(
        examples.map((e) => e.label),
        10,
        7,
      );
      const pick = (indexes: number[]) => indexes.map((i) => examples[i]!);
      const train = pick([...folds[0]!, ...folds[1]!]).filter((e) => !HELD_OUT.includes(e.label));
      const test = pick(folds[2]!);
      // What is checked reads the ranking, not the probabilities: one uncalibrated training will do.
      const report = evaluateClassifier(train, test, { train: { calibration: 'none' } });
      const outOfScope = test.filter((e) => HELD_OUT.includes(e.label)).length;
      expect(report.outOfScope).toEqual({ examples: outOfScope, labels: HELD_OUT });
      expect(report.accuracy).toBeLessThanOrEqual(1 - outOfScope / test.length);
      expect(report.accuracy).toBeGreaterThan(0.6);
      expect(report.coverageAtRisk['0.05']).toBeGreaterThan(report.coverageAtRisk['0.01']);
      expect(report.aurc).toBeGreaterThan(report.aurcOptimal);
    },
  );
});
