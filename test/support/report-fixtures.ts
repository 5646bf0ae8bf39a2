import type { RouteAuditEntry } from '../../lib/domain/ports.js';
import type { LineResult, RunSummary } from '../../tools/local/run-report.js';
import type { RunReportInput } from '../../tools/report/run-report-data.js';

/** A route id that would run script if it reached the page unescaped. */
const HOSTILE = '<img src=x onerror=alert(1)>';

const emf = (route: string | undefined, metrics: Record<string, number | number[]>) =>
  JSON.stringify({
    _aws: {
      Timestamp: 1,
      CloudWatchMetrics: [
        {
          Namespace: 'TicketTriage',
          Dimensions: [route === undefined ? ['service'] : ['service', 'Route']],
          Metrics: Object.keys(metrics).map((Name) => ({ Name, Unit: 'Count' })),
        },
      ],
    },
    service: 'ticket-triage',
    ...(route === undefined ? {} : { Route: route }),
    ...metrics,
  });

const telemetryLines = [
  emf('late_fee', { TicketsReceived: 3, AutoResolved: 1, Escalated: 2 }),
  emf('late_fee', { TicketsReceived: [1, 1], AutoResolved: [1, 1] }),
  emf(HOSTILE, { TicketsReceived: 2, Escalated: 2 }),
  emf(undefined, { LlmCostUsd: [0.001, 0.002], LlmInputTokens: 100 }),
  '{"level":"INFO","message":"a log line, not EMF"}',
  'not json at all',
];

const audit = (routeId: string, at: string, from: [string, number], to: [string, number], v: number) =>
  ({
    routeId,
    changeId: `${at}#v${v}`,
    at,
    actor: 'retune',
    reason: 'evidence bounds the error',
    before: { mode: from[0], threshold: from[1], version: v - 1 },
    after: { mode: to[0], threshold: to[1], version: v },
  }) as RouteAuditEntry;

const summary: RunSummary = {
  published: 8,
  autoResolved: 3,
  escalated: 4,
  quarantined: 1,
  deadLettered: 0,
  lost: 0,
  rejected: 0,
  duplicates: 0,
  routes: {
    late_fee: {
      tickets: 5,
      autoResolved: 3,
      escalated: 2,
      mode: 'auto',
      threshold: 0.9,
      autoCorrect: 2,
      labelled: 3,
    },
    [HOSTILE]: { tickets: 2, autoResolved: 0, escalated: 2, mode: 'human', threshold: 0.95 },
  },
  escalationReasons: { below_threshold: 2, [HOSTILE]: 2 },
  quarantineReasons: { prompt_injection: 1 },
  autoPrecision: 2 / 3,
  durationSeconds: 2,
  ticketsPerSecond: 4,
};

const line = (
  n: number,
  outcome: LineResult['outcome'],
  route: string | null,
  confidence: number | null,
) => ({
  line: n,
  ticketId: `t${n}`,
  outcome,
  route,
  confidence,
  reason: null,
});

const results: LineResult[] = [
  line(1, 'autoResolved', 'late_fee', 0.99),
  line(2, 'autoResolved', 'late_fee', 0.97),
  line(3, 'autoResolved', 'late_fee', 0.95),
  line(4, 'escalated', 'late_fee', 0.6),
  line(5, 'escalated', 'late_fee', 0.5),
  line(6, 'escalated', HOSTILE, 0.9),
  line(7, 'escalated', HOSTILE, 0.8),
  line(8, 'quarantined', null, null),
];

const runInput = (): RunReportInput => ({
  summary,
  results,
  labels: ['late_fee', 'late_fee', 'refund', 'late_fee', 'refund', HOSTILE, HOSTILE, undefined],
  telemetryLines,
  audit: {
    // Newest first, as the store returns them.
    late_fee: [
      audit('late_fee', '2026-01-01T00:00:04.000Z', ['auto', 0.93], ['auto', 0.9], 3),
      audit('late_fee', '2026-01-01T00:00:02.000Z', ['shadow', 0.95], ['auto', 0.93], 2),
    ],
    [HOSTILE]: [audit(HOSTILE, '2026-01-01T00:00:03.000Z', ['shadow', 0.95], ['human', 0.95], 2)],
    untouched: [],
  },
  targetError: 0.02,
  generatedAt: '2026-01-01T00:01:00.000Z',
});

export { HOSTILE, runInput, telemetryLines };
