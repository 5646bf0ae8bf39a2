/**
 * Metric names and dimensions the functions emit (EMF, through Powertools Metrics). The CDK
 * dashboard and alarms read the same constants, so a rename cannot silently orphan an alarm.
 */

const METRICS_NAMESPACE = 'TicketTriage';
const SERVICE_NAME = 'ticket-triage';

const DIMENSIONS = {
  route: 'Route',
  reason: 'Reason',
} as const;

const METRIC = {
  ticketsReceived: 'TicketsReceived',
  autoResolved: 'AutoResolved',
  escalated: 'Escalated',
  quarantined: 'Quarantined',
  duplicates: 'DuplicateDeliveries',
  confidence: 'Confidence',
  llmInputTokens: 'LlmInputTokens',
  llmOutputTokens: 'LlmOutputTokens',
  llmCostUsd: 'LlmCostUsd',
  classifyLatencyMs: 'ClassifyLatencyMs',
  bedrockThrottles: 'BedrockThrottles',
  classifyErrors: 'ClassifyErrors',
  invalidModelOutput: 'InvalidModelOutput',
  outcomesRecorded: 'OutcomesRecorded',
  duplicateOutcomes: 'DuplicateOutcomes',
  /** A circuit-breaker trip: a route's audited or customer-reported quality fell past the floor. */
  qualityBreaches: 'QualityBreaches',
  routeThreshold: 'RouteThreshold',
  routeAutomated: 'RouteAutomated',
  evidenceLabels: 'EvidenceLabels',
  errorUpperBound: 'ErrorUpperBound',
  estimatedPrecision: 'EstimatedPrecision',
  routeChanges: 'RouteConfigChanges',
  configConflicts: 'RouteConfigConflicts',
} as const;

type MetricName = (typeof METRIC)[keyof typeof METRIC];

export type { MetricName };
export { DIMENSIONS, METRIC, METRICS_NAMESPACE, SERVICE_NAME };
