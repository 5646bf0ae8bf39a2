import type { ReplayedTicket, RouteConfigPoint } from './replay.js';

/**
 * What `simulate --report` draws for one seed: the error and automation of the loop and of each
 * fixed baseline over consecutive windows of the stream, and the routes' modes and thresholds as
 * the decisions saw them, so a reader can watch a drift arrive and be caught.
 */

interface WindowFigures {
  /** Error among the window's auto-resolutions; null when it had none. */
  error: number | null;
  automation: number;
}

interface StreamTrace {
  seed: number;
  windowSize: number;
  /** Index of the first drifted ticket, when the scenario has a drift. */
  driftAt?: number;
  windows: { end: number; loop: WindowFigures; fixed: Record<string, WindowFigures> }[];
  routes: Record<string, RouteConfigPoint[]>;
}

const windowFigures = (tickets: readonly ReplayedTicket[]): WindowFigures => {
  const autos = tickets.filter((t) => t.auto);
  return {
    error: autos.length === 0 ? null : autos.filter((t) => t.predicted !== t.label).length / autos.length,
    automation: tickets.length === 0 ? 0 : autos.length / tickets.length,
  };
};

/** The routes worth drawing: the drifted ones first, then the busiest, at most `limit`. */
const tracedRoutes = (
  tickets: readonly ReplayedTicket[],
  drifted: ReadonlySet<string>,
  trace: Record<string, RouteConfigPoint[]>,
  limit = 6,
): string[] => {
  const volume = new Map<string, number>();
  for (const t of tickets) volume.set(t.predicted, (volume.get(t.predicted) ?? 0) + 1);
  const busiest = [...volume].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return [...new Set([...drifted, ...busiest])].filter((id) => trace[id] !== undefined).slice(0, limit);
};

const streamTrace = (input: {
  seed: number;
  loop: readonly ReplayedTicket[];
  fixed: Record<string, readonly ReplayedTicket[]>;
  configTrace: Record<string, RouteConfigPoint[]>;
  driftRoutes: ReadonlySet<string>;
}): StreamTrace => {
  const { loop } = input;
  const windowSize = Math.max(50, Math.floor(loop.length / 40));
  const windows: StreamTrace['windows'] = [];
  for (let start = 0; start < loop.length; start += windowSize) {
    const end = Math.min(loop.length, start + windowSize);
    windows.push({
      end,
      loop: windowFigures(loop.slice(start, end)),
      fixed: Object.fromEntries(
        Object.entries(input.fixed).map(([t, tickets]) => [t, windowFigures(tickets.slice(start, end))]),
      ),
    });
  }
  const driftAt = loop.findIndex((t) => t.afterDrift);
  const routes = tracedRoutes(loop, input.driftRoutes, input.configTrace);
  return {
    seed: input.seed,
    windowSize,
    ...(driftAt >= 0 ? { driftAt } : {}),
    windows,
    routes: Object.fromEntries(routes.map((id) => [id, input.configTrace[id]!])),
  };
};

export type { StreamTrace, WindowFigures };
export { streamTrace };
