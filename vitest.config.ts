import { defineConfig } from 'vitest/config';

/**
 * Files that mock an SDK client class: aws-sdk-client-mock stubs its prototype, so every later file
 * in the same process would talk to the mock. They get a process each; the rest share one per worker.
 */
const OWN_PROCESS = [
  'test/bin/commands/smoke-check.test.ts',
  'test/lib/adapters/bedrock/bedrock-classifier.test.ts',
  'test/lib/adapters/sqs/batching-sender.test.ts',
  'test/lib/wiring/feedback-deps.test.ts',
  'test/lib/wiring/webhook-deps.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most integration files wait on emulators, sockets and timers rather than the CPU, so more
    // workers than cores keep both cores busy: on 2 cores, before files shared a process, 1,420
    // tests took 198 s with three workers and 181 s with four. The CPU-bound files (BANKING77
    // training) stay far inside their timeouts.
    maxWorkers: 4,
    env: {
      CDK_DISABLE_VERSION_CHECK: '1',
      POWERTOOLS_DEV: 'false',
      // The SDK's notice that its Node 20 support ends in 2027 (the Lambdas run Node 24).
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    projects: [
      // `include` is per project: with `extends`, a root `include` would be added to each one's.
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS } },
      {
        // A fresh process per file cost each of the 177 files half a CPU second or more in start-up
        // and imports (the SDK, CDK, the whole stack), a third of the suite's CPU. Files clean up
        // what they start (emulators, pollers, stdout capture, stubbed env) in their after hooks.
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: OWN_PROCESS, isolate: false },
      },
    ],
  },
});
