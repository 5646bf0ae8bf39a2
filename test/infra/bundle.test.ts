import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { buildTriageApp } from '../../infra/triage-app.js';
import { CDK_CONTEXT, FUNCTION_KEYS, type FunctionKey, logicalId, TEST_ENV } from './synth-triage.js';

/** The one infra test that really bundles (local esbuild, ~1 s a function): it checks what ships to Lambda. */

interface AssetManifest {
  files: Record<string, { source: { path: string; packaging: string } }>;
}

describe('function bundles', () => {
  let outdir: string;
  let taxonomyFile: string;
  const bundleDirs = {} as Record<FunctionKey, string>;

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
    expect(zipped).toHaveLength(FUNCTION_KEYS.length);
    // Each function's code points at its own asset: S3Key is "<asset hash>.zip".
    const functions = Template.fromStack(stateless).findResources('AWS::Lambda::Function');
    for (const key of FUNCTION_KEYS) {
      const fn = functions[logicalId(stateless, stateless[key].fn.function)];
      const hash = String(fn?.Properties.Code.S3Key).replace(/\.zip$/, '');
      const asset = manifest.files[hash];
      expect(asset, key).toBeDefined();
      bundleDirs[key] = join(assembly.directory, asset!.source.path);
    }
  });

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('builds a separate bundle for each function', () => {
    expect(new Set(Object.values(bundleDirs)).size).toBe(FUNCTION_KEYS.length);
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

  it.each(FUNCTION_KEYS)('ships the configured taxonomy as taxonomy.json next to the %s handler', (key) => {
    expect(readFileSync(join(bundleDirs[key], 'taxonomy.json'), 'utf8')).toBe(
      readFileSync(fromProjectRoot(taxonomyFile), 'utf8'),
    );
  });
});
