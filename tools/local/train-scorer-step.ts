import type { TrainReport } from '../../lib/use-cases/train-route-scorer.js';
import { percent } from '../report/percent.js';

/** One line on what a training run of the route scorer did, for `triage run` and `triage serve`. */
const describeTraining = (report: TrainReport): string =>
  report.kind === 'trained'
    ? `route scorer ${report.version}: trained on ${report.examples} labelled tickets over ${report.routes} routes in ${(report.trainMs / 1000).toFixed(1)} s, ${percent(report.outOfFoldAccuracy)} right out of fold`
    : `route scorer not trained (${report.reason}${report.detail ? `: ${report.detail}` : ''}; ${report.examples} labelled tickets, ${report.routes} routes)${report.active ? `; ${report.active.version} stays active` : '; every route stays in shadow mode'}`;

export { describeTraining };
