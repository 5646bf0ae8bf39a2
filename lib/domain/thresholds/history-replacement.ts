import type { Observation } from '../outcomes/observation.js';
import { DEFAULT_BANDS } from './history-check.js';

/**
 * History stands in for live labels one for one, score band by score band: in each band of the
 * history check, only the newest (history − live) history labels count, so where as many live
 * labels have come as there were history labels, the route rests on live labels alone. History
 * is the route's past, scored by a model that never saw it; live labels are what it does now.
 * Band by band, because live labels crowd below the threshold (people label what is not
 * automated): one for one across all scores would retire the history above the threshold, where
 * certification needs it, with labels from below it. Feedback is no label and retires nothing.
 */

const isLive = (o: Observation) => o.source !== 'history';
const bandOf = (o: Observation) => DEFAULT_BANDS.findIndex((edge) => (o.score ?? 0) >= edge);

const replacedByLive = (observations: readonly Observation[]): Observation[] => {
  // How many history labels each band may still count: its history, less its live labels.
  const room = new Map<number, number>();
  const add = (o: Observation, k: number) => room.set(bandOf(o), (room.get(bandOf(o)) ?? 0) + k);
  for (const o of observations) {
    if (!isLive(o)) add(o, 1);
    else if (o.kind === 'label') add(o, -1);
  }
  const newestFirst = observations
    .filter((o) => !isLive(o))
    .sort((a, b) => b.observedAt.localeCompare(a.observedAt));
  const counted = newestFirst.filter((o) => {
    const left = room.get(bandOf(o)) ?? 0;
    add(o, -1);
    return left > 0;
  });
  return [...counted, ...observations.filter(isLive)];
};

export { replacedByLive };
