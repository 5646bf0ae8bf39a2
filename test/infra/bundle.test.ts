import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../infra/project-paths.js';
import { buildTriageApp } from '../../infra/triage-app.js';
import { CDK_CONTEXT, TEST_ENV } from './synth-triage.js';

/** The one infra test that really bundles (local esbuild, ~1 s): it checks what ships to Lambda. */

interface AssetManifest {
  files: Record<string, { source: { path: string; packaging: string } }>;
}

describe('classify function bundle', () => {
  let outdir: string;
  let bundleDir: string;
  let taxonomyFile: string;

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'triage-bundle-'));
    const app = new App({ outdir, context: { ...CDK_CONTEXT, 'aws:cdk:bundling-stacks': ['**'] } });
    const { stateless, config } = buildTriageApp(app, TEST_ENV);
    taxonomyFile = config.taxonomyFile;
    const assembly = app.synth();
    const manifest = JSON.parse(
      readFileSync(join(assembly.directory, `${stateless.artifactId}.assets.json`), 'utf8'),
    ) as AssetManifest;
    const zipped = Object.values(manifest.files).filter((f) => f.source.packaging === 'zip');
    expect(zipped).toHaveLength(1);
    bundleDir = join(assembly.directory, zipped[0]!.source.path);
  });

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('is an ESM file that gives CommonJS dependencies a require', () => {
    const code = readFileSync(join(bundleDir, 'index.mjs'), 'utf8');
    expect(
      code.startsWith(
        "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      ),
    ).toBe(true);
    expect(existsSync(join(bundleDir, 'index.mjs.map'))).toBe(true);
  });

  it('bundles the AWS SDK instead of importing it from the runtime', () => {
    const code = readFileSync(join(bundleDir, 'index.mjs'), 'utf8');
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    expect(code).not.toMatch(/import\(["']@aws-sdk\//);
    // `[require("@aws-sdk/signature-v4-crt");]` is quoted inside an SDK error message; calls are not.
    expect(code).not.toMatch(/(?<!\[)require\(["']@aws-sdk\//);
  });

  it('ships the configured taxonomy as taxonomy.json next to the handler', () => {
    expect(readFileSync(join(bundleDir, 'taxonomy.json'), 'utf8')).toBe(
      readFileSync(fromProjectRoot(taxonomyFile), 'utf8'),
    );
  });
});
