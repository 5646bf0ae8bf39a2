import type { SQSClient } from '@aws-sdk/client-sqs';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { OutcomeQueue } from '../../domain/ports.js';

/**
 * The outcomes queue, one message per outcome and no batching: the webhook answers a helpdesk that
 * waits for it, so each outcome is sent as soon as it is accepted.
 */
const createOutcomeQueue = (client: SQSClient, queueUrl: string): OutcomeQueue => ({
  send: async (outcome) => {
    await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(outcome) }));
  },
});

export { createOutcomeQueue };
