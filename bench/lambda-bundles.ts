/**
 * Bundle size and cold init of each Lambda function. The bundle is built the way
 * infra/triage-function.ts asks CDK to build it (ESM, minified, platform node, target node24, the
 * createRequire banner, AWS SDK bundled, an external source map); test/infra/bundle.test.ts checks
 * the real CDK output has that shape. Cold init is module load plus handler construction, timed
 * in fresh Node processes with the function's environment set to dummy values.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { z } from 'zod';
import {
  ClassifyEnvSchema,
  loadEnv,
  OutcomeEnvSchema,
  RetuneEnvSchema,
  WebhookEnvSchema,
} from '../lib/config/env.schema.js';
import { ROOT, SAMPLE } from '../tools/local/sample-data.js';

// Kept identical to ESM_REQUIRE_BANNER in infra/triage-function.ts (not exported there).
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

interface FunctionSpec {
  name: 'classify' | 'outcome' | 'retune' | 'webhook';
  entry: string;
  envSchema: z.ZodObject;
}

const FUNCTIONS: readonly FunctionSpec[] = [
  { name: 'classify', entry: 'functions/classify.ts', envSchema: ClassifyEnvSchema },
  { name: 'outcome', entry: 'functions/outcome.ts', envSchema: OutcomeEnvSchema },
  { name: 'retune', entry: 'functions/retune.ts', envSchema: RetuneEnvSchema },
  { name: 'webhook', entry: 'functions/webhook.ts', envSchema: WebhookEnvSchema },
];

interface BundleReport {
  /** The minified index.mjs Lambda loads. */
  bytes: number;
  /** The source map shipped beside it (loaded only with --enable-source-maps, as deployed). */
  mapBytes: number;
  /** Median cold init with NODE_OPTIONS=--enable-source-maps, as infra/ deploys it. */
  initMs: number;
  /** Fastest sample with source maps: the nearest to an idle machine. */
  initMsMin: number;
  /** Median cold init without source maps. */
  initMsWithoutSourceMaps: number;
  initSamples: number;
  /** Bytes of the bundle per npm package, the largest eight. */
  largest: Record<string, number>;
}

/** Dummy values for every key the schema requires; optional and defaulted keys stay unset. */
const dummyEnv = (schema: z.ZodObject, taxonomyPath: string): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    if ((field as z.ZodType).safeParse(undefined).success) continue;
    if (key === 'TAXONOMY_PATH') env[key] = taxonomyPath;
    else if (key === 'MODEL_ID') env[key] = 'anthropic.claude-haiku-4-5-20251001-v1:0';
    else if (key.endsWith('_URL')) env[key] = `https://sqs.us-east-1.amazonaws.com/123456789012/${key}`;
    else env[key] = `bench-${key.toLowerCase()}`;
  }
  // Fail here, by key name, rather than inside the child process.
  loadEnv(schema, env);
  return env;
};

/** Bytes in the output per npm package (or "project" for our own code), largest first. */
const composition = (inputs: Record<string, { bytesInOutput: number }>): Record<string, number> => {
  const bytes = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'project';
    bytes.set(pkg, (bytes.get(pkg) ?? 0) + bytesInOutput);
  }
  return Object.fromEntries([...bytes].sort((a, b) => b[1] - a[1]).slice(0, 8));
};

const bundle = async (spec: FunctionSpec, outdir: string) => {
  const outfile = join(outdir, 'index.mjs');
  const result = await build({
    entryPoints: [resolve(ROOT, spec.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'error',
    metafile: true,
  });
  // As the CDK afterBundling hook does: the taxonomy sits next to the handler.
  copyFileSync(SAMPLE.taxonomy, join(outdir, 'taxonomy.json'));
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('index.mjs'))?.[1];
  return { outfile, largest: composition(output?.inputs ?? {}) };
};

const PROBE = `const started = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - started));
`;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One fresh `node`: import the bundle (its top level validates config and builds clients). */
const coldInitOnce = (
  probe: string,
  outfile: string,
  env: Record<string, string>,
  sourceMaps: boolean,
): number =>
  Number(
    execFileSync(process.execPath, [probe, outfile], {
      env: {
        PATH: process.env.PATH ?? '',
        ...env,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        POWERTOOLS_SERVICE_NAME: 'ticket-triage',
        ...(sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
      },
      encoding: 'utf8',
    }),
  );

/**
 * Samples with and without source maps are interleaved, so a burst of load from other processes
 * hits both alike. The median is the figure; the minimum is the closest to an idle machine.
 */
const coldInit = (probe: string, outfile: string, env: Record<string, string>, samples: number) => {
  const withMaps: number[] = [];
  const withoutMaps: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    withMaps.push(coldInitOnce(probe, outfile, env, true));
    withoutMaps.push(coldInitOnce(probe, outfile, env, false));
  }
  return {
    initMs: median(withMaps),
    initMsMin: Math.min(...withMaps),
    initMsWithoutSourceMaps: median(withoutMaps),
  };
};

const measureBundles = async (
  options: { samples?: number; log?: (line: string) => void } = {},
): Promise<Record<string, BundleReport | { error: string }>> => {
  const { samples = 9, log = () => undefined } = options;
  const dir = mkdtempSync(join(tmpdir(), 'triage-bench-bundles-'));
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, PROBE);
  const reports: Record<string, BundleReport | { error: string }> = {};
  try {
    for (const spec of FUNCTIONS) {
      const outdir = join(dir, spec.name);
      try {
        const { outfile, largest } = await bundle(spec, outdir);
        const env = dummyEnv(spec.envSchema, join(outdir, 'taxonomy.json'));
        const init = coldInit(probe, outfile, env, samples);
        reports[spec.name] = {
          bytes: statSync(outfile).size,
          mapBytes: statSync(`${outfile}.map`).size,
          ...init,
          initSamples: samples,
          largest,
        };
        log(
          `  ${spec.name}: ${statSync(outfile).size} bytes, cold init ${init.initMs.toFixed(0)} ms (median)`,
        );
      } catch (error) {
        reports[spec.name] = {
          error: `${(error as Error).name}: ${(error as Error).message.split('\n')[0]}`,
        };
        log(
          `  ${spec.name}: failed (${reports[spec.name] && (reports[spec.name] as { error: string }).error})`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return reports;
};

export type { BundleReport };
export { measureBundles };
