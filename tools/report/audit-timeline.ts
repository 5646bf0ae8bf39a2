/**
 * Threshold and mode of each route over time, from its audit trail. The store returns the newest
 * changes first and at most a page of them, so entries are sorted by time here; the state before the
 * first change is kept as the starting point, so a route changed once still draws a step.
 */

import type { RouteAuditEntry } from '../../lib/domain/ports.js';

interface TimelinePoint {
  at: string;
  threshold: number;
  mode: string;
  actor: string;
  reason: string;
}

type Timelines = Record<string, TimelinePoint[]>;

const routeTimeline = (entries: readonly RouteAuditEntry[]): TimelinePoint[] => {
  const sorted = [...entries].sort((a, b) =>
    a.at === b.at ? a.after.version - b.after.version : a.at < b.at ? -1 : 1,
  );
  const first = sorted[0];
  if (!first) return [];
  return [
    { at: first.at, threshold: first.before.threshold, mode: first.before.mode, actor: 'start', reason: '' },
    ...sorted.map((e) => ({
      at: e.at,
      threshold: e.after.threshold,
      mode: e.after.mode,
      actor: e.actor,
      reason: e.reason,
    })),
  ];
};

/** Only routes that changed at least once: a route never retuned has no line to draw. */
const auditTimelines = (history: Readonly<Record<string, readonly RouteAuditEntry[]>>): Timelines =>
  Object.fromEntries(
    Object.entries(history)
      .map(([id, entries]) => [id, routeTimeline(entries)] as const)
      .filter(([, points]) => points.length > 0),
  );

export type { TimelinePoint, Timelines };
export { auditTimelines, routeTimeline };
