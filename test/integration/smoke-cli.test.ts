import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../bin/commands/command.js';
import { smokeCommand } from '../../bin/commands/smoke-command.js';
import type { TextClassifier } from '../../tools/embedded/text-classifier.js';
import type { StandInServer } from '../../tools/local/converse-server.js';
import { startConverseServer } from '../../tools/local/converse-server.js';
import { LOCAL_CREDENTIALS } from '../../tools/local/emulators.js';
import { SAMPLE } from '../../tools/local/sample-data.js';

/**
 * `triage smoke` against the local stand-in Converse endpoint over HTTP/2, with the real SDK
 * client and the product's classifier: the same call a deployment makes.
 */

/** Always the first allowed route: the smoke test checks the call path, not the classification. */
const firstRoute: TextClassifier = {
  labels: [],
  predict: () => ({ label: 'none', confidence: 0, ranked: [] }),
  predictAmong: (_text, allowed) => ({ label: allowed[0] ?? 'none', confidence: 0.9, ranked: [] }),
};

let standIn: StandInServer;
const output: string[] = [];

beforeAll(async () => {
  standIn = await startConverseServer({ classifier: firstRoute });
});
afterAll(async () => {
  await standIn?.stop();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  output.length = 0;
});

/** Runs the command on this process's streams and environment, which the tests stub. */
const smoke = (values: { region?: string; 'model-id'?: string; endpoint?: string }) =>
  smokeCommand.run({
    values: {
      region: undefined,
      'model-id': undefined,
      endpoint: undefined,
      taxonomy: SAMPLE.taxonomy,
      ...values,
    },
    positionals: [],
    subcommand: '',
    io: { stdout: process.stdout, stderr: process.stderr, env: process.env },
  });

const captureOutput = () => {
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  }
};

describe('triage smoke', () => {
  it('exits 0 and says ok when the endpoint answers through the classifier', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', LOCAL_CREDENTIALS.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', LOCAL_CREDENTIALS.secretAccessKey);
    captureOutput();
    const code = await smoke({
      region: 'us-east-1',
      'model-id': 'local.stand-in',
      endpoint: standIn.endpoint,
    });
    expect(code).toBe(0);
    expect(output.join('')).toMatch(/^ok: local\.stand-in in us-east-1 answered with route "/m);
    expect(standIn.stats.answered).toBeGreaterThanOrEqual(1);
  });

  it('exits 1 and says so when there is no region', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', LOCAL_CREDENTIALS.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', LOCAL_CREDENTIALS.secretAccessKey);
    vi.stubEnv('AWS_REGION', '');
    vi.stubEnv('AWS_DEFAULT_REGION', '');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/aws-config');
    vi.stubEnv('AWS_PROFILE', '');
    captureOutput();
    const before = standIn.stats.requests;
    const code = await smoke({ 'model-id': 'local.stand-in', endpoint: standIn.endpoint });
    expect(code).toBe(1);
    expect(output.join('')).toMatch(/no AWS region: pass --region/);
    expect(standIn.stats.requests).toBe(before);
  });

  it('refuses a model ARN or a malformed endpoint as a usage error (exit 2)', async () => {
    await expect(
      smoke({ 'model-id': 'arn:aws:bedrock:us-east-1::foundation-model/x' }),
    ).rejects.toBeInstanceOf(UsageError);
    await expect(smoke({ endpoint: 'not a url' })).rejects.toBeInstanceOf(UsageError);
  });
});
