import { defineConfig } from 'vitest/config';

/**
 * Files that need a process of their own: they start servers and pollers, capture stdout, stub the
 * environment, spawn the CLI, synthesize CDK apps, or mock an SDK client class (its prototype, for
 * every later file in the same process).
 */
const ISOLATED = [
  'test/integration/**/*.test.ts',
  'test/infra/**/*.test.ts',
  'test/functions/**/*.test.ts',
  'test/security/**/*.test.ts',
  'test/bin/**/*.test.ts',
  'test/lib/wiring/webhook-deps.test.ts',
  'test/lib/wiring/feedback-deps.test.ts',
  'test/lib/adapters/sqs/batching-sender.test.ts',
  'test/lib/adapters/bedrock/bedrock-classifier.test.ts',
];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most integration files wait on emulators, sockets and timers rather than the CPU, so more
    // workers than cores keep both cores busy: on 2 cores the 1,420 tests took 198 s with three
    // workers and 181 s with four (BENCHMARKS.md). The CPU-bound files (BANKING77 training) stay
    // far inside their timeouts.
    maxWorkers: 4,
    env: {
      CDK_DISABLE_VERSION_CHECK: '1',
      POWERTOOLS_DEV: 'false',
      // The SDK's notice that its Node 20 support ends in 2027 (the Lambdas run Node 24).
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    projects: [
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED },
      },
      {
        // Pure code and in-memory adapters share a process per worker: a fresh process per file
        // cost about half a CPU second in start-up and imports, and these are most of the files.
        extends: true,
        test: { name: 'shared', exclude: ISOLATED, isolate: false },
      },
    ],
  },
});
