import { mulberry32, shuffleInPlace } from '../lib/domain/scorer/prng.js';
import type { LabelledExample } from '../tools/data/labelled-csv.js';
import { readLabelledCsv } from '../tools/data/labelled-csv.js';
import { BANKING77 } from '../tools/local/sample-data.js';
import { readPolicyCsv, toRouteId } from '../tools/taxonomy/derive-taxonomy.js';

/**
 * The scenario suite's split of ../shared train.csv: a seeded shuffle (mulberry32(77)); the first
 * 3,080 rows are the stream, the rest train the model and, scored out-of-fold, are its history.
 * Labels are route ids. The caller checks that the file is there.
 */
const STREAM_SIZE = 3080;

const scenarioSplit = () => {
  const rows: LabelledExample[] = shuffleInPlace(
    readLabelledCsv(BANKING77.train).map((e) => ({ ...e, label: toRouteId(e.label) })),
    mulberry32(77),
  );
  return {
    rows,
    stream: rows.slice(0, STREAM_SIZE),
    train: rows.slice(STREAM_SIZE),
    policy: readPolicyCsv(BANKING77.policy),
  };
};

export { STREAM_SIZE, scenarioSplit };
