import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createClassifyHandler } from '../../functions/classify-handler.js';
import { ClassifyEnvSchema, loadEnv } from '../../lib/config/env.schema.js';
import { SAMPLE } from '../../tools/local/sample-data.js';
import type { TelemetrySink } from '../../tools/local/telemetry-capture.js';
import { captureTelemetry } from '../../tools/local/telemetry-capture.js';

/** What the classify function says at cold start, before any ticket arrives. */

const SMALL_TAXONOMY = fileURLToPath(new URL('../support/fixtures/small-taxonomy.json', import.meta.url));

const config = (taxonomyPath: string) =>
  loadEnv(ClassifyEnvSchema, {
    TICKETS_TABLE: 'tickets',
    QUARANTINE_TABLE: 'quarantine',
    ROUTE_CONFIG_TABLE: 'route-config',
    OBSERVATIONS_TABLE: 'observations',
    RESOLUTIONS_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/resolutions',
    HUMAN_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/human',
    QA_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/qa',
    MODEL_ID: 'anthropic.claude-haiku-4-5-20251001-v1:0',
    BEDROCK_REGION: 'us-east-1',
    TAXONOMY_PATH: taxonomyPath,
  });

let telemetry: TelemetrySink | undefined;
afterEach(() => telemetry?.restore());

const coldStartWarnings = (taxonomyPath: string) => {
  telemetry = captureTelemetry();
  createClassifyHandler(config(taxonomyPath), { logLevel: 'WARN' });
  telemetry.restore();
  return telemetry.lines.map((l) => JSON.parse(l) as { level: string; message: string; warning?: string });
};

describe('classify cold start', () => {
  it('warns that a prompt under the model’s cacheable minimum will not be cached', () => {
    const [warning] = coldStartWarnings(SMALL_TAXONOMY);
    expect(warning).toMatchObject({ level: 'WARN', message: 'the prompt will not be cached' });
    expect(warning?.warning).toMatch(/under the 4096-token cacheable minimum/);
  });

  it('says nothing when the prompt reaches the minimum', () => {
    expect(coldStartWarnings(SAMPLE.taxonomy)).toEqual([]);
  });
});
