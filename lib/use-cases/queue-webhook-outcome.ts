import type { ResolvedFieldMaps } from '../domain/ingress/default-field-maps.js';
import type { AdapterName, Evaluation, WebhookRequest } from '../domain/ingress/evaluate-webhook.js';
import { evaluateWebhook } from '../domain/ingress/evaluate-webhook.js';
import type { Outcome } from '../domain/outcomes/outcome.schema.js';
import type { OutcomeQueue, WebhookSecretSource } from '../domain/ports.js';

interface QueueWebhookOutcomeDeps {
  outcomeQueue: OutcomeQueue;
  secrets: WebhookSecretSource;
  fieldMaps: ResolvedFieldMaps;
  maxBodyBytes: number;
  toleranceSeconds: number;
  /** The clock the replay window is measured against. */
  now: () => number;
}

/**
 * What became of one webhook request. `failed` is the service's fault, never the sender's: the
 * secrets could not be read or the queue refused the outcome, and nothing was sent.
 */
type WebhookResult =
  | Extract<Evaluation, { kind: 'rejected' | 'ignored' }>
  | { kind: 'queued'; adapter: AdapterName; outcome: Outcome }
  | { kind: 'failed'; adapter?: string; reason: 'secret' | 'send'; error: unknown };

class SecretsUnavailableError extends Error {
  override name = 'SecretsUnavailableError';
  constructor(
    readonly adapter: string,
    cause: unknown,
  ) {
    super('the webhook secrets could not be read', { cause });
  }
}

/**
 * Take one helpdesk request.
 * 1. check size, path, signature and replay window, and map the payload to an outcome
 *    (domain/ingress/evaluate-webhook.ts); a request that fails is rejected, one no field-map
 *    rule matches is ignored;
 * 2. send the outcome to the outcomes queue, where the outcome function records it exactly once.
 * An unreadable secret or a refused send is reported as failed, so the helpdesk sends it again.
 */
const createQueueWebhookOutcome =
  (deps: QueueWebhookOutcomeDeps) =>
  async (request: WebhookRequest): Promise<WebhookResult> => {
    let evaluation: Evaluation;
    try {
      evaluation = await evaluateWebhook(request, {
        maxBodyBytes: deps.maxBodyBytes,
        toleranceSeconds: deps.toleranceSeconds,
        fieldMaps: deps.fieldMaps,
        nowMs: deps.now(),
        secretFor: async (adapter) => {
          try {
            return (await deps.secrets())[adapter];
          } catch (error) {
            throw new SecretsUnavailableError(adapter, error);
          }
        },
      });
    } catch (error) {
      // An unreadable secret is the service's fault, not the sender's: a failure, never a rejection.
      if (error instanceof SecretsUnavailableError)
        return { kind: 'failed', adapter: error.adapter, reason: 'secret', error: error.cause };
      throw error;
    }
    if (evaluation.kind !== 'accepted') return evaluation;
    const { adapter, outcome } = evaluation;
    try {
      await deps.outcomeQueue.send(outcome);
    } catch (error) {
      return { kind: 'failed', adapter, reason: 'send', error };
    }
    return { kind: 'queued', adapter, outcome };
  };

type QueueWebhookOutcome = ReturnType<typeof createQueueWebhookOutcome>;

export type { QueueWebhookOutcome, QueueWebhookOutcomeDeps, WebhookResult };
export { createQueueWebhookOutcome };
