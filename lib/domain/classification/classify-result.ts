import type { Classification } from './classification.schema.js';
import type { ModelRequestError } from './errors.js';
import type { TokenUsage } from './pricing.js';

/** What every classification attempt cost, repair call included. */
interface CallStats {
  usage: TokenUsage;
  /** USD for every call made for this ticket, repair included; undefined for unpriced models. */
  costUsd: number | undefined;
  modelCalls: number;
  latencyMs: number;
}

/**
 * What the model said about one ticket. Transient failures are not results: they throw a
 * RetryableModelError, so the record is retried.
 */
type ClassifyResult =
  | ({ ok: true; classification: Classification } & CallStats)
  | ({ ok: false; error: 'invalid_model_output'; detail: string } & CallStats)
  /** Bedrock refused the call for configuration (model access, model id): no retry fixes it. */
  | ({ ok: false; error: 'model_unavailable'; detail: string; failure: ModelRequestError } & CallStats);

export type { CallStats, ClassifyResult };
