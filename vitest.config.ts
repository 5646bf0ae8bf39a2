import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most integration files wait on emulators, sockets and timers rather than the CPU. Vitest's
    // default of one worker fewer than the cores runs them one at a time on a 2-core machine.
    // More than two workers starves the CPU-bound files (BANKING77 training) past their timeouts,
    // and `isolate: false` lets module state (stdout capture, pollers) leak between files.
    maxWorkers: 2,
    env: {
      CDK_DISABLE_VERSION_CHECK: '1',
      POWERTOOLS_DEV: 'false',
      // The SDK's notice that its Node 20 support ends in 2027 (the Lambdas run Node 24).
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
});
