import type { Classification } from '../../lib/domain/classification/classification.schema.js';
import type { ClassifyResult } from '../../lib/domain/classification/classify-result.js';
import { ModelAccessDeniedError } from '../../lib/domain/classification/errors.js';

/** A model answer for tests: the route and confidence given, everything else neutral and valid. */
const classificationOf = (
  route: string,
  confidence: number,
  over: Partial<Classification> = {},
): Classification => ({
  route,
  confidence,
  sentiment: 'neutral',
  urgency: 'normal',
  wantsHuman: false,
  vulnerable: false,
  language: 'en',
  summary: 's',
  ...over,
});

/** The classifier's result when Bedrock refuses the call for configuration (no model access). */
const refusedResult = (): ClassifyResult => ({
  ok: false,
  error: 'model_unavailable',
  detail: 'Bedrock denied access to the model (AccessDeniedException)',
  failure: new ModelAccessDeniedError('Bedrock denied access to the model (AccessDeniedException)'),
  usage: { inputTokens: 0, outputTokens: 0 },
  costUsd: 0,
  modelCalls: 1,
  latencyMs: 12,
});

export { classificationOf, refusedResult };
