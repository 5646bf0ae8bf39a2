import { DynamoDBDocumentClient, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import { startServedStack } from '../../tools/local/served-stack.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';
import { runCli } from '../support/run-cli.js';
import { waitFor } from '../support/serve-process.js';
import { smallSampleTrain } from '../support/small-train.js';
import { sendBodies } from '../support/sqs-helpers.js';

/**
 * `triage serve --no-history` refuses history tickets as a stack deployed with
 * `-c acceptHistory=false` does: each is quarantined as `history_not_accepted`, live tickets are
 * triaged as usual.
 */

const ticket = (ticketId: string, history?: { route: string }) =>
  JSON.stringify({
    ticketId,
    body: 'When will my refund arrive? I returned the order last week.',
    customer: { id: 'c-h' },
    channel: 'email',
    createdAt: '2026-06-01T09:00:00Z',
    ...(history ? { history } : {}),
  });

describe('triage serve --no-history', () => {
  it('quarantines a history ticket as history_not_accepted and triages a live one', async () => {
    // The handlers' EMF lines are CloudWatch's, not the test output's.
    const telemetry = captureTelemetry(false);
    const served = await startServedStack({
      trainPath: smallSampleTrain(2),
      taxonomyPath: SAMPLE.taxonomy,
      taxonomy: loadTaxonomy(SAMPLE.taxonomy),
      coldStart: true,
      acceptHistory: false,
      retuneEveryMs: 60_000,
      webhookSecrets: { generic: 'g', zendesk: 'z', freshdesk: 'f' },
    });
    try {
      const { emulators } = served.stack;
      const documents = DynamoDBDocumentClient.from(emulators.dynamo);
      await sendBodies(emulators.sqs, emulators.queues.ingest.url, [
        ticket('H-1', { route: 'refund_timing' }),
        ticket('L-1'),
      ]);
      const quarantined = await waitFor('the quarantined history ticket', async () => {
        const out = await documents.send(new ScanCommand({ TableName: emulators.tables.quarantine }));
        return out.Items?.find((i) => i.ticketId === 'H-1');
      });
      expect(quarantined.reason).toBe('history_not_accepted');
      const live = await waitFor('the live ticket', async () => {
        const out = await documents.send(
          new GetCommand({ TableName: emulators.tables.tickets, Key: { ticketId: 'L-1' } }),
        );
        return out.Item?.status === 'DISPATCHED' ? out.Item : undefined;
      });
      expect(live.ticketId).toBe('L-1');
      const history = await documents.send(
        new GetCommand({ TableName: emulators.tables.tickets, Key: { ticketId: 'H-1' } }),
      );
      expect(history.Item).toBeUndefined();
    } finally {
      await served.stop();
      telemetry.restore();
    }
  }, 30_000);

  it('is a usage error without --cold-start, whose warm start sends the training set as history', async () => {
    const out = await runCli(['serve', '--no-history', '--train', smallSampleTrain(1)]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^triage: --no-history .* give --cold-start too\n$/);
  });
});
