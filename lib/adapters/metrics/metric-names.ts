/**
 * Metric names and dimensions the functions emit (EMF, through Powertools Metrics). The CDK
 * dashboard and alarms read the same constants, so a rename cannot silently orphan an alarm.
 */

const METRICS_NAMESPACE = 'TicketTriage';
const SERVICE_NAME = 'ticket-triage';

const DIMENSIONS = {
  route: 'Route',
  reason: 'Reason',
  /** The outcomes webhook's adapter: generic, zendesk, freshdesk (`none` for an unknown path). */
  adapter: 'Adapter',
} as const;

const METRIC = {
  ticketsReceived: 'TicketsReceived',
  autoResolved: 'AutoResolved',
  escalated: 'Escalated',
  /** Tickets the route scorer scored (Route), and those the LLM named the same route for. */
  scorerScored: 'ScorerScored',
  modelsAgreed: 'ModelsAgreed',
  quarantined: 'Quarantined',
  duplicates: 'DuplicateDeliveries',
  confidence: 'Confidence',
  llmInputTokens: 'LlmInputTokens',
  llmOutputTokens: 'LlmOutputTokens',
  /** Prompt-cache tokens read (cheap) and written; reads at zero while tickets flow: caching stopped. */
  llmCacheReadTokens: 'LlmCacheReadTokens',
  llmCacheWriteTokens: 'LlmCacheWriteTokens',
  /** Tickets the model answered (valid or not) in this batch: the denominator of the cache alarm. */
  ticketsClassified: 'TicketsClassified',
  llmCostUsd: 'LlmCostUsd',
  classifyLatencyMs: 'ClassifyLatencyMs',
  bedrockThrottles: 'BedrockThrottles',
  classifyErrors: 'ClassifyErrors',
  invalidModelOutput: 'InvalidModelOutput',
  /** Bedrock refused a call for configuration (model access, model id); the ticket went to a person. */
  modelAccessDenied: 'ModelAccessDenied',
  /** Records retried because another delivery of the same ticket held it (in-batch duplicates). */
  ticketBusyRetries: 'TicketBusyRetries',
  /** History tickets (triage backfill) scored and recorded as labels; never counted as decisions. */
  historyScored: 'HistoryScored',
  /** History tickets the model failed on: no label was recorded for them. */
  historyUnscored: 'HistoryUnscored',
  /** What scoring history cost, apart from the live tickets' LlmCostUsd. */
  historyLlmCostUsd: 'HistoryLlmCostUsd',
  outcomesRecorded: 'OutcomesRecorded',
  duplicateOutcomes: 'DuplicateOutcomes',
  /** A later report of an outcome that disagrees with the one recorded: kept aside, never applied. */
  conflictingOutcomes: 'ConflictingOutcomes',
  /** An outcome for a ticket with no stored record (never seen, or expired): kept, not retried. */
  unmatchedOutcomes: 'UnmatchedOutcomes',
  /** A circuit-breaker trip: a route's audited or customer-reported quality fell past the floor. */
  qualityBreaches: 'QualityBreaches',
  routeThreshold: 'RouteThreshold',
  routeAutomated: 'RouteAutomated',
  evidenceLabels: 'EvidenceLabels',
  errorUpperBound: 'ErrorUpperBound',
  streamErrorUpperBound: 'StreamErrorUpperBound',
  estimatedPrecision: 'EstimatedPrecision',
  /** 1 on a route whose live labels refuted its history at this retune: it was planned without it. */
  historyRefuted: 'HistoryRefuted',
  routeChanges: 'RouteConfigChanges',
  configConflicts: 'RouteConfigConflicts',
  /** A route scorer version trained and activated (1 per run that did). */
  scorerTrained: 'ScorerTrained',
  /** A training run that failed: the active scorer stays as it was, and ages. */
  scorerTrainingFailed: 'ScorerTrainingFailed',
  /** Labelled examples the training run found (trained on, or too few to train). */
  scorerExamples: 'ScorerExamples',
  /** Hours since the active scorer was trained, after each run: staleness is alarmed on it. */
  scorerAgeHours: 'ScorerAgeHours',
  /** 1 when the version trained has a need-a-person detector, 0 when it has none (too few marks). */
  needDetectorTrained: 'NeedDetectorTrained',
  /** Labelled examples marked neededPerson that the trained version saw. */
  needDetectorPositives: 'NeedDetectorPositives',
  /** The detector's out-of-fold recall of marked tickets at its threshold (only with a detector). */
  needDetectorRecall: 'NeedDetectorRecall',
  /** The detector's out-of-fold flag rate among unmarked tickets (only with a detector). */
  needDetectorFlagRate: 'NeedDetectorFlagRate',
  /** Webhook requests verified, mapped and sent to the outcomes queue (dimension Adapter). */
  webhookAccepted: 'WebhookAccepted',
  /** Webhook requests refused (Adapter, Reason: size, signature, body, method, not_found). */
  webhookRejected: 'WebhookRejected',
  /** Verified webhook payloads no field-map rule matched, answered 200 where the map says ignore. */
  webhookIgnored: 'WebhookIgnored',
  /** Webhook requests answered 500 (Adapter, Reason: secret, send): nothing sent; the helpdesk may resend. */
  webhookErrors: 'WebhookErrors',
} as const;

type MetricName = (typeof METRIC)[keyof typeof METRIC];

export type { MetricName };
export { DIMENSIONS, METRIC, METRICS_NAMESPACE, SERVICE_NAME };
