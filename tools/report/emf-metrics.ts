/**
 * Totals of the EMF metrics the handlers printed. An EMF line is a JSON object whose `_aws` block
 * names the metrics; their values sit at the top level next to the dimension values (e.g. `Route`).
 * A value can be a number or an array of numbers (Powertools batches repeated values), so both are
 * summed. Lines that are logs, or not JSON at all, are ignored: telemetry mixes the two.
 */

import { DIMENSIONS } from '../../lib/adapters/metrics/metric-names.js';

interface EmfTotals {
  /** Metric name to total, over every line that carries no Route dimension value. */
  overall: Record<string, number>;
  /** Route id to metric name to total. */
  byRoute: Record<string, Record<string, number>>;
  /** Metric name to total, over all lines, with or without a route. */
  all: Record<string, number>;
}

interface EmfDirective {
  Metrics?: { Name?: unknown }[];
}

const sum = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) {
    return value.reduce<number>((s, v) => s + (typeof v === 'number' && Number.isFinite(v) ? v : 0), 0);
  }
  return undefined;
};

const add = (record: Record<string, number>, key: string, value: number) => {
  record[key] = (record[key] ?? 0) + value;
};

/** The metric names one parsed line declares, or none when it is not an EMF line. */
const metricNames = (line: Record<string, unknown>): string[] => {
  const aws = line._aws as { CloudWatchMetrics?: EmfDirective[] } | undefined;
  if (!aws || !Array.isArray(aws.CloudWatchMetrics)) return [];
  return aws.CloudWatchMetrics.flatMap((d) => (Array.isArray(d.Metrics) ? d.Metrics : []))
    .map((m) => m.Name)
    .filter((n): n is string => typeof n === 'string');
};

const parseLine = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

const emfTotals = (lines: readonly string[]): EmfTotals => {
  const totals: EmfTotals = { overall: {}, byRoute: {}, all: {} };
  for (const text of lines) {
    const line = parseLine(text.trim());
    if (!line) continue;
    const route = line[DIMENSIONS.route];
    // A set of names: one metric listed under two dimension sets still has one value.
    for (const name of new Set(metricNames(line))) {
      const value = sum(line[name]);
      if (value === undefined) continue;
      add(totals.all, name, value);
      if (typeof route === 'string') {
        totals.byRoute[route] ??= {};
        add(totals.byRoute[route], name, value);
      } else add(totals.overall, name, value);
    }
  }
  return totals;
};

export type { EmfTotals };
export { emfTotals };
