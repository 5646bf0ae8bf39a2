/**
 * Chart.js configurations for the report's charts. Animation is off so a headless browser's
 * screenshot shows the final picture, and sizes follow the page's fixed-height chart boxes.
 */

import type { Timelines } from './audit-timeline.js';
import type { ChartConfig } from './report-data.js';

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
const colour = (i: number) => PALETTE[i % PALETTE.length] as string;

const base = { animation: false, responsive: true, maintainAspectRatio: false };
const percentAxis = (title: string) => ({ min: 0, max: 1, title: { display: true, text: title } });

interface RouteRate {
  route: string;
  automation: number;
  /** Share of auto-resolutions that were right; null when none were labelled. */
  precision: number | null;
}

const automationVsPrecision = (rows: readonly RouteRate[], targetError: number): ChartConfig => ({
  type: 'bar',
  data: {
    labels: rows.map((r) => r.route),
    datasets: [
      { label: 'automation rate', data: rows.map((r) => r.automation), backgroundColor: colour(0) },
      { label: 'realized precision', data: rows.map((r) => r.precision), backgroundColor: colour(2) },
      {
        type: 'line',
        label: `precision target (1 − ${targetError})`,
        data: rows.map(() => 1 - targetError),
        borderColor: colour(3),
        borderDash: [6, 4],
        pointRadius: 0,
      },
    ],
  },
  options: { ...base, scales: { y: percentAxis('share') } },
});

/** Mode as the point's shape: a filled circle is auto, a triangle shadow, a cross human. */
const MODE_STYLE: Record<string, string> = { auto: 'circle', shadow: 'triangle', human: 'crossRot' };

interface ModePoint {
  x: number;
  mode: string;
  threshold: number;
}

/** Each route's threshold as a stepped line, its mode as the point's shape. */
const modeAndThreshold = (
  routes: Record<string, readonly ModePoint[]>,
  axes: { x: string; y: string },
): ChartConfig => ({
  type: 'line',
  data: {
    datasets: Object.entries(routes).map(([route, points], i) => ({
      label: route,
      data: points.map((p) => ({ x: p.x, y: p.threshold })),
      pointStyle: points.map((p) => MODE_STYLE[p.mode] ?? 'line'),
      pointRadius: 5,
      stepped: 'before',
      borderColor: colour(i),
      backgroundColor: colour(i),
    })),
  },
  options: {
    ...base,
    scales: {
      x: { type: 'linear', title: { display: true, text: axes.x } },
      y: { title: { display: true, text: axes.y } },
    },
  },
});

const thresholdTimeline = (timelines: Timelines): ChartConfig => {
  const start = Math.min(
    ...Object.values(timelines).flatMap((points) => points.map((p) => Date.parse(p.at))),
  );
  return modeAndThreshold(
    Object.fromEntries(
      Object.entries(timelines).map(([route, points]) => [
        route,
        points.map((p) => ({ x: (Date.parse(p.at) - start) / 1000, mode: p.mode, threshold: p.threshold })),
      ]),
    ),
    { x: 'seconds since the first change', y: 'threshold' },
  );
};

interface CostBar {
  name: string;
  llm: number;
  human: number;
  wrong: number;
}

const costBreakdown = (bars: readonly CostBar[], unit: string): ChartConfig => ({
  type: 'bar',
  data: {
    labels: bars.map((b) => b.name),
    datasets: [
      { label: 'LLM', data: bars.map((b) => b.llm), backgroundColor: colour(0) },
      { label: 'human handling', data: bars.map((b) => b.human), backgroundColor: colour(1) },
      { label: 'wrong auto-resolutions', data: bars.map((b) => b.wrong), backgroundColor: colour(3) },
    ],
  },
  options: {
    ...base,
    scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: unit } } },
  },
});

const riskCoverage = (points: readonly { coverage: number; risk: number }[], targetError: number) => ({
  type: 'scatter',
  data: {
    datasets: [
      {
        label: 'error among answered tickets',
        data: points.map((p) => ({ x: p.coverage, y: p.risk })),
        showLine: true,
        pointRadius: 0,
        borderColor: colour(0),
      },
      {
        label: `target error ${targetError}`,
        data: [
          { x: 0, y: targetError },
          { x: 1, y: targetError },
        ],
        showLine: true,
        pointRadius: 0,
        borderColor: colour(3),
        borderDash: [6, 4],
      },
    ],
  },
  options: {
    ...base,
    scales: { x: percentAxis('coverage'), y: { min: 0, title: { display: true, text: 'risk' } } },
  },
});

const reasonCounts = (escalation: Record<string, number>, quarantine: Record<string, number>) => {
  const labels = [...new Set([...Object.keys(escalation), ...Object.keys(quarantine)])];
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: 'escalated', data: labels.map((l) => escalation[l] ?? null), backgroundColor: colour(1) },
        { label: 'quarantined', data: labels.map((l) => quarantine[l] ?? null), backgroundColor: colour(4) },
      ],
    },
    options: { ...base, indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } },
  };
};

interface StreamSeries {
  label: string;
  /** One point per window: x is the window's last ticket index, y the figure (null: nothing to show). */
  points: { x: number; y: number | null }[];
}

/** A figure over the stream, for the loop and each baseline, with the target and the drift point. */
const overStream = (
  series: readonly StreamSeries[],
  axis: string,
  marks: { target?: number; driftAt?: number; maxX: number },
): ChartConfig => {
  const datasets: Record<string, unknown>[] = series.map((s, i) => ({
    label: s.label,
    data: s.points,
    borderColor: colour(i),
    backgroundColor: colour(i),
    borderWidth: i === 0 ? 3 : 1.5,
    pointRadius: 0,
    spanGaps: true,
  }));
  if (marks.target !== undefined)
    datasets.push({
      label: `target ${marks.target}`,
      data: [
        { x: 0, y: marks.target },
        { x: marks.maxX, y: marks.target },
      ],
      borderColor: colour(3),
      borderDash: [6, 4],
      pointRadius: 0,
    });
  if (marks.driftAt !== undefined)
    datasets.push({
      label: 'drift starts',
      data: [
        { x: marks.driftAt, y: 0 },
        { x: marks.driftAt, y: 1 },
      ],
      borderColor: colour(7),
      borderDash: [2, 2],
      pointRadius: 0,
    });
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...base,
      scales: {
        x: { type: 'linear', title: { display: true, text: 'ticket in the stream' } },
        y: { min: 0, title: { display: true, text: axis } },
      },
    },
  };
};

/** Each route's threshold over the stream, held to the stream's end, with its mode as the point's shape. */
const routeConfigsOverStream = (
  routes: Record<string, readonly { at: number; mode: string; threshold: number }[]>,
  maxX: number,
): ChartConfig =>
  modeAndThreshold(
    Object.fromEntries(
      Object.entries(routes).map(([route, points]) => {
        const last = points.at(-1);
        const held = last ? [{ x: maxX, mode: 'end', threshold: last.threshold }] : [];
        return [route, [...points.map((p) => ({ x: p.at, mode: p.mode, threshold: p.threshold })), ...held]];
      }),
    ),
    { x: 'ticket in the stream', y: 'threshold (circle: auto, triangle: shadow, cross: human)' },
  );

export type { CostBar, RouteRate, StreamSeries };
export {
  automationVsPrecision,
  costBreakdown,
  overStream,
  reasonCounts,
  riskCoverage,
  routeConfigsOverStream,
  thresholdTimeline,
};
