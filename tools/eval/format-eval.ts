import { formatTable } from '../local/terminal.js';
import { percent } from '../report/percent.js';
import type { RiskKey } from './evaluate.js';
import { RISK_LEVELS } from './evaluate.js';
import type { EvalReport } from './evaluate-classifier.js';

/** The readable form of an evaluation: headline figures, the reliability table, the costly confusions. */

const line = (name: string, value: string) => `${name.padEnd(24)} ${value}`;

const headline = (r: EvalReport): string[] => [
  `trained on ${r.trainExamples} tickets (${r.labels} labels) in ${r.trainSeconds.toFixed(1)} s; ` +
    `tested on ${r.examples} tickets, ${r.outOfScope.examples} of them out of scope` +
    (r.outOfScope.labels.length > 0 ? ` (${r.outOfScope.labels.join(', ')})` : ''),
  '',
  line('accuracy', percent(r.accuracy)),
  line('macro-F1', percent(r.macroF1)),
  ...(r.topKRecall ? [line(`top-${r.topKRecall.k} recall`, percent(r.topKRecall.recall))] : []),
  ...RISK_LEVELS.map((risk) =>
    line(`coverage at risk ${percent(risk, 0)}`, percent(r.coverageAtRisk[String(risk) as RiskKey])),
  ),
  line('AURC', `${r.aurc.toFixed(4)} (a perfect ranking at this accuracy: ${r.aurcOptimal.toFixed(4)})`),
  line('ECE (15 bins)', r.ece.toFixed(4)),
  line('tickets/second', `${Math.round(r.ticketsPerSecond)} (prediction only)`),
];

const reliability = (r: EvalReport): string =>
  formatTable(
    ['confidence', 'tickets', 'mean confidence', 'accuracy'],
    r.reliability
      .filter((b) => b.count > 0)
      .map((b) => [
        `${b.lower.toFixed(2)}-${b.upper.toFixed(2)}`,
        b.count,
        percent(b.meanConfidence ?? 0, 1),
        percent(b.accuracy ?? 0, 1),
      ]),
  );

const confusions = (r: EvalReport): string =>
  r.confusions.length === 0
    ? '(no errors)'
    : formatTable(
        ['true label', 'predicted', 'tickets'],
        r.confusions.map((c) => [c.label, c.predicted, c.count]),
      );

const formatEvalReport = (r: EvalReport): string =>
  [
    ...headline(r),
    '',
    'reliability (15 equal-width bins; empty bins left out)',
    reliability(r),
    '',
    'most frequent confusions',
    confusions(r),
  ].join('\n');

export { formatEvalReport };
