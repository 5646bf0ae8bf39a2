import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { buildTriageApp } from '../../infra/triage-app.js';
import { runClassifyBundle } from './run-bundle.js';
import { CDK_CONTEXT, FUNCTION_KEYS, type FunctionKey, logicalId, TEST_ENV } from './synth-triage.js';

/** The one infra test that really bundles (local esbuild, ~1 s a function): it checks what ships to Lambda. */

interface AssetManifest {
  files: Record<string, { source: { path: string; packaging: string } }>;
}

describe('function bundles', () => {
  let outdir: string;
  let taxonomyFile: string;
  const bundleDirs = {} as Record<FunctionKey, string>;
  let webhookBundleDir: string;
  let trainBundleDir: string;
  /** The classify function as deployed: its environment (with tokens) and timeout. */
  let classifyFn: { env: Record<string, unknown>; timeoutSeconds: number };

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'triage-bundle-'));
    // The built-in CloudFormation validation is nag.test.ts's concern; here only the bundles count.
    const app = new App({
      outdir,
      context: { ...CDK_CONTEXT, 'aws:cdk:bundling-stacks': ['**'] },
      builtinCloudFormationValidation: false,
    });
    const { stateless, config } = buildTriageApp(app, TEST_ENV);
    taxonomyFile = config.taxonomyFile;
    const assembly = app.synth();
    const manifest = JSON.parse(
      readFileSync(join(assembly.directory, `${stateless.artifactId}.assets.json`), 'utf8'),
    ) as AssetManifest;
    const zipped = Object.entries(manifest.files).filter(([, f]) => f.source.packaging === 'zip');
    // The three functions, the webhook's and the route scorer's train function.
    expect(zipped).toHaveLength(FUNCTION_KEYS.length + 2);
    // Each function's code points at its own asset: S3Key is "<asset hash>.zip".
    const functions = Template.fromStack(stateless).findResources('AWS::Lambda::Function');
    for (const key of FUNCTION_KEYS) {
      const fn = functions[logicalId(stateless, stateless[key].fn.function)];
      const hash = String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '');
      const asset = manifest.files[hash];
      expect(asset, key).toBeDefined();
      bundleDirs[key] = join(assembly.directory, asset!.source.path);
    }
    const webhook = functions[logicalId(stateless, stateless.webhook!.fn.function)];
    webhookBundleDir = join(
      assembly.directory,
      manifest.files[String(webhook?.Properties.Code.S3Key).replace(/\.zip$/, '')]!.source.path,
    );
    const train = functions[logicalId(stateless, stateless.train.fn.function)];
    trainBundleDir = join(
      assembly.directory,
      manifest.files[String(train?.Properties.Code.S3Key).replace(/\.zip$/, '')]!.source.path,
    );
    const classify = functions[logicalId(stateless, stateless.classify.fn.function)]?.Properties;
    classifyFn = { env: classify.Environment.Variables, timeoutSeconds: classify.Timeout };
  });

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('builds a separate bundle for each function', () => {
    expect(new Set([...Object.values(bundleDirs), webhookBundleDir, trainBundleDir]).size).toBe(
      FUNCTION_KEYS.length + 2,
    );
  });

  it('bundles the train function as ESM with the S3 client inside, and without a taxonomy', () => {
    const code = readFileSync(join(trainBundleDir, 'index.mjs'), 'utf8');
    expect(code.startsWith("import { createRequire } from 'module';")).toBe(true);
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    expect(code).toContain('ListObjects');
    expect(existsSync(join(trainBundleDir, 'taxonomy.json'))).toBe(false);
  });

  it('bundles the webhook as ESM with the AWS SDK inside, and without the taxonomy it never reads', () => {
    const code = readFileSync(join(webhookBundleDir, 'index.mjs'), 'utf8');
    expect(code.startsWith("import { createRequire } from 'module';")).toBe(true);
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    expect(code).toContain('SendMessage');
    expect(existsSync(join(webhookBundleDir, 'taxonomy.json'))).toBe(false);
  });

  it.each(FUNCTION_KEYS)('bundles %s as an ESM file that gives CommonJS dependencies a require', (key) => {
    const code = readFileSync(join(bundleDirs[key], 'index.mjs'), 'utf8');
    expect(
      code.startsWith(
        "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      ),
    ).toBe(true);
    expect(existsSync(join(bundleDirs[key], 'index.mjs.map'))).toBe(true);
  });

  it.each(FUNCTION_KEYS)('bundles the AWS SDK into %s instead of importing it from the runtime', (key) => {
    const code = readFileSync(join(bundleDirs[key], 'index.mjs'), 'utf8');
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    expect(code).not.toMatch(/import\(["']@aws-sdk\//);
    // `[require("@aws-sdk/signature-v4-crt");]` is quoted inside an SDK error message; calls are not.
    expect(code).not.toMatch(/(?<!\[)require\(["']@aws-sdk\//);
  });

  it('decides tickets with the deployed classify bundle against the emulators, as Lambda would run it', async () => {
    const run = await runClassifyBundle(bundleDirs.classify, classifyFn, [
      { ticketId: 'B-1', body: 'How do I pay off my whole balance early?' },
      { ticketId: 'B-2', body: 'Can I speak to a real person please? I do not want a bot.' },
    ]);
    expect(run.response).toEqual({ batchItemFailures: [] });
    // Each decision is stored, dispatched, and its message is on the queue the decision names.
    expect(run.decisions).toEqual({
      'B-1': { action: 'AUTO', routeId: 'pay_early', destination: 'resolutions', dispatched: true },
      'B-2': { action: 'HUMAN', routeId: 'request_human', destination: 'human', dispatched: true },
    });
    expect(run.received).toEqual({ resolutions: ['B-1'], human: ['B-2'], qa: [] });
  }, 60_000);

  it.each(FUNCTION_KEYS)('ships the configured taxonomy as taxonomy.json next to the %s handler', (key) => {
    expect(readFileSync(join(bundleDirs[key], 'taxonomy.json'), 'utf8')).toBe(
      readFileSync(fromProjectRoot(taxonomyFile), 'utf8'),
    );
  });
});
